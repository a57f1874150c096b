package org.covalue.visibility.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.covalue.core.InvalidModelException;
import org.covalue.core.ResourceId;
import org.covalue.core.Score;
import org.covalue.core.offering.ResourceAccess;
import org.covalue.core.relationship.BandWidth;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.covalue.visibility.JourneyMaturity;
import org.covalue.visibility.LineOfVisibility;
import org.covalue.visibility.Scenario;
import org.covalue.visibility.ServiceNature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BandWidthCheckTest {

  /**
   * A band in which both parties see {@code shown + 2} of {@code shown + hidden + 2} placeable
   * elements: two visible activities, and resources the provider's general line shows or hides.
   */
  private static BandOfVisibility band(int shown, int hidden, ServiceRelationshipType type) {
    Scenario scenario =
        new Scenario().type(type).providerActivity("work", true).consumerActivity("use", true);
    LineOfVisibility.Builder line = LineOfVisibility.builder().party(Scenario.PROVIDER);
    for (int i = 0; i < shown + hidden; i++) {
      String id = "r" + i;
      scenario
          .resource(id, Scenario.PROVIDER)
          .offering(
              offering -> offering.addResourceAccess(ResourceAccess.of(id, ResourceId.of(id))));
      if (i < shown) {
        line.addShown(ResourceId.of(id));
      } else {
        line.addHidden(ResourceId.of(id));
      }
    }
    scenario.visibility(model -> model.addLine(line.build()));
    return BandOfVisibility.of(scenario.model(), scenario.relationship());
  }

  @Test
  void theDefaultsSplitTheScaleInThirds() {
    assertThat(BandWidthCheck.DEFAULT.moderateFrom().value()).isEqualTo(1.0 / 3);
    assertThat(BandWidthCheck.DEFAULT.wideFrom().value()).isEqualTo(2.0 / 3);
    assertThat(BandWidthCheck.DEFAULT)
        .isEqualTo(BandWidthCheck.of(Score.of(1.0 / 3), Score.of(2.0 / 3)))
        .hasSameHashCodeAs(BandWidthCheck.of(Score.of(1.0 / 3), Score.of(2.0 / 3)))
        .isNotEqualTo(BandWidthCheck.DEFAULT.withThresholds(Score.of(0.25), Score.of(0.5)));
    assertThat(BandWidthCheck.DEFAULT.hashCode())
        .isNotEqualTo(
            BandWidthCheck.DEFAULT.withThresholds(Score.of(0.25), Score.of(0.5)).hashCode());
    assertThat(BandWidthCheck.DEFAULT.withThresholds(Score.of(0.25), Score.of(0.5)).toString())
        .isEqualTo("BandWidthCheck{moderateFrom=0.25, wideFrom=0.5}");
  }

  @Test
  void aWideBandNeedsAHigherThresholdThanAModerateOne() {
    assertThatThrownBy(() -> BandWidthCheck.of(Score.of(0.5), Score.of(0.5)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "wideFrom: The threshold of a wide band must be above that of a moderate one, but 0.5"
                + " is not above 0.5");
  }

  @Test
  void aShareAtAThresholdCountsAsTheWiderBand() {
    // 2 of 6 is exactly 1/3; 4 of 6 exactly 2/3.
    assertThat(BandWidthCheck.DEFAULT.check(band(0, 4, ServiceRelationshipType.BASIC)).measured())
        .isEqualTo(BandWidth.MODERATE);
    assertThat(BandWidthCheck.DEFAULT.check(band(2, 2, ServiceRelationshipType.BASIC)).measured())
        .isEqualTo(BandWidth.WIDE);
    assertThat(BandWidthCheck.DEFAULT.check(band(0, 5, ServiceRelationshipType.BASIC)).measured())
        .isEqualTo(BandWidth.NARROW);
  }

  @ParameterizedTest(name = "{0} for a {1} service with a {2} journey calls for {3} to {4}")
  @CsvSource({
    "BASIC, COMMODITY, ESTABLISHED, NARROW, NARROW",
    "COOPERATIVE, CONFIGURED, ESTABLISHED, MODERATE, MODERATE",
    "PARTNERSHIP, BESPOKE, ESTABLISHED, WIDE, WIDE",
    "PARTNERSHIP, COMMODITY, ESTABLISHED, NARROW, WIDE",
    "BASIC, BESPOKE, ESTABLISHED, NARROW, WIDE",
    "COOPERATIVE, COMMODITY, ESTABLISHED, NARROW, MODERATE",
    "PARTNERSHIP, BESPOKE, EMERGING, MODERATE, WIDE",
    "BASIC, COMMODITY, EMERGING, NARROW, NARROW",
    "BASIC, COMMODITY, MATURE, NARROW, MODERATE",
    "PARTNERSHIP, BESPOKE, MATURE, WIDE, WIDE",
    "COOPERATIVE, CONFIGURED, MATURE, MODERATE, WIDE"
  })
  void theRangeCalledForCombinesTypeNatureAndMaturity(
      ServiceRelationshipType type,
      ServiceNature nature,
      JourneyMaturity maturity,
      BandWidth lowest,
      BandWidth highest) {
    BandWidthAssessment assessment =
        BandWidthCheck.DEFAULT.check(band(1, 1, type), nature, maturity);

    assertThat(assessment.lowest()).isEqualTo(lowest);
    assertThat(assessment.highest()).isEqualTo(highest);
    assertThat(assessment.relationshipType()).isEqualTo(type);
    assertThat(assessment.nature()).isEqualTo(nature);
    assertThat(assessment.maturity()).isEqualTo(maturity);
  }

  @Test
  void withoutNatureAndMaturityTheTypicalNatureAndAnEstablishedJourneyAreAssumed() {
    BandWidthAssessment assessment =
        BandWidthCheck.DEFAULT.check(band(1, 1, ServiceRelationshipType.COOPERATIVE));

    assertThat(assessment.nature()).isEqualTo(ServiceNature.CONFIGURED);
    assertThat(assessment.maturity()).isEqualTo(JourneyMaturity.ESTABLISHED);
  }

  @Test
  void anEmergingJourneyExcusesABandOneStepNarrower() {
    BandOfVisibility moderate = band(1, 3, ServiceRelationshipType.PARTNERSHIP);

    assertThat(BandWidthCheck.DEFAULT.check(moderate).isTooNarrow()).isTrue();
    assertThat(
            BandWidthCheck.DEFAULT
                .check(moderate, ServiceNature.BESPOKE, JourneyMaturity.EMERGING)
                .findings())
        .isEmpty();
  }

  @Test
  void lowerThresholdsMakeTheSameBandWider() {
    BandOfVisibility band = band(0, 4, ServiceRelationshipType.PARTNERSHIP);
    BandWidthCheck lenient = BandWidthCheck.DEFAULT.withThresholds(Score.of(0.1), Score.of(0.3));

    assertThat(BandWidthCheck.DEFAULT.check(band).isTooNarrow()).isTrue();
    BandWidthAssessment assessment = lenient.check(band);
    assertThat(assessment.measured()).isEqualTo(BandWidth.WIDE);
    assertThat(assessment.findings()).isEmpty();
    assertThat(assessment.moderateFrom()).isEqualTo(Score.of(0.1));
  }

  @Test
  void aShareJustBelowAThresholdNeverReadsAsEqualToIt() {
    // 33 of 100 against 1/3: "33%" and "33%" at no decimal, told apart with one.
    BandOfVisibility band = band(31, 67, ServiceRelationshipType.COOPERATIVE);
    BandWidthAssessment assessment = BandWidthCheck.DEFAULT.check(band);

    assertThat(assessment.share()).isEqualTo(0.33);
    assertThat(assessment.findings().get(0).message())
        .contains("both parties see 33 of its 100")
        .contains("(33%, below 33.3%)")
        .endsWith(
            "where a cooperative relationship for a configured service with an established"
                + " journey calls for a moderate band");
    assertThat(assessment.toString())
        .isEqualTo(
            "BandWidthAssessment{relationship=relationship, measured=NARROW,"
                + " calledFor=MODERATE..MODERATE, findings=1}");
  }

  @Test
  void aRangeIsNamedByItsEnds() {
    BandWidthAssessment assessment =
        BandWidthCheck.DEFAULT.check(
            band(0, 10, ServiceRelationshipType.PARTNERSHIP),
            ServiceNature.CONFIGURED,
            JourneyMaturity.ESTABLISHED);

    assertThat(assessment.findings().get(0).message())
        .endsWith("calls for a band from moderate to wide")
        .contains("an established journey");
  }
}
