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

  /** A goal nothing drives that drives an offering backwards, and a link over two layers. */
  private static ValueDriverChain brokenChainOfDrivers() {
    ValueDriverId resource = id("resource");
    ValueDriverId offering = id("offering");
    ValueDriverId performance = id("performance");
    ValueDriverId goal = id("goal");
    ValueDriverId purpose = id("purpose");
    return ValueDriverChain.builder()
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
  }

  private static ValueDriverAnalysis brokenChain() {
    return ValueDriverAnalysis.of(brokenChainOfDrivers());
  }

  @Test
  void brokenChainsAreReported() {
    ValueDriverId performance = id("performance");
    ValueDriverId goal = id("goal");
    ValueDriverId purpose = id("purpose");
    ValueDriverChain chain = brokenChainOfDrivers();
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
    assertThat(analysis.explain(id("purpose")).toString())
        .isEqualTo(
            "DriverExplanation{target=purpose, value=unknown, contributions=0, paths=0 of 0}");
    assertThat(analysis.toString())
        .isEqualTo("ValueDriverAnalysis{chain=empty, purpose=unknown, findings=2}");
    assertThatThrownBy(() -> analysis.performance(id("missing")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Value driver chain empty has no driver missing");
  }

  private static ValueDriver driver(String id, ValueDriverLayer layer) {
    return ValueDriver.of(id(id), id, layer);
  }

  private static ValueDriver measured(String id, ValueDriverLayer layer, double performance) {
    return ValueDriver.builder()
        .id(id(id))
        .name(id)
        .layer(layer)
        .performance(Score.of(performance))
        .build();
  }

  /** A resource that drives a goal directly and an offering that drives an offering. */
  private static ValueDriverAnalysis sideways() {
    return ValueDriverAnalysis.of(
        ValueDriverChain.builder()
            .id(ValueDriverChainId.of("sideways"))
            .name("Links that skip or stay")
            .addDrivers(
                measured("staff", ValueDriverLayer.RESOURCES_PRODUCTS_PRACTICES, 0.5),
                driver("desk", ValueDriverLayer.OFFERINGS_AND_INTERACTIONS),
                driver("portal", ValueDriverLayer.OFFERINGS_AND_INTERACTIONS),
                driver("uptime", ValueDriverLayer.SERVICE_PERFORMANCE),
                driver("purpose", ValueDriverLayer.CONSUMER_PURPOSE))
            .addLinks(
                ValueDriverLink.of(id("staff"), id("desk")),
                ValueDriverLink.of(id("desk"), id("uptime"), 0.5),
                ValueDriverLink.of(id("staff"), id("uptime"), 1.5),
                ValueDriverLink.of(id("desk"), id("portal"), 2),
                ValueDriverLink.of(id("uptime"), id("purpose"), 1))
            .build());
  }

  @Test
  void eachBrokenDriverIsExplainedInWords() {
    ValueDriverAnalysis analysis = brokenChain();
    List<Finding> findings = analysis.findings();
    Finding undriven = findings.get(0);
    explainsAMissingLink(
        undriven,
        "drivenBy",
        "Value driver goal (consumer goals) of chain broken is driven by nothing in a lower"
            + " layer");
    Finding drivesNothing = findings.get(1);
    assertThat(drivesNothing.elements())
        .containsExactly(ValueDriverChainId.of("broken"), id("goal"));
    explainsAMissingLink(
        drivesNothing,
        "drives",
        "Value driver goal (consumer goals) of chain broken drives nothing in a higher layer");
    Finding unmeasured = findings.get(2);
    assertThat(unmeasured.data()).containsEntry("layer", "consumer-goals");
    explainsAMissingLink(
        unmeasured,
        "measurements",
        "Value driver goal (consumer goals) of chain broken is driven by nothing and has no"
            + " measured performance, so it carries no value");
    Finding backward = findings.get(4);
    assertThat(backward.elements())
        .containsExactly(ValueDriverChainId.of("broken"), id("goal"), id("offering"));
    assertThat(backward.data())
        .containsEntry("driverLayer", "consumer-goals")
        .containsEntry("drivenLayer", "offerings-and-interactions");
    assertThat(backward.evidence()).containsEntry("weight", 1.0).containsEntry("threshold", 1.0);
    assertThat(backward.message())
        .isEqualTo(
            "Link goal (consumer goals) to offering (offerings and service interactions) of chain broken"
                + " goes down 3 layers and carries no value");
  }

  @Test
  void aLinkWithinOneLayerCarriesNothingAndALinkOverOneLayerSkipsOne() {
    ValueDriverAnalysis analysis = sideways();
    assertThat(analysis.findings())
        .extracting(Finding::rule)
        .containsExactly(
            ValueDriverAnalysis.UNDRIVEN,
            ValueDriverAnalysis.DRIVES_NOTHING,
            ValueDriverAnalysis.UNMEASURED,
            ValueDriverAnalysis.SKIPPED_LAYER,
            ValueDriverAnalysis.BACKWARD_LINK,
            ValueDriverAnalysis.SKIPPED_LAYER);
    // The portal is driven only from its own layer, so it counts as undriven, unmeasured and
    // driving nothing; the desk's link to it goes nowhere, but the desk does drive the uptime.
    for (Finding portal : analysis.findings().subList(0, 3)) {
      assertThat(portal.elements()).endsWith(id("portal"));
    }
    Finding skip = analysis.findings().get(3);
    assertThat(skip.evidence())
        .containsEntry("layerDifference", 2.0)
        .containsEntry("weight", 1.5)
        .containsEntry("threshold", 1.0);
    assertThat(skip.message())
        .isEqualTo(
            "Link staff (resources, products and practices) to uptime (service performance) of"
                + " chain sideways skips 1 layer");
    Finding stays = analysis.findings().get(4);
    assertThat(stays.evidence()).containsEntry("layerDifference", 0.0).containsEntry("weight", 2.0);
    assertThat(stays.message())
        .isEqualTo(
            "Link desk (offerings and service interactions) to portal (offerings and service"
                + " interactions) of chain sideways stays in one layer and carries no value");
    assertThat(stays.severity()).isEqualTo(org.covalue.core.Severity.ERROR);
  }

  @Test
  void aSkippingLinkCarriesValueWithItsWeight() {
    ValueDriverAnalysis analysis = sideways();
    // desk = staff = 0.5; uptime = (0.5 * 0.5 + 1.5 * 0.5) / 2 = 0.5; the portal has no value.
    assertThat(analysis.performance(id("uptime"))).hasValue(0.5);
    assertThat(analysis.performance(id("portal"))).isEmpty();
    assertThat(analysis.performances())
        .containsOnlyKeys(id("staff"), id("desk"), id("uptime"), id("purpose"));
    // The staff reach the purpose along two paths: directly (share 1.5 / 2) and through the desk
    // (share 0.5 / 2).
    DriverExplanation why = analysis.explain(id("purpose"));
    assertThat(why.pathCount()).isEqualTo(2);
    assertThat(why.paths()).extracting(DriverPath::share).containsExactly(0.25, 0.75);
    assertThat(why.paths().get(0).drivers())
        .containsExactly(id("staff"), id("desk"), id("uptime"), id("purpose"));
    assertThat(why.contributions())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.driver()).isEqualTo(id("staff"));
              assertThat(c.share()).isEqualTo(1.0);
              assertThat(c.contribution()).isEqualTo(0.5);
            });
    assertThat(analysis.toString())
        .isEqualTo("ValueDriverAnalysis{chain=sideways, purpose=0.5, findings=6}");
    assertThat(why.paths().get(0).toString())
        .isEqualTo("staff -> desk -> uptime -> purpose: 0.125");
    assertThat(why.toString())
        .isEqualTo("DriverExplanation{target=purpose, value=0.5, contributions=1, paths=2 of 2}");
    // The uptime and the staff move the purpose one for one (the staff along both paths), the
    // desk by a quarter; the portal does not reach the purpose and is not ranked.
    assertThat(analysis.sensitivities())
        .extracting(DriverSensitivity::driver)
        .containsExactly(id("uptime"), id("staff"), id("desk"));
  }

  @Test
  void driversOfEqualSensitivityRankFromTheTopLayerDown() {
    // purpose <- goal <- performance (weight 1 each); the purpose moves one for one with each.
    ValueDriverAnalysis analysis =
        ValueDriverAnalysis.of(
            ValueDriverChain.builder()
                .id(ValueDriverChainId.of("line"))
                .name("A straight line")
                .addDrivers(
                    driver("purpose", ValueDriverLayer.CONSUMER_PURPOSE),
                    measured("performance", ValueDriverLayer.CONSUMER_PERFORMANCE, 0.25),
                    driver("goal", ValueDriverLayer.CONSUMER_GOALS))
                .addLinks(
                    ValueDriverLink.of(id("performance"), id("goal")),
                    ValueDriverLink.of(id("goal"), id("purpose")))
                .build());
    List<DriverSensitivity> ranking = analysis.sensitivities();
    assertThat(ranking)
        .extracting(DriverSensitivity::driver)
        .containsExactly(id("goal"), id("performance"));
    assertThat(ranking.get(1).sensitivity()).isEqualTo(1.0);
    assertThat(ranking.get(1).performance()).hasValue(0.25);
    assertThat(ranking.get(1).headroom()).isEqualTo(0.75);
    assertThat(ranking.get(0).layer()).isEqualTo(ValueDriverLayer.CONSUMER_GOALS);
  }

  @Test
  void driversOfEqualSensitivityInOneLayerKeepTheChainsOrder() {
    ValueDriverAnalysis analysis =
        ValueDriverAnalysis.of(
            ValueDriverChain.builder()
                .id(ValueDriverChainId.of("pair"))
                .name("Two equal goals")
                .addDrivers(
                    measured("second", ValueDriverLayer.CONSUMER_GOALS, 0.5),
                    measured("first", ValueDriverLayer.CONSUMER_GOALS, 0.5),
                    driver("purpose", ValueDriverLayer.CONSUMER_PURPOSE))
                .addLinks(
                    ValueDriverLink.of(id("second"), id("purpose")),
                    ValueDriverLink.of(id("first"), id("purpose")))
                .build());
    assertThat(analysis.sensitivities())
        .extracting(DriverSensitivity::driver)
        .containsExactly(id("second"), id("first"));
  }

  @Test
  void weightsAtTheEndsOfTheRangeNeitherOverflowNorVanish() {
    // Weights in the ratio 2 : 3, near the top of the range (their sum overflows), among the
    // smallest doubles (their products with the values vanish), and ordinary.
    double[][] weights = {
      {Double.MAX_VALUE / 3 * 2, Double.MAX_VALUE},
      {2 * Double.MIN_VALUE, 3 * Double.MIN_VALUE},
      {2, 3}
    };
    for (double[] pair : weights) {
      ValueDriverAnalysis analysis =
          ValueDriverAnalysis.of(
              ValueDriverChain.builder()
                  .id(ValueDriverChainId.of("extreme"))
                  .name("Extreme weights")
                  .addDrivers(
                      measured("low", ValueDriverLayer.CONSUMER_GOALS, 0.2),
                      measured("high", ValueDriverLayer.CONSUMER_GOALS, 0.8),
                      driver("purpose", ValueDriverLayer.CONSUMER_PURPOSE))
                  .addLinks(
                      ValueDriverLink.of(id("low"), id("purpose"), pair[0]),
                      ValueDriverLink.of(id("high"), id("purpose"), pair[1]))
                  .build());
      // (0.2 * 2 + 0.8 * 3) / 5 = 0.56, whatever the scale of the weights.
      assertThat(analysis.performance(id("purpose")).getAsDouble()).isCloseTo(0.56, within(1e-12));
      assertThat(analysis.explain(id("purpose")).contributions())
          .extracting(DriverContribution::share)
          .satisfiesExactly(
              high -> assertThat(high).isCloseTo(0.6, within(1e-12)),
              low -> assertThat(low).isCloseTo(0.4, within(1e-12)));
    }
  }

  @Test
  void anExplanationListsNoMorePathsThanAsked() {
    assertThat(INCIDENT.explain(IncidentValue.PURPOSE, 0).paths()).isEmpty();
    assertThat(INCIDENT.explain(IncidentValue.PURPOSE, 0).pathCount()).isEqualTo(6);
    assertThat(INCIDENT.explain(IncidentValue.PURPOSE, 6).paths()).hasSize(6);
    assertThatThrownBy(() -> INCIDENT.explain(IncidentValue.PURPOSE, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxPaths must not be negative, but was -1");
    // A measured driver at the bottom explains itself along one path of one driver.
    DriverExplanation staff = INCIDENT.explain(id("desk-staff"));
    assertThat(staff.pathCount()).isEqualTo(1);
    assertThat(staff.paths())
        .singleElement()
        .satisfies(p -> assertThat(p.drivers()).containsExactly(id("desk-staff")));
  }

  @Test
  void theAnalysisIsTheChainsValue() {
    assertThat(ValueDriverAnalysis.of(IncidentValue.chain()))
        .isEqualTo(INCIDENT)
        .hasSameHashCodeAs(INCIDENT)
        .isNotEqualTo(brokenChain());
    assertThat(INCIDENT.chain()).isEqualTo(IncidentValue.chain());
  }

  /** Checks a finding of a missing link: none counted against a threshold of one, and its words. */
  private static void explainsAMissingLink(Finding finding, String counted, String message) {
    assertThat(finding.evidence())
        .containsEntry(counted, 0.0)
        .containsEntry("threshold", 1.0)
        .hasSize(2);
    assertThat(finding.message()).isEqualTo(message);
  }
}
