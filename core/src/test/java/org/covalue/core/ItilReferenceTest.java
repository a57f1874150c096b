package org.covalue.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ItilReferenceTest {

  @Test
  void citesSectionAndFigureOrTable() {
    assertThat(ItilReference.section("1.2.1"))
        .hasToString("ITIL 4: Drive Stakeholder Value, §1.2.1");
    assertThat(ItilReference.section("1.2.1").figure("1.1"))
        .hasToString("ITIL 4: Drive Stakeholder Value, §1.2.1, Figure 1.1");
    assertThat(ItilReference.section("1.2.3").table("1.2").artefact()).contains("Table 1.2");
    assertThat(ItilReference.section("1.2.3").artefact()).isEmpty();
    assertThat(ItilReference.section("1.2.3").section()).isEqualTo("1.2.3");
  }

  @Test
  void equalByCitation() {
    assertThat(ItilReference.section("1.1").figure("1.7"))
        .isEqualTo(ItilReference.section("1.1").figure("1.7"))
        .hasSameHashCodeAs(ItilReference.section("1.1").figure("1.7"))
        .isNotEqualTo(ItilReference.section("1.1"))
        .isNotEqualTo(ItilReference.section("1.1").table("1.7"));
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void refusesNull() {
    assertThatThrownBy(() -> ItilReference.section(null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "section: An ITIL section number must be at most 20 characters of digits separated by dots, but was \"null\"");
  }

  @Test
  void refusesNumbersThatAreNotDottedDigits() {
    assertThatThrownBy(() -> ItilReference.section("1.2."))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "section: An ITIL section number must be at most 20 characters of digits separated by dots, but was \"1.2.\"");
    assertThatThrownBy(() -> ItilReference.section("1").figure("x"))
        .hasMessage(
            "figure: An ITIL figure number must be at most 20 characters of digits separated by dots, but was \"x\"");
    assertThatThrownBy(() -> ItilReference.section("1").table(""))
        .hasMessage(
            "table: An ITIL table number must be at most 20 characters of digits separated by dots, but was \"\"");
  }

  @Test
  void longNumbersAreRefusedQuicklyWithAShortMessage() {
    String huge = "1.".repeat(500_000) + "1";
    assertThatThrownBy(() -> ItilReference.section(huge))
        .isInstanceOf(InvalidModelException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
    assertThat(ItilReference.section("1.2.3.4.5.6.7.8.9.10").section()).hasSize(20);
    assertThatThrownBy(() -> ItilReference.section("1.2.3.4.5.6.7.8.9.101"))
        .isInstanceOf(InvalidModelException.class);
  }
}
