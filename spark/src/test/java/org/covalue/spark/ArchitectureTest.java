package org.covalue.spark;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.covalue.core.architecture.CovalueArchitectureRules;

/**
 * The shared architecture rules, with this module's row of the dependency table: covalue-spark uses
 * core, journey and interchange (for the JSON form), JSpecify, Spark and the Scala library Spark's
 * API is written in, and the JDK.
 */
@AnalyzeClasses(
    packages = "org.covalue.spark",
    importOptions = CovalueArchitectureRules.MainCodeOnly.class)
class ArchitectureTest {

  @ArchTest static final ArchTests RULES = ArchTests.in(CovalueArchitectureRules.class);
}
