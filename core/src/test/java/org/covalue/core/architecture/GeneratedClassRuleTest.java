package org.covalue.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.covalue.core.architecture.fixture.ImmutablePublicThing;
import org.junit.jupiter.api.Test;

/** The generated-class rule fails on a public top-level class named like a generated one. */
class GeneratedClassRuleTest {

  @Test
  void aPublicGeneratedLookingClassBreaksTheRule() {
    EvaluationResult result =
        CovalueArchitectureRules.GENERATED_CLASSES_ARE_NOT_PUBLIC.evaluate(
            new ClassFileImporter().importClasses(ImmutablePublicThing.class));
    assertThat(result.hasViolation()).isTrue();
  }
}
