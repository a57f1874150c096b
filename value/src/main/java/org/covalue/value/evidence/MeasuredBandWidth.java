package org.covalue.value.evidence;

import org.covalue.core.Score;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.Violations;
import org.covalue.core.relationship.BandWidth;
import org.covalue.visibility.analysis.BandWidthAssessment;
import org.immutables.value.Value;

/**
 * How wide the band of visibility of a service relationship was measured to be (ITIL 4: Drive
 * Stakeholder Value, §1.2.5): the width on covalue's ordered scale, and the share of the elements
 * of the relationship's journeys and value streams that both parties can see, which the width was
 * read from. Value leakage detection compares the width with what the relationship's type calls for
 * ({@link org.covalue.core.relationship.ServiceRelationshipType#expectedBandOfVisibility()}).
 *
 * <p>The visibility module measures the band ({@link BandWidthAssessment}); {@link
 * #of(BandWidthAssessment)} carries its result into value leakage detection. A width measured some
 * other way (a survey of both parties, say) is given with {@link #of(ServiceRelationshipId,
 * BandWidth, Score)}.
 *
 * <pre>{@code
 * MeasuredBandWidth band = MeasuredBandWidth.of(ServiceRelationshipId.of("desk-for-acme"),
 *     BandWidth.NARROW, Score.of(0.2));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class MeasuredBandWidth {

  MeasuredBandWidth() {}

  /**
   * Returns a measured band width.
   *
   * @param relationship the relationship measured
   * @param width the width measured
   * @param share the share of elements both parties can see, which the width was read from
   * @return the measurement
   * @throws org.covalue.core.InvalidModelException if an argument is null
   */
  public static MeasuredBandWidth of(
      ServiceRelationshipId relationship, BandWidth width, Score share) {
    return ImmutableMeasuredBandWidth.of(relationship, width, share);
  }

  /**
   * Returns the width that covalue-visibility measured for a relationship: its measured width and
   * the share of placeable elements in the band.
   *
   * <pre>{@code
   * BandWidthAssessment assessment = BandWidthCheck.DEFAULT.check(band);
   * MeasuredBandWidth measured = MeasuredBandWidth.of(assessment);
   * }</pre>
   *
   * @param assessment the visibility module's assessment of the band's width
   * @return the measurement
   * @throws org.covalue.core.InvalidModelException if the assessment is null
   */
  public static MeasuredBandWidth of(BandWidthAssessment assessment) {
    Violations.requireNonNull(assessment, "assessment");
    return of(assessment.relationship(), assessment.measured(), Score.of(assessment.share()));
  }

  /**
   * Returns the relationship measured.
   *
   * @return its id
   */
  @Value.Parameter
  public abstract ServiceRelationshipId relationship();

  /**
   * Returns the width measured.
   *
   * @return narrow, moderate or wide
   */
  @Value.Parameter
  public abstract BandWidth width();

  /**
   * Returns the share of elements both parties can see.
   *
   * @return a score in [0, 1]
   */
  @Value.Parameter
  public abstract Score share();
}
