package org.covalue.value.evidence;

import java.util.List;
import org.covalue.core.Violations;
import org.immutables.value.Value;

/**
 * What other analyses measured that value leakage detection weighs beside the value model (ITIL 4:
 * Drive Stakeholder Value, §1.2.6): band widths of relationships (from the visibility module) and
 * deviations of observed journeys (from journey conformance or event-log analytics).
 *
 * <pre>{@code
 * LeakageEvidence evidence = LeakageEvidence.builder()
 *     .addBandWidth(MeasuredBandWidth.of(relationship, BandWidth.NARROW, Score.of(0.2)))
 *     .addJourneyPath(figures)
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class LeakageEvidence {

  LeakageEvidence() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns evidence of nothing.
   *
   * @return evidence with empty lists
   */
  public static LeakageEvidence empty() {
    return builder().build();
  }

  /**
   * Returns the measured band widths.
   *
   * @return the measurements, in the order given; at most one per relationship
   */
  public abstract List<MeasuredBandWidth> bandWidths();

  /**
   * Returns the deviations of observed journeys.
   *
   * @return the figures, in the order given; at most one per journey
   */
  public abstract List<JourneyPathFigures> journeyPaths();

  /**
   * Returns a copy with other band widths.
   *
   * @param bandWidths the new value
   * @return the copy
   */
  public abstract LeakageEvidence withBandWidths(Iterable<? extends MeasuredBandWidth> bandWidths);

  /**
   * Returns a copy with other journey figures.
   *
   * @param journeyPaths the new value
   * @return the copy
   */
  public abstract LeakageEvidence withJourneyPaths(
      Iterable<? extends JourneyPathFigures> journeyPaths);

  @Value.Check
  void check() {
    Violations.collect()
        .checkUnique(
            "bandWidths",
            bandWidths(),
            MeasuredBandWidth::relationship,
            "relationship",
            "Measured relationship")
        .checkUnique(
            "journeyPaths",
            journeyPaths(),
            JourneyPathFigures::journey,
            "journey",
            "Journey with path figures")
        .throwIfAny();
  }

  /** Returns the number of band widths and of journey figures. */
  @Override
  public String toString() {
    return "LeakageEvidence{bandWidths="
        + bandWidths().size()
        + ", journeyPaths="
        + journeyPaths().size()
        + "}";
  }

  /**
   * Builds {@link LeakageEvidence}; both lists start empty.
   *
   * <p>Add with {@code addBandWidth(..)} and {@code addJourneyPath(..)} (or their {@code addAll}
   * forms). Building refuses a relationship measured twice or a journey counted twice. A null
   * element is refused with an {@link org.covalue.core.InvalidModelException}; a null list given to
   * a setter throws a {@link NullPointerException} (docs/decisions/0010). A builder is not
   * thread-safe.
   */
  public static final class Builder extends ImmutableLeakageEvidence.Builder {
    Builder() {}
  }
}
