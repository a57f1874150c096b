package org.covalue.journey.log;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The journey analytics are pure like every analysis package: no I/O, clock, randomness or logging.
 * The only java.io types they touch are those of serialization, which engines such as Spark use to
 * ship results between machines.
 */
class LogArchitectureTest {

  @Test
  void theLogPackageIsPure() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("org.covalue.journey.log");
    ArchRule rule =
        noClasses()
            .should()
            .dependOnClassesThat(
                com.tngtech.archunit.base.DescribedPredicate.describe(
                    "are I/O other than serialization",
                    (JavaClass c) ->
                        (c.getPackageName().equals("java.io")
                                && !c.getName().equals("java.io.Serializable"))
                            || c.getPackageName().startsWith("java.nio.file")
                            || c.getPackageName().startsWith("java.net")
                            || c.getPackageName().startsWith("java.util.logging")
                            || c.isEquivalentTo(java.time.Clock.class)
                            || c.isEquivalentTo(java.util.Random.class)
                            || c.isEquivalentTo(java.util.SplittableRandom.class)))
            .orShould()
            .callMethod(System.class, "currentTimeMillis")
            .orShould()
            .callMethod(System.class, "nanoTime");
    rule.check(classes);
    org.assertj.core.api.Assertions.assertThat(classes.contain(JourneyLog.class)).isTrue();
  }
}
