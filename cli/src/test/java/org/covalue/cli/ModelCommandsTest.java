package org.covalue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.covalue.core.Rule;
import org.covalue.interchange.json.CovalueDocument;
import org.covalue.interchange.json.CovalueJson;
import org.covalue.value.sample.IncidentValue;
import org.covalue.visibility.sample.ServerHosting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code covalue analyze}, {@code validate} and {@code rules} as a user would, on documents
 * written from the samples and on broken ones.
 */
class ModelCommandsTest {

  @TempDir Path folder;

  /** What one run printed and returned. */
  private record Run(int status, String out, String err) {}

  private static Run covalue(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = CovalueCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  private Path write(String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Path incidentValue() throws IOException {
    return write(
        "incident.json", CovalueJson.DEFAULT.write(CovalueDocument.of(IncidentValue.model())));
  }

  @Test
  void validateAcceptsAValidDocumentWithStatusZero() throws IOException {
    Path file = incidentValue();

    Run run = covalue("validate", file.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(file + ": valid" + System.lineSeparator());
  }

  @Test
  void validateListsEveryViolationAtItsPointerWithStatusOne() throws IOException {
    String json = CovalueJson.DEFAULT.write(CovalueDocument.of(IncidentValue.model()));
    String broken =
        json.replaceFirst("\"covalueFormat\": 1,", "\"covalueFormat\": 1, \"surprise\": true,");
    Path file = write("broken.json", broken);

    Run run = covalue("validate", file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out())
        .contains(": invalid, 1 violation" + System.lineSeparator())
        .contains("  /surprise: ");
  }

  @Test
  void analyzeRunsEveryAnalysisAndShowsTheLeakage() throws IOException {
    Run run = covalue("analyze", incidentValue().toString());

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("Consumer roles (§1.2.2): ")
        .contains("Observed journeys against their design (§1.2.4): ")
        .contains("Value for each stakeholder (§1.2.6): ")
        .contains("  warning value-leakage.back-and-forth: ")
        .contains("  warning value-leakage.unengaged-stakeholder: ")
        .contains("  info service-value.no-outcome: ");
  }

  @Test
  void analyzeMeasuresTheBandOfEachRelationship() throws IOException {
    Path file =
        write("hosting.json", CovalueJson.DEFAULT.write(CovalueDocument.of(ServerHosting.model())));

    Run run = covalue("analyze", file.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("The band of visibility (§1.2.5): ")
        .contains("hidden-dependency");
  }

  @Test
  void analyzeWritesJsonFindingsOfTheDocumentedForm() throws IOException {
    Run run = covalue("analyze", incidentValue().toString(), "--format", "json");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .startsWith("{")
        .contains("\"covalueFormat\": 1")
        .contains("\"rule\": \"value-leakage.back-and-forth\"")
        .contains("\"kind\": \"journey\"");
  }

  @Test
  void aMissingFileIsReportedWithStatusOne() {
    Run run = covalue("analyze", folder.resolve("nothing.json").toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("covalue analyze: No such file: ");
  }

  @Test
  void anErrorIsOneLineAndDebugAddsTheStackTrace() {
    String missing = folder.resolve("nothing.json").toString();

    Run plain = covalue("validate", missing);
    Run debug = covalue("validate", missing, "--debug");

    assertThat(plain.status()).isEqualTo(1);
    assertThat(plain.err().lines()).hasSize(1);
    assertThat(plain.err()).doesNotContain("\tat ");
    assertThat(debug.status()).isEqualTo(1);
    assertThat(debug.err())
        .startsWith("covalue validate: No such file: ")
        .contains("java.io.UncheckedIOException")
        .contains("\tat ");
  }

  @Test
  void aWrongCommandLineIsOneLineWithStatusTwo() {
    Run run = covalue("analyze", "x.json", "--format", "yaml");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err())
        .startsWith("covalue analyze: ")
        .endsWith("(see covalue analyze --help)" + System.lineSeparator());
  }

  @Test
  void generatesAShellCompletionScript() {
    Run run = covalue("generate-completion");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("covalue")
        .contains("analyze")
        .contains("render")
        .contains("complete");
  }

  @Test
  void rulesAsJsonListEveryRuleWithItsFields() {
    Run run = covalue("rules", "--format", "json");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("{").contains("\"covalueFormat\": 1");
    for (Rule rule : RulesCommand.all()) {
      assertThat(run.out()).contains("\"id\": \"" + rule.id() + "\"");
    }
    assertThat(run.out()).contains("\"severity\": \"WARNING\"").contains("\"section\": \"1.2.6\"");
  }

  @Test
  void rulesListsEveryRuleOfEveryModule() {
    Run run = covalue("rules");

    assertThat(run.status()).isZero();
    assertThat(RulesCommand.all()).hasSizeGreaterThan(60);
    for (Rule rule : RulesCommand.all()) {
      assertThat(run.out()).contains(rule.id() + "  ").contains("    " + rule.description());
    }
    assertThat(run.out()).contains("value-leakage.back-and-forth  warning  §1.2.6");
  }
}
