package org.covalue.value.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.covalue.core.Finding;
import org.covalue.core.Score;
import org.covalue.value.ValueDriverChainId;
import org.covalue.value.ValueDriverId;
import org.covalue.value.driver.ValueDriver;
import org.covalue.value.driver.ValueDriverChain;
import org.covalue.value.driver.ValueDriverLayer;
import org.covalue.value.driver.ValueDriverLink;
import org.covalue.value.sample.IncidentValue;
import org.junit.jupiter.api.Test;

/**
 * Value-driver chains (§1.2.7, Figure 1.11): propagation with weights, explanation by paths and
 * contributions that add up, broken chains, and the ranking of drivers by sensitivity.
 */
class ValueDriverAnalysisTest {

  private static final ValueDriverAnalysis INCIDENT = ValueDriverAnalysis.of(IncidentValue.chain());

  private static ValueDriverId id(String text) {
    return ValueDriverId.of(text);
  }

  @Test
  void valuesPropagateAsWeightedMeans() {
    assertThat(INCIDENT.performance(id("desk-offering")).getAsDouble())
        .isCloseTo(2.0 / 3, within(1e-12));
    assertThat(INCIDENT.performance(id("diagnose-together")).getAsDouble())
        .isCloseTo(0.75, within(1e-12));
    assertThat(INCIDENT.performance(id("restore-time")).getAsDouble())
        .isCloseTo(0.6875, within(1e-12));
    assertThat(INCIDENT.performance(IncidentValue.PURPOSE).getAsDouble())
        .isCloseTo(2.125 / 3, within(1e-12));
    assertThat(INCIDENT.findings()).isEmpty();
    assertThat(INCIDENT.performances()).hasSize(10);
  }

  @Test
  void anExplanationsContributionsAddUpToTheValue() {
    DriverExplanation why = INCIDENT.explain(IncidentValue.PURPOSE);
    assertThat(why.contributions())
        .extracting(DriverContribution::driver)
        .containsExactly(id("desk-staff"), id("spare-scanners"), id("incident-management"));
    assertThat(why.contributions().get(0).share()).isCloseTo(5.0 / 12, within(1e-12));
    assertThat(why.contributions().get(0).contribution()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(why.total()).isCloseTo(why.value().getAsDouble(), within(1e-12));
    assertThat(why.pathCount()).isEqualTo(6);
    assertThat(why.hasAllPaths()).isTrue();
    assertThat(why.paths().stream().mapToDouble(DriverPath::contribution).sum())
        .isCloseTo(why.value().getAsDouble(), within(1e-12));
    assertThat(why.paths().get(0).drivers())
        .containsExactly(
            id("spare-scanners"),
            id("desk-offering"),
            id("restore-time"),
            id("picking-rate"),
            id("orders-on-time"),
            IncidentValue.PURPOSE);
    DriverExplanation two = INCIDENT.explain(IncidentValue.PURPOSE, 2);
    assertThat(two.paths()).hasSize(2);
    assertThat(two.hasAllPaths()).isFalse();
  }

  @Test
  void driversAreRankedByTheirEffectOnThePurpose() {
    List<DriverSensitivity> ranking = INCIDENT.sensitivities();
    assertThat(ranking)
        .extracting(DriverSensitivity::driver)
        .startsWith(id("orders-on-time"), id("picking-rate"), id("restore-time"));
    assertThat(ranking.get(2).sensitivity()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(ranking.get(2).headroom()).isCloseTo(2.0 / 3 * (1 - 0.6875), within(1e-12));
    assertThat(ranking).hasSize(9);
  }

  @Test
  void brokenChainsAreReported() {
    ValueDriverId resource = id("resource");
    ValueDriverId offering = id("offering");
    ValueDriverId performance = id("performance");
    ValueDriverId goal = id("goal");
    ValueDriverId purpose = id("purpose");
    ValueDriverChain chain =
        ValueDriverChain.builder()
            .id(ValueDriverChainId.of("broken"))
            .name("A broken chain")
            .addDrivers(
                ValueDriver.builder()
                    .id(resource)
                    .name("Resource")
                    .layer(ValueDriverLayer.RESOURCES_PRODUCTS_PRACTICES)
                    .performance(Score.of(0.5))
                    .build(),
                ValueDriver.of(offering, "Offering", ValueDriverLayer.OFFERINGS_AND_INTERACTIONS),
                ValueDriver.of(performance, "Performance", ValueDriverLayer.SERVICE_PERFORMANCE),
                ValueDriver.of(goal, "Goal", ValueDriverLayer.CONSUMER_GOALS),
                ValueDriver.of(purpose, "Purpose", ValueDriverLayer.CONSUMER_PURPOSE))
            .addLinks(
                ValueDriverLink.of(resource, offering),
                ValueDriverLink.of(offering, performance),
                ValueDriverLink.of(performance, purpose, 2),
                ValueDriverLink.of(goal, offering))
            .build();
    ValueDriverAnalysis analysis = ValueDriverAnalysis.of(chain);
    assertThat(analysis.findings())
        .extracting(Finding::rule)
        .containsExactly(
            ValueDriverAnalysis.UNDRIVEN,
            ValueDriverAnalysis.DRIVES_NOTHING,
            ValueDriverAnalysis.UNMEASURED,
            ValueDriverAnalysis.SKIPPED_LAYER,
            ValueDriverAnalysis.BACKWARD_LINK);
    Finding goalUndriven = analysis.findings().get(0);
    assertThat(goalUndriven.elements()).containsExactly(chain.id(), goal);
    assertThat(goalUndriven.data()).containsEntry("layer", "consumer-goals");
    Finding skip = analysis.findings().get(3);
    assertThat(skip.elements()).containsExactly(chain.id(), performance, purpose);
    assertThat(skip.evidence()).containsEntry("layerDifference", 3.0);
    assertThat(skip.message())
        .isEqualTo(
            "Link performance (service performance) to purpose (consumer purpose) of chain broken"
                + " skips 2 layers");
    assertThat(analysis.findings().get(4).evidence()).containsEntry("layerDifference", -3.0);
    // The goal drives the offering backwards: that link carries nothing, so the goal drives
    // nothing, and the skipping link still carries the value up.
    assertThat(analysis.performance(purpose).getAsDouble()).isEqualTo(0.5);
    assertThat(analysis.performance(goal)).isEmpty();
    assertThat(analysis.hasErrors()).isTrue();
  }

  @Test
  void aPurposeNothingReachesHasNoValue() {
    ValueDriverId goal = id("goal");
    ValueDriverChain chain =
        ValueDriverChain.builder()
            .id(ValueDriverChainId.of("empty"))
            .name("Only a purpose")
            .addDrivers(
                ValueDriver.of(goal, "Goal", ValueDriverLayer.CONSUMER_GOALS),
                ValueDriver.of(id("purpose"), "Purpose", ValueDriverLayer.CONSUMER_PURPOSE))
            .addLinks(ValueDriverLink.of(goal, id("purpose")))
            .build();
    ValueDriverAnalysis analysis = ValueDriverAnalysis.of(chain);
    assertThat(analysis.performance(id("purpose"))).isEmpty();
    assertThat(analysis.sensitivities()).isEmpty();
    assertThat(analysis.explain(id("purpose")).contributions()).isEmpty();
    assertThat(analysis.toString())
        .isEqualTo("ValueDriverAnalysis{chain=empty, purpose=unknown, findings=2}");
    assertThatThrownBy(() -> analysis.performance(id("missing")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Value driver chain empty has no driver missing");
  }
}
