package org.covalue.testkit.laws.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Map;
import org.covalue.core.Score;
import org.covalue.core.relationship.BandWidth;
import org.covalue.testkit.Visibilities;
import org.covalue.testkit.laws.Laws;
import org.covalue.visibility.JourneyMaturity;
import org.covalue.visibility.ServiceNature;
import org.covalue.visibility.analysis.BandOfVisibility;
import org.covalue.visibility.analysis.BandWidthAssessment;
import org.covalue.visibility.analysis.BandWidthCheck;
import org.covalue.visibility.analysis.VisibilityRules;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Laws of the width check: the measured width follows the thresholds, the range called for holds
 * the type's and the nature's widths, a finding is given exactly when the band falls outside the
 * range, and lower thresholds never make a band narrower.
 */
class BandWidthCheckPropertiesTest {

  private static final Laws.Shape WIDTH_SHAPE =
      new Laws.Shape(
          "service-relationship party party",
          new java.util.LinkedHashSet<>(
              List.of("relationshipType", "nature", "maturity", "measured", "lowest", "highest")),
          new java.util.LinkedHashSet<>(
              List.of("share", "placeableInBand", "placeableTotal", "moderateFrom", "wideFrom")),
          java.util.Set.of(),
          java.util.Set.of(
              BandWidthAssessment.TOO_NARROW.defaultSeverity(),
              BandWidthAssessment.TOO_WIDE.defaultSeverity()),
          java.util.Set.of());

  private static Gen<BandWidthCheck> checks() {
    return in -> {
      double moderate = Generate.range(0, 90).generate(in) / 100.0;
      double wide =
          moderate + Generate.range(1, 100 - (int) Math.round(moderate * 100)).generate(in) / 100.0;
      return BandWidthCheck.of(Score.of(moderate), Score.of(Math.min(1.0, wide)));
    };
  }

  private static int rank(BandWidth width) {
    return width == BandWidth.NARROW ? 0 : width == BandWidth.MODERATE ? 1 : 2;
  }

  @Test
  void aFindingIsGivenExactlyWhenTheBandFallsOutsideTheRangeCalledFor() {
    qt().withExamples(300)
        .forAll(
            Visibilities.withRelationship(
                Visibilities.models().mix(Visibilities.looseModels(), 30)),
            checks(),
            Generate.enumValues(ServiceNature.class),
            Generate.enumValues(JourneyMaturity.class))
        .checkAssert(
            (pair, check, nature, maturity) -> {
              BandOfVisibility band = BandOfVisibility.of(pair._1, pair._2);
              BandWidthAssessment assessment = check.check(band, nature, maturity);
              double share = band.width().placeableShare();
              assertThat(assessment.share()).isEqualTo(share);
              BandWidth measured =
                  share >= check.wideFrom().value()
                      ? BandWidth.WIDE
                      : share >= check.moderateFrom().value()
                          ? BandWidth.MODERATE
                          : BandWidth.NARROW;
              assertThat(assessment.measured()).isEqualTo(measured);
              int type = rank(pair._2.type().expectedBandOfVisibility());
              int byNature = rank(nature.expectedBandOfVisibility());
              int lowest =
                  Math.min(type, byNature) - (maturity == JourneyMaturity.EMERGING ? 1 : 0);
              int highest = Math.max(type, byNature) + (maturity == JourneyMaturity.MATURE ? 1 : 0);
              assertThat(rank(assessment.lowest())).isEqualTo(Math.max(0, lowest));
              assertThat(rank(assessment.highest())).isEqualTo(Math.min(2, highest));
              assertThat(assessment.isTooNarrow()).isEqualTo(rank(measured) < Math.max(0, lowest));
              assertThat(assessment.isTooWide()).isEqualTo(rank(measured) > Math.min(2, highest));
              assertThat(assessment.findings())
                  .hasSize(assessment.isTooNarrow() || assessment.isTooWide() ? 1 : 0);
              Laws.assertFindingContract(
                  assessment,
                  VisibilityRules.all(),
                  Map.of(
                      BandWidthAssessment.TOO_NARROW, WIDTH_SHAPE,
                      BandWidthAssessment.TOO_WIDE, WIDTH_SHAPE));
            });
  }

  @Test
  void lowerThresholdsNeverMakeABandNarrower() {
    qt().withExamples(200)
        .forAll(Visibilities.withRelationship(Visibilities.models()), checks(), checks())
        .checkAssert(
            (pair, a, b) -> {
              BandOfVisibility band = BandOfVisibility.of(pair._1, pair._2);
              if (a.moderateFrom().value() <= b.moderateFrom().value()
                  && a.wideFrom().value() <= b.wideFrom().value()) {
                assertThat(rank(a.check(band).measured()))
                    .isGreaterThanOrEqualTo(rank(b.check(band).measured()));
              }
            });
  }
}
