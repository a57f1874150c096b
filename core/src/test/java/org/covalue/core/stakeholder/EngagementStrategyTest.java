package org.covalue.core.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;

import org.covalue.core.Confidence;
import org.covalue.core.ItilReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EngagementStrategyTest {

  @Test
  void quadrantsOfFigure11() {
    assertThat(EngagementStrategy.of(true, true)).isEqualTo(EngagementStrategy.MANAGE_CLOSELY);
    assertThat(EngagementStrategy.of(true, false)).isEqualTo(EngagementStrategy.KEEP_SATISFIED);
    assertThat(EngagementStrategy.of(false, true)).isEqualTo(EngagementStrategy.KEEP_INFORMED);
    assertThat(EngagementStrategy.of(false, false)).isEqualTo(EngagementStrategy.MONITOR);
    for (EngagementStrategy strategy : EngagementStrategy.values()) {
      assertThat(EngagementStrategy.of(strategy.highInfluence(), strategy.highInterest()))
          .isSameAs(strategy);
      assertThat(strategy.reference()).isEqualTo(ItilReference.section("1.2.1").figure("1.1"));
    }
  }

  @Test
  void meaningsInCovaluesWords() {
    assertThat(EngagementStrategy.MANAGE_CLOSELY.description()).startsWith("Involve closely");
    assertThat(EngagementStrategy.KEEP_SATISFIED.description()).startsWith("Keep satisfied");
    assertThat(EngagementStrategy.KEEP_INFORMED.description()).startsWith("Keep informed");
    assertThat(EngagementStrategy.MONITOR.description()).startsWith("Monitor");
  }

  @Test
  void monitorHasOneSecondarySourceOnly() {
    assertThat(EngagementStrategy.MONITOR.confidence()).isEqualTo(Confidence.SINGLE_SOURCE);
    assertThat(EngagementStrategy.MANAGE_CLOSELY.confidence()).isEqualTo(Confidence.CORROBORATED);
  }

  @ParameterizedTest
  @CsvSource({
    "MONITOR, MONITOR, NONE",
    "MONITOR, KEEP_INFORMED, MORE",
    "MONITOR, KEEP_SATISFIED, MORE",
    "MONITOR, MANAGE_CLOSELY, MORE",
    "KEEP_INFORMED, MANAGE_CLOSELY, MORE",
    "KEEP_SATISFIED, MANAGE_CLOSELY, MORE",
    "MANAGE_CLOSELY, KEEP_INFORMED, LESS",
    "MANAGE_CLOSELY, MONITOR, LESS",
    "KEEP_SATISFIED, MONITOR, LESS",
    "KEEP_INFORMED, KEEP_SATISFIED, SHIFT",
    "KEEP_SATISFIED, KEEP_INFORMED, SHIFT"
  })
  void changeOfEngagementBetweenQuadrants(
      EngagementStrategy from, EngagementStrategy to, EngagementChange change) {
    assertThat(from.changeTo(to)).isEqualTo(change);
  }

  @Test
  void everyChangeHasAdvice() {
    assertThat(EngagementChange.MORE.advice()).isEqualTo("step up engagement");
    assertThat(EngagementChange.LESS.advice()).isEqualTo("scale engagement down");
    assertThat(EngagementChange.SHIFT.advice()).isEqualTo("change the kind of engagement");
    assertThat(EngagementChange.NONE.advice()).isEqualTo("keep the current engagement");
  }
}
