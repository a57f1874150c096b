package org.covalue.testkit;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.covalue.core.architecture.CovalueArchitectureRules;

@AnalyzeClasses(
    packages = "org.covalue.testkit",
    importOptions = CovalueArchitectureRules.MainCodeOnly.class)
class ArchitectureTest {

  @ArchTest static final ArchTests RULES = ArchTests.in(CovalueArchitectureRules.class);
}
