package org.covalue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.covalue.core.architecture.CovalueArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule fails on a small fixture that breaks it, so a rule that silently stopped
 * checking would be noticed. The fixtures live in test code, which the real rules do not import.
 * The rule on generated classes is shown failing in covalue-core's {@code GeneratedClassRuleTest}.
 */
class ArchitectureRulesDetectViolationsTest {

  private static EvaluationResult evaluate(ArchRule rule, Class<?>... fixtures) {
    JavaClasses classes = new ClassFileImporter().importClasses(fixtures);
    return rule.evaluate(classes);
  }

  @Test
  void moduleTableRuleCatchesCoreUsingAModuleAboveIt() {
    EvaluationResult result =
        evaluate(
            CovalueArchitectureRules.MODULES_DEPEND_ONLY_AS_THE_TABLE_ALLOWS,
            org.covalue.core.archfixture.CoreUsingJourney.class,
            org.covalue.journey.CustomerJourneyStep.class);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anyMatch(
            d ->
                d.contains("CoreUsingJourney")
                    && d.contains("org.covalue.journey.CustomerJourneyStep"));
  }

  @Test
  void moduleTableRuleAcceptsAModuleUsingOneBelowIt() {
    EvaluationResult result =
        evaluate(
            CovalueArchitectureRules.MODULES_DEPEND_ONLY_AS_THE_TABLE_ALLOWS,
            Demo.class,
            org.covalue.core.Covalue.class);
    assertThat(result.hasViolation()).isFalse();
  }

  @Test
  void cycleRuleCatchesTwoPackagesUsingEachOther() {
    EvaluationResult result =
        evaluate(
            CovalueArchitectureRules.NO_PACKAGE_CYCLES,
            org.covalue.examples.archfixture.cycle.a.First.class,
            org.covalue.examples.archfixture.cycle.b.Second.class);
    assertThat(result.hasViolation()).isTrue();
  }

  @Test
  void nullMarkedRuleCatchesAnUnmarkedPackage() {
    EvaluationResult result =
        evaluate(
            CovalueArchitectureRules.EVERY_PACKAGE_IS_NULL_MARKED,
            org.covalue.examples.archfixture.unmarked.Unmarked.class);
    assertThat(result.hasViolation()).isTrue();
  }

  @Test
  void purityRuleCatchesClocksRandomnessAndIo() {
    EvaluationResult result =
        evaluate(
            CovalueArchitectureRules.ANALYSES_ARE_PURE,
            org.covalue.examples.archfixture.analysis.ImpureAnalysis.class);
    assertThat(result.getFailureReport().getDetails())
        .anyMatch(d -> d.contains("currentTimeMillis"))
        .anyMatch(d -> d.contains("java.util.Random"))
        .anyMatch(d -> d.contains("java.time.LocalDate.now"))
        .anyMatch(d -> d.contains("java.io.PrintStream"));
  }

  @Test
  void internalRuleCatchesUseOfAnotherModulesInternals() {
    EvaluationResult result =
        evaluate(
            CovalueArchitectureRules.NOBODY_USES_ANOTHER_MODULES_INTERNALS,
            org.covalue.examples.archfixture.UsesAnotherModulesInternals.class,
            org.covalue.otherfixture.internal.JourneyDetail.class);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anyMatch(d -> d.contains("UsesAnotherModulesInternals"));
  }
}
