package org.covalue.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ViolationTest {

  @Test
  void keepsPathMessageAndRejectedValue() {
    Violation violation = Violation.of("stakeholders[2].interest", "Score must be at most 1", 1.7);
    assertThat(violation.path()).isEqualTo("stakeholders[2].interest");
    assertThat(violation.message()).isEqualTo("Score must be at most 1");
    assertThat(violation.rejectedValue()).contains("1.7");
    assertThat(violation).hasToString("stakeholders[2].interest: Score must be at most 1");
  }

  @Test
  void withoutRejectedValueHasNone() {
    assertThat(Violation.of("name", "Name must be set").rejectedValue()).isEmpty();
  }

  @Test
  void nullRejectedValueIsRecordedAsNull() {
    assertThat(Violation.of("name", "Name must be set", null).rejectedValue()).contains("null");
  }

  @Test
  void emptyPathMeansTheWholeValue() {
    assertThat(Violation.of("", "Journey has no steps")).hasToString("Journey has no steps");
  }

  @Test
  void longRejectedValueIsShortened() {
    String longText = "x".repeat(500);
    String kept = Violation.of("p", "m", longText).rejectedValue().orElseThrow();
    assertThat(kept).hasSize(Violation.MAX_REJECTED_VALUE_LENGTH).endsWith("…");
    String exact = "y".repeat(Violation.MAX_REJECTED_VALUE_LENGTH);
    assertThat(Violation.of("p", "m", exact).rejectedValue()).contains(exact);
  }

  @Test
  void blankMessageIsRefused() {
    assertThatThrownBy(() -> Violation.of("p", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Violation message must not be blank");
  }

  @Test
  void underPutsTheParentPathInFront() {
    Violation name = Violation.of("name", "m", "v");
    assertThat(name.under("stakeholders[2]").path()).isEqualTo("stakeholders[2].name");
    assertThat(name.under("").path()).isEqualTo("name");
    assertThat(Violation.of("", "m").under("journey").path()).isEqualTo("journey");
    assertThat(Violation.of("[3].step", "m").under("touchpoints").path())
        .isEqualTo("touchpoints[3].step");
    assertThat(name.under("a").rejectedValue()).contains("v");
    assertThat(name.under("a").message()).isEqualTo("m");
  }

  @Test
  void equalityIsByPathMessageAndRejectedValue() {
    assertThat(Violation.of("p", "m", 1))
        .isEqualTo(Violation.of("p", "m", "1"))
        .hasSameHashCodeAs(Violation.of("p", "m", "1"))
        .isNotEqualTo(Violation.of("p", "m"))
        .isNotEqualTo(Violation.of("q", "m", 1))
        .isNotEqualTo(Violation.of("p", "n", 1));
  }
}
