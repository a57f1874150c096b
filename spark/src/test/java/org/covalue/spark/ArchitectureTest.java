package org.covalue.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.covalue.core.architecture.CovalueArchitectureRules;

/**
 * The shared architecture rules that apply to any module, and this module's row of the dependency
 * table: covalue-spark uses core, journey and interchange (for JSON), JSpecify, Spark and the Scala
 * library Spark's API is written in, and the JDK. The shared table itself does not know this module
 * yet, so its rule is stated here.
 */
@AnalyzeClasses(
    packages = "org.covalue.spark",
    importOptions = CovalueArchitectureRules.MainCodeOnly.class)
class ArchitectureTest {

  @ArchTest static final ArchRule NO_PACKAGE_CYCLES = CovalueArchitectureRules.NO_PACKAGE_CYCLES;

  @ArchTest
  static final ArchRule EVERY_PACKAGE_IS_NULL_MARKED =
      CovalueArchitectureRules.EVERY_PACKAGE_IS_NULL_MARKED;

  @ArchTest
  static final ArchRule NOBODY_USES_ANOTHER_MODULES_INTERNALS =
      CovalueArchitectureRules.NOBODY_USES_ANOTHER_MODULES_INTERNALS;

  @ArchTest
  static final ArchRule DEPENDS_ONLY_AS_THE_TABLE_ALLOWS =
      classes()
          .that()
          .resideInAPackage("org.covalue.spark..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              "org.covalue.spark..",
              "org.covalue.core",
              "org.covalue.journey..",
              "org.covalue.interchange.eventlog",
              "org.jspecify..",
              "org.apache.spark..",
              "scala..")
          .because("covalue-spark sits on journey, with interchange for the JSON form");
}
