package org.covalue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.covalue.core.Rule;
import org.covalue.core.analysis.CoreRules;
import org.covalue.journey.analysis.JourneyRules;
import org.covalue.norulefixture.analysis.UnlistedAnalysis;
import org.covalue.rulefixture.analysis.FixtureAnalysis;
import org.covalue.rulefixture.analysis.FixtureRules;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules.md} is the catalogue of every rule, generated from the code; this test fails
 * when it is stale, and rewrites it when run with {@code -Dcovalue.rules.update=true}. It also
 * fails when a module declares a public rule constant that its {@code *Rules.all()} does not list.
 */
class RuleCatalogueTest {

  /** The system property that makes the test rewrite the file instead of failing. */
  static final String UPDATE = "covalue.rules.update";

  /** The command that regenerates the file from a fresh clone. */
  static final String REGENERATE =
      "./mvnw -B -q -pl examples -am test -Dtest=RuleCatalogueTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -D"
          + UPDATE
          + "=true";

  private static final RuleCatalogue CATALOGUE = RuleCatalogue.ofMainCode();

  @Test
  void docsRulesMdIsUpToDate() throws IOException {
    Path file = ProjectFiles.root().resolve("docs").resolve("rules.md");
    String generated = CATALOGUE.markdown(REGENERATE);
    if (Boolean.getBoolean(UPDATE)) {
      Files.writeString(file, generated, StandardCharsets.UTF_8);
      System.out.println("Wrote " + file + " (" + CATALOGUE.size() + " rules)");
    }
    String current =
        Files.isRegularFile(file)
            ? Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n")
            : "(missing)";
    assertThat(current)
        .as("docs/rules.md is stale; regenerate it from the code with%n  %s%n", REGENERATE)
        .isEqualTo(generated);
  }

  @Test
  void everyPublicRuleConstantIsListedByItsModule() {
    assertThat(CATALOGUE.problems()).isEmpty();
  }

  @Test
  void theCatalogueHoldsEveryRuleOfCoreAndJourney() {
    assertThat(CATALOGUE.byModule().keySet()).startsWith("core", "journey");
    assertThat(CATALOGUE.byModule().get("core"))
        .extracting(RuleCatalogue.Entry::rule)
        .containsExactlyElementsOf(CoreRules.all());
    assertThat(CATALOGUE.byModule().get("journey"))
        .extracting(RuleCatalogue.Entry::rule)
        .containsExactlyElementsOf(JourneyRules.all());
    assertThat(CATALOGUE.byModule().get("journey"))
        .filteredOn(entry -> entry.rule().id().equals("journey-path.mid-way-entry"))
        .extracting(entry -> entry.constant().orElseThrow())
        .containsExactly("JourneyPaths.MID_WAY_ENTRY");
  }

  @Test
  void reportsAConstantItsModuleForgetsToList() {
    RuleCatalogue catalogue =
        RuleCatalogue.of(
            new ClassFileImporter().importClasses(FixtureAnalysis.class, FixtureRules.class));
    assertThat(catalogue.problems())
        .containsExactly(
            "FixtureAnalysis.FORGOTTEN (fixture.forgotten) is a public Rule constant of"
                + " covalue-rulefixture, but FixtureRules.all() does not list it");
    assertThat(catalogue.size()).isEqualTo(1);
  }

  @Test
  void reportsARuleOfAModuleWithoutAList() {
    RuleCatalogue catalogue =
        RuleCatalogue.of(new ClassFileImporter().importClasses(UnlistedAnalysis.class));
    assertThat(catalogue.problems())
        .containsExactly(
            "UnlistedAnalysis.ALONE (fixture.alone) is a public Rule constant of"
                + " covalue-norulefixture, but covalue-norulefixture has no"
                + " org.covalue.norulefixture.analysis.*Rules class whose static all() lists"
                + " rules");
  }

  @Test
  void theMarkdownHasARowPerRule() {
    String markdown = CATALOGUE.markdown(REGENERATE);
    List<Rule> all =
        CATALOGUE.byModule().values().stream()
            .flatMap(List::stream)
            .map(RuleCatalogue.Entry::rule)
            .toList();
    for (Rule rule : all) {
      assertThat(markdown).contains("| `" + rule.id() + "` | ");
    }
    assertThat(markdown)
        .contains(
            "| `consumer-roles.role-not-covered` | warning | §1.2.2, Figure 1.2 | A consumer"
                + " organization has nobody in the customer, the user or the sponsor role |"
                + " `ConsumerRoleAnalysis.ROLE_NOT_COVERED` |\n")
        .contains(REGENERATE);
  }
}
