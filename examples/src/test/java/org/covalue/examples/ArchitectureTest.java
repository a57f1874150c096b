package org.covalue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.covalue.core.architecture.CovalueArchitectureRules;

/** The architecture rules over every covalue module at once. */
@AnalyzeClasses(
    packages = "org.covalue",
    importOptions = CovalueArchitectureRules.MainCodeOnly.class)
class ArchitectureTest {

  @ArchTest static final ArchTests RULES = ArchTests.in(CovalueArchitectureRules.class);

  /** The rules allow an empty import; this proves the import really holds the modules' code. */
  @ArchTest
  static void importHoldsTheMainCodeOfTheModules(JavaClasses classes) {
    assertThat(classes.contain("org.covalue.core.InvalidModelException")).isTrue();
    assertThat(classes.contain("org.covalue.examples.Demo")).isTrue();
    assertThat(classes.stream().map(c -> c.getPackageName()))
        .noneMatch(name -> name.contains("archfixture"))
        .noneMatch(name -> name.equals("org.covalue.core.architecture"));
  }
}
