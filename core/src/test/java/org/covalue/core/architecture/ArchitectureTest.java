package org.covalue.core.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

@AnalyzeClasses(
    packages = "org.covalue.core",
    importOptions = CovalueArchitectureRules.MainCodeOnly.class)
class ArchitectureTest {

  @ArchTest static final ArchTests RULES = ArchTests.in(CovalueArchitectureRules.class);
}
