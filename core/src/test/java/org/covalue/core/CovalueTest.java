package org.covalue.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CovalueTest {

  @Test
  void versionIsTheBuiltVersion() {
    assertThat(Covalue.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?").doesNotContain("${");
  }
}
