package org.covalue.visibility.analysis;

import java.util.Objects;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Level;
import org.covalue.core.Score;
import org.covalue.core.relationship.BandWidth;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.covalue.visibility.JourneyMaturity;
import org.covalue.visibility.ServiceNature;
import org.jspecify.annotations.Nullable;

/**
 * Judges the width of a band of visibility against what the relationship calls for (ITIL 4: Drive
 * Stakeholder Value, §1.2.5, and Table 1.2 of §1.2.3): a narrow band for a basic relationship, such
 * as a standard cloud-hosted server bought as a commodity; a wider one for a cooperative
 * relationship; the widest for a partnership, whose parties need deep insight into each other's
 * activities to co-create value.
 *
 * <pre>{@code
 * BandWidthAssessment assessment = BandWidthCheck.DEFAULT.check(band);
 * BandWidthCheck.DEFAULT
 *     .withThresholds(Score.of(0.25), Score.of(0.5))
 *     .check(band, ServiceNature.COMMODITY, JourneyMaturity.EMERGING);
 * }</pre>
 *
 * <p><strong>covalue's reading.</strong> The chapter says the width depends on the nature of the
 * service, the relationship and how complete (mature) the journey is, without saying how they
 * combine; this class makes one reading explicit, so that it can be discussed and changed:
 *
 * <ol>
 *   <li>The band is measured as its {@linkplain BandWidthMeasure#placeableShare() placeable share}:
 *       of the relationship's activities, products, resources and environment elements, the share
 *       both parties see. A share below {@link #moderateFrom()} is a narrow band, one from {@link
 *       #wideFrom()} up a wide one, anything between a moderate one. The defaults, 1/3 and 2/3,
 *       split the scale in thirds as covalue's {@link Level}s do.
 *   <li>The relationship type calls for its {@linkplain
 *       ServiceRelationshipType#expectedBandOfVisibility() expected width}, and the nature of the
 *       service for {@linkplain ServiceNature#expectedBandOfVisibility() its own}. Where the two
 *       differ (a partnership around a commodity service), any width between them is as called for.
 *       Unless told otherwise, the nature is the one typical of the type: commodity for basic,
 *       configured for cooperative, bespoke for a partnership.
 *   <li>An {@linkplain JourneyMaturity#EMERGING emerging} journey accepts a band one step narrower;
 *       a {@linkplain JourneyMaturity#MATURE mature} one accepts a band one step wider. Unless told
 *       otherwise, the journey is {@linkplain JourneyMaturity#ESTABLISHED established}.
 * </ol>
 *
 * <p>A band narrower than the range called for is a finding of {@link
 * BandWidthAssessment#TOO_NARROW}; one wider, of {@link BandWidthAssessment#TOO_WIDE}. Each carries
 * the measured share, the counts and the thresholds as evidence. Instances are immutable and
 * thread-safe.
 */
public final class BandWidthCheck {

  /** The default lowest share of a moderate band: 1/3, where {@link Level#MEDIUM} begins. */
  public static final Score DEFAULT_MODERATE_FROM = Score.of(Level.MEDIUM.lowerBound());

  /** The default lowest share of a wide band: 2/3, where {@link Level#HIGH} begins. */
  public static final Score DEFAULT_WIDE_FROM = Score.of(Level.HIGH.lowerBound());

  /**
   * The check with the thresholds {@link #DEFAULT_MODERATE_FROM} and {@link #DEFAULT_WIDE_FROM}.
   */
  public static final BandWidthCheck DEFAULT =
      new BandWidthCheck(DEFAULT_MODERATE_FROM, DEFAULT_WIDE_FROM);

  private final Score moderateFrom;
  private final Score wideFrom;

  private BandWidthCheck(Score moderateFrom, Score wideFrom) {
    this.moderateFrom = moderateFrom;
    this.wideFrom = wideFrom;
  }

  /**
   * Returns a check with the given thresholds.
   *
   * @param moderateFrom the lowest placeable share of a moderate band
   * @param wideFrom the lowest placeable share of a wide band; above {@code moderateFrom}
   * @return the check
   * @throws NullPointerException if a threshold is null
   * @throws InvalidModelException if {@code wideFrom} is not above {@code moderateFrom}
   */
  public static BandWidthCheck of(Score moderateFrom, Score wideFrom) {
    Objects.requireNonNull(moderateFrom, "moderateFrom");
    Objects.requireNonNull(wideFrom, "wideFrom");
    if (wideFrom.value() <= moderateFrom.value()) {
      throw InvalidModelException.of(
          "wideFrom",
          "The threshold of a wide band must be above that of a moderate one, but "
              + wideFrom
              + " is not above "
              + moderateFrom,
          wideFrom);
    }
    return new BandWidthCheck(moderateFrom, wideFrom);
  }

  /**
   * Returns a copy with other thresholds.
   *
   * @param moderateFrom the lowest placeable share of a moderate band
   * @param wideFrom the lowest placeable share of a wide band; above {@code moderateFrom}
   * @return the check
   * @throws NullPointerException if a threshold is null
   * @throws InvalidModelException if {@code wideFrom} is not above {@code moderateFrom}
   */
  public BandWidthCheck withThresholds(Score moderateFrom, Score wideFrom) {
    return of(moderateFrom, wideFrom);
  }

  /**
   * Returns the lowest placeable share of a moderate band.
   *
   * @return the threshold
   */
  public Score moderateFrom() {
    return moderateFrom;
  }

  /**
   * Returns the lowest placeable share of a wide band.
   *
   * @return the threshold
   */
  public Score wideFrom() {
    return wideFrom;
  }

  /**
   * Judges a band for a service of the nature typical of its relationship's type and an established
   * journey.
   *
   * @param band the band
   * @return the assessment, with a finding if the band is narrower or wider than called for
   * @throws NullPointerException if the band is null
   */
  public BandWidthAssessment check(BandOfVisibility band) {
    Objects.requireNonNull(band, "band");
    return check(band, typicalNature(band.relationship().type()), JourneyMaturity.ESTABLISHED);
  }

  /**
   * Judges a band for a service of a given nature and a journey of a given maturity.
   *
   * @param band the band
   * @param nature the nature of the service
   * @param maturity how mature the relationship's journey is
   * @return the assessment, with a finding if the band is narrower or wider than called for
   * @throws NullPointerException if an argument is null
   */
  public BandWidthAssessment check(
      BandOfVisibility band, ServiceNature nature, JourneyMaturity maturity) {
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(nature, "nature");
    Objects.requireNonNull(maturity, "maturity");
    ServiceRelationshipType type = band.relationship().type();
    BandWidth byType = type.expectedBandOfVisibility();
    BandWidth byNature = nature.expectedBandOfVisibility();
    BandWidth lowest = byType.isAtLeast(byNature) ? byNature : byType;
    BandWidth highest = byType.isAtLeast(byNature) ? byType : byNature;
    if (maturity == JourneyMaturity.EMERGING) {
      lowest = step(lowest, -1);
    } else if (maturity == JourneyMaturity.MATURE) {
      highest = step(highest, 1);
    }
    BandWidthMeasure width = band.width();
    double share = width.placeableShare();
    BandWidth measured =
        share >= wideFrom.value()
            ? BandWidth.WIDE
            : share >= moderateFrom.value() ? BandWidth.MODERATE : BandWidth.NARROW;
    return ImmutableBandWidthAssessment.builder()
        .relationship(band.relationship().id())
        .provider(band.relationship().provider())
        .consumer(band.relationship().consumer())
        .relationshipType(type)
        .nature(nature)
        .maturity(maturity)
        .placeableInBand(width.placeableInBand())
        .placeableTotal(width.placeableTotal())
        .share(share)
        .measured(measured)
        .lowest(lowest)
        .highest(highest)
        .moderateFrom(moderateFrom)
        .wideFrom(wideFrom)
        .build();
  }

  private static ServiceNature typicalNature(ServiceRelationshipType type) {
    return switch (type) {
      case BASIC -> ServiceNature.COMMODITY;
      case COOPERATIVE -> ServiceNature.CONFIGURED;
      case PARTNERSHIP -> ServiceNature.BESPOKE;
    };
  }

  private static BandWidth step(BandWidth width, int by) {
    BandWidth[] widths = BandWidth.values();
    int at = 0;
    while (widths[at] != width) {
      at++;
    }
    return widths[Math.max(0, Math.min(widths.length - 1, at + by))];
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof BandWidthCheck that
        && moderateFrom.equals(that.moderateFrom)
        && wideFrom.equals(that.wideFrom);
  }

  @Override
  public int hashCode() {
    return Objects.hash(moderateFrom, wideFrom);
  }

  @Override
  public String toString() {
    return "BandWidthCheck{moderateFrom=" + moderateFrom + ", wideFrom=" + wideFrom + "}";
  }
}
