package org.covalue.visibility.analysis;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.visibility.ElementKind;
import org.immutables.value.Value;

/**
 * How wide a band of visibility is, as measured quantities (ITIL 4: Drive Stakeholder Value,
 * §1.2.5): how many of a relationship's elements of each kind both parties see ({@link #inBand()})
 * and how many lie behind a line ({@link #outside()}), the same at each journey step, and the
 * shares these make.
 *
 * <p>At a journey step, the band holds the step's touchpoints and interactions of the relationship
 * and the activities they use that both parties see; the activities they use that one party cannot
 * see are outside it. An activity used at two steps counts at both.
 *
 * <p>Every share lies between 0 and 1; the share of a kind and the share of what is outside add up
 * to 1 for every kind and step that has elements, and the {@linkplain #composition() composition}
 * of a band that holds anything adds up to 1. The band's width, as {@link BandWidthCheck} judges
 * it, is {@link #placeableShare()}: touchpoints and interactions are in the band by definition, so
 * it is measured on what the parties' lines place. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class BandWidthMeasure {

  BandWidthMeasure() {}

  static BandWidthMeasure of(
      Map<ElementKind, Integer> inBand,
      Map<ElementKind, Integer> outside,
      Map<CustomerJourneyStep, Integer> inBandByStep,
      Map<CustomerJourneyStep, Integer> outsideByStep) {
    return ImmutableBandWidthMeasure.builder()
        .inBand(inBand)
        .outside(outside)
        .inBandByStep(inBandByStep)
        .outsideByStep(outsideByStep)
        .build();
  }

  /**
   * Returns how many elements of each kind both parties see.
   *
   * @return an unmodifiable map with every kind, in the order of {@link ElementKind}
   */
  public abstract Map<ElementKind, Integer> inBand();

  /**
   * Returns how many elements of each kind of the relationship lie behind a line: hidden from one
   * of the parties. Touchpoints and interactions never do.
   *
   * @return an unmodifiable map with every kind, in the order of {@link ElementKind}
   */
  public abstract Map<ElementKind, Integer> outside();

  /**
   * Returns how many elements the band holds at each journey step: the step's touchpoints and
   * interactions and the activities they use that both parties see.
   *
   * @return an unmodifiable map with every step, in their usual order
   */
  public abstract Map<CustomerJourneyStep, Integer> inBandByStep();

  /**
   * Returns how many activities the touchpoints and interactions of each step use that one of the
   * parties cannot see.
   *
   * @return an unmodifiable map with every step, in their usual order
   */
  public abstract Map<CustomerJourneyStep, Integer> outsideByStep();

  /**
   * Returns how many elements of a kind the relationship has, in the band or outside it.
   *
   * @param kind the kind
   * @return the number of elements
   * @throws NullPointerException if the kind is null
   */
  public int total(ElementKind kind) {
    Objects.requireNonNull(kind, "kind");
    return inBand().getOrDefault(kind, 0) + outside().getOrDefault(kind, 0);
  }

  /**
   * Returns the share of a relationship's elements of a kind that both parties see.
   *
   * @param kind the kind
   * @return {@code inBand / (inBand + outside)}, in [0, 1]; 0 if the relationship has no element of
   *     the kind
   * @throws NullPointerException if the kind is null
   */
  public double share(ElementKind kind) {
    return ratio(inBand().getOrDefault(kind, 0), total(kind));
  }

  /**
   * Returns the share of what happens at a step that both parties see: of the step's touchpoints,
   * interactions and the activities they use, those in the band.
   *
   * @param step the step
   * @return in [0, 1]; 0 if the relationship has nothing at the step
   * @throws NullPointerException if the step is null
   */
  public double share(CustomerJourneyStep step) {
    Objects.requireNonNull(step, "step");
    int in = inBandByStep().getOrDefault(step, 0);
    return ratio(in, in + outsideByStep().getOrDefault(step, 0));
  }

  /**
   * Returns what the band is made of: for each kind, its share of the elements in the band.
   *
   * @return an unmodifiable map with every kind, in the order of {@link ElementKind}; the shares
   *     add up to 1, or are all 0 for an empty band
   */
  public Map<ElementKind, Double> composition() {
    int size = size();
    Map<ElementKind, Double> shares = new EnumMap<>(ElementKind.class);
    for (ElementKind kind : ElementKind.values()) {
      shares.put(kind, ratio(inBand().getOrDefault(kind, 0), size));
    }
    return Collections.unmodifiableMap(shares);
  }

  /**
   * Returns how many elements the band holds.
   *
   * @return the number of elements of every kind in the band
   */
  public int size() {
    return inBand().values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Returns how many of the relationship's elements that lines place (activities, products,
   * resources, environment elements) both parties see.
   *
   * @return the number of such elements in the band
   */
  public int placeableInBand() {
    int count = 0;
    for (ElementKind kind : ElementKind.values()) {
      if (kind.isPlaceable()) {
        count += inBand().getOrDefault(kind, 0);
      }
    }
    return count;
  }

  /**
   * Returns how many of the relationship's elements lines place, in the band or outside it.
   *
   * @return the number of activities, products, resources and environment elements of the
   *     relationship
   */
  public int placeableTotal() {
    int count = 0;
    for (ElementKind kind : ElementKind.values()) {
      if (kind.isPlaceable()) {
        count += total(kind);
      }
    }
    return count;
  }

  /**
   * Returns the width of the band as one number: the share of the relationship's elements that
   * lines place (activities, products, resources, environment elements) that both parties see.
   *
   * @return {@code placeableInBand / placeableTotal}, in [0, 1]; 0 if the relationship has no such
   *     element
   */
  public double placeableShare() {
    return ratio(placeableInBand(), placeableTotal());
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0.0 : (double) part / whole;
  }

  /** Returns the number of elements in the band and outside it, and the placeable share. */
  @Override
  public String toString() {
    return "BandWidthMeasure{inBand="
        + size()
        + ", outside="
        + outside().values().stream().mapToInt(Integer::intValue).sum()
        + ", placeable="
        + placeableInBand()
        + "/"
        + placeableTotal()
        + "}";
  }
}
