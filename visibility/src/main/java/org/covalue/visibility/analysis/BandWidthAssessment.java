package org.covalue.visibility.analysis;

import java.util.List;
import java.util.Locale;
import org.covalue.core.Finding;
import org.covalue.core.HasFindings;
import org.covalue.core.ItilReference;
import org.covalue.core.PartyId;
import org.covalue.core.Rule;
import org.covalue.core.Score;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.Severity;
import org.covalue.core.relationship.BandWidth;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.covalue.visibility.JourneyMaturity;
import org.covalue.visibility.ServiceNature;
import org.immutables.value.Value;

/**
 * The result of {@link BandWidthCheck}: how wide a band of visibility is, how wide its
 * relationship, service and journey call for it to be, and a finding if it is narrower or wider
 * (ITIL 4: Drive Stakeholder Value, §1.2.5). Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class BandWidthAssessment implements HasFindings {

  private static final ItilReference SECTION = ItilReference.section("1.2.5");

  /** The band is narrower than its relationship, service and journey call for. */
  public static final Rule TOO_NARROW =
      Rule.of(
          "band-width.too-narrow",
          Severity.WARNING,
          SECTION,
          "The band of visibility is narrower than the relationship, the service and the journey"
              + " call for");

  /** The band is wider than its relationship, service and journey call for. */
  public static final Rule TOO_WIDE =
      Rule.of(
          "band-width.too-wide",
          Severity.INFO,
          SECTION,
          "The band of visibility is wider than the relationship, the service and the journey"
              + " call for");

  BandWidthAssessment() {}

  /**
   * Returns the relationship whose band was judged.
   *
   * @return its id
   */
  public abstract ServiceRelationshipId relationship();

  /**
   * Returns the relationship's provider.
   *
   * @return its id
   */
  public abstract PartyId provider();

  /**
   * Returns the relationship's consumer.
   *
   * @return its id
   */
  public abstract PartyId consumer();

  /**
   * Returns the relationship's type.
   *
   * @return basic, cooperative or partnership
   */
  public abstract ServiceRelationshipType relationshipType();

  /**
   * Returns the nature of the service the band was judged for.
   *
   * @return the nature
   */
  public abstract ServiceNature nature();

  /**
   * Returns the maturity of the journey the band was judged for.
   *
   * @return the maturity
   */
  public abstract JourneyMaturity maturity();

  /**
   * Returns how many of the relationship's placeable elements both parties see.
   *
   * @return the count
   */
  public abstract int placeableInBand();

  /**
   * Returns how many placeable elements the relationship has.
   *
   * @return the count
   */
  public abstract int placeableTotal();

  /**
   * Returns the measured width as a share.
   *
   * @return {@link #placeableInBand()} / {@link #placeableTotal()}, in [0, 1]
   */
  public abstract double share();

  /**
   * Returns the measured width.
   *
   * @return the width the share falls in
   */
  public abstract BandWidth measured();

  /**
   * Returns the narrowest width called for.
   *
   * @return the width
   */
  public abstract BandWidth lowest();

  /**
   * Returns the widest width called for.
   *
   * @return the width; at least {@link #lowest()}
   */
  public abstract BandWidth highest();

  /**
   * Returns the threshold of a moderate band that was used.
   *
   * @return the lowest share of a moderate band
   */
  public abstract Score moderateFrom();

  /**
   * Returns the threshold of a wide band that was used.
   *
   * @return the lowest share of a wide band
   */
  public abstract Score wideFrom();

  /**
   * Tells whether the band is narrower than called for.
   *
   * @return true if {@link #measured()} is below {@link #lowest()}
   */
  public boolean isTooNarrow() {
    return !measured().isAtLeast(lowest());
  }

  /**
   * Tells whether the band is wider than called for.
   *
   * @return true if {@link #measured()} is above {@link #highest()}
   */
  public boolean isTooWide() {
    return !highest().isAtLeast(measured());
  }

  /**
   * Returns a finding of {@link #TOO_NARROW} or {@link #TOO_WIDE} if the band is narrower or wider
   * than called for, naming the relationship, its provider and its consumer, with the evidence
   * {@code share}, {@code placeableInBand}, {@code placeableTotal}, {@code moderateFrom} and {@code
   * wideFrom}, and the data {@code relationshipType}, {@code nature}, {@code maturity}, {@code
   * measured}, {@code lowest} and {@code highest}.
   *
   * @return an unmodifiable list of no finding or one
   */
  @Override
  @Value.Lazy
  public List<Finding> findings() {
    if (!isTooNarrow() && !isTooWide()) {
      return List.of();
    }
    boolean narrow = isTooNarrow();
    double threshold = narrow ? thresholdOf(lowest()) : thresholdOf(above(highest()));
    String[] apart = Percentages.apart(share(), threshold);
    String called =
        lowest() == highest()
            ? article(lowest()) + " band"
            : "a band from " + word(lowest()) + " to " + word(highest());
    String message =
        "The band of visibility of relationship "
            + relationship()
            + " is "
            + word(measured())
            + ": both parties see "
            + placeableInBand()
            + " of its "
            + placeableTotal()
            + " activities, products, resources and environment elements ("
            + apart[0]
            + (narrow ? ", below " : ", at or above ")
            + apart[1]
            + "), where "
            + article(relationshipType())
            + (relationshipType() == ServiceRelationshipType.PARTNERSHIP ? "" : " relationship")
            + " for "
            + article(nature())
            + " service with "
            + article(maturity())
            + " journey calls for "
            + called;
    return List.of(
        Finding.builder(narrow ? TOO_NARROW : TOO_WIDE)
            .message(message)
            .addElement(relationship())
            .addElement(provider())
            .addElement(consumer())
            .putEvidence("share", share())
            .putEvidence("placeableInBand", placeableInBand())
            .putEvidence("placeableTotal", placeableTotal())
            .putEvidence("moderateFrom", moderateFrom().value())
            .putEvidence("wideFrom", wideFrom().value())
            .putData("relationshipType", relationshipType())
            .putData("nature", nature())
            .putData("maturity", maturity())
            .putData("measured", measured())
            .putData("lowest", lowest())
            .putData("highest", highest())
            .build());
  }

  private double thresholdOf(BandWidth width) {
    return switch (width) {
      case NARROW -> 0.0;
      case MODERATE -> moderateFrom().value();
      case WIDE -> wideFrom().value();
    };
  }

  private static BandWidth above(BandWidth width) {
    return width == BandWidth.NARROW ? BandWidth.MODERATE : BandWidth.WIDE;
  }

  private static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String article(Enum<?> value) {
    String word = word(value);
    return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
  }

  /** Returns the relationship, the measured width and the range called for. */
  @Override
  public String toString() {
    return "BandWidthAssessment{relationship="
        + relationship()
        + ", measured="
        + measured()
        + ", calledFor="
        + lowest()
        + ".."
        + highest()
        + ", findings="
        + findings().size()
        + "}";
  }
}
