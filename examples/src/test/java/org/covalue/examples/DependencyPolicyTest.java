package org.covalue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The examples' test path holds every published covalue module and all their dependencies, so it is
 * where a dependency the project refuses would show up.
 */
class DependencyPolicyTest {

  private static List<String> testPath() {
    List<String> entries = new ArrayList<>();
    for (String property : new String[] {"java.class.path", "jdk.module.path"}) {
      String value = System.getProperty(property, "");
      for (String entry : value.split(File.pathSeparator, -1)) {
        if (!entry.isBlank()) {
          entries.add(entry);
        }
      }
    }
    return entries;
  }

  @Test
  void theTestPathHoldsTheModulesAndQuickTheories() {
    assertThat(testPath()).anyMatch(entry -> entry.contains("quicktheories"));
    assertThat(testPath()).anyMatch(entry -> entry.contains("testkit"));
  }

  @Test
  void noJqwikAnywhere() {
    // Property tests use QuickTheories; see docs/decisions/0001.
    assertThat(testPath()).noneMatch(entry -> entry.toLowerCase(Locale.ROOT).contains("jqwik"));
  }
}
