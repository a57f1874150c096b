package org.covalue.testkit.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.observed.CaseId;
import org.covalue.journey.observed.ObservedJourney;
import org.quicktheories.core.RandomnessSource;

/**
 * An observed case being drawn from a designed journey, one deviation at a time. The path starts as
 * the designed touchpoints in order. The deviations that change which touchpoints are reached and
 * in what order ({@link #enterMidWay}, {@link #skip}, {@link #swap}) come first; those that add
 * visits ({@link #addExtras}, {@link #repeat}, {@link #loop}) come after, in that order; {@link
 * #finish} gives the events times that never go back. Each deviation applies only where the path
 * allows it and says whether it did. A draft is used once, by one thread.
 */
public final class CaseDraft {

  /** One visit of a touchpoint at a step, before it is given a time. */
  record Visit(TouchpointId touchpoint, CustomerJourneyStep step) {}

  private final CustomerJourney designed;
  private List<Touchpoint> path;
  private int entry;
  private final List<TouchpointId> swappedLater = new ArrayList<>();
  private final List<Visit> visits = new ArrayList<>();
  private final List<TouchpointId> leftOut = new ArrayList<>();
  private final Set<TouchpointId> extraIds = new HashSet<>();
  private final Set<Integer> repeatAfter = new HashSet<>();
  private final Set<Integer> loopAfter = new HashSet<>();

  private CaseDraft(CustomerJourney designed) {
    this.designed = designed;
    this.path = new ArrayList<>(designed.touchpoints());
  }

  /**
   * Starts a case that follows the design exactly.
   *
   * @param designed the designed journey
   * @return the draft
   */
  public static CaseDraft of(CustomerJourney designed) {
    return new CaseDraft(designed);
  }

  private void requirePathOpen() {
    if (!visits.isEmpty()) {
      throw new IllegalStateException("The path is settled once visits are added");
    }
  }

  /**
   * Starts at a later designed touchpoint, and reaches some of those passed by at the end, in the
   * designed or a drawn order. Needs two designed touchpoints.
   *
   * @param in the randomness source
   * @return whether the deviation was applied
   */
  public boolean enterMidWay(RandomnessSource in) {
    requirePathOpen();
    List<Touchpoint> design = designed.touchpoints();
    if (design.size() < 2) {
      return false;
    }
    entry = Draw.intBetween(in, 1, design.size() - 1);
    path = new ArrayList<>(design.subList(entry, design.size()));
    List<Touchpoint> later = Draw.someOf(in, design.subList(0, entry));
    path.addAll(Draw.bool(in) ? later : Draw.shuffle(in, later));
    return true;
  }

  /**
   * Leaves out at least one touchpoint after the first one on the path. Needs two touchpoints on
   * the path.
   *
   * @param in the randomness source
   * @return whether the deviation was applied
   */
  public boolean skip(RandomnessSource in) {
    requirePathOpen();
    if (path.size() < 2) {
      return false;
    }
    List<Touchpoint> kept = Draw.someOf(in, path.subList(1, path.size()));
    if (kept.size() == path.size() - 1) {
      kept.remove(Draw.intBetween(in, 0, kept.size() - 1));
    }
    kept.add(0, path.get(0));
    path = kept;
    return true;
  }

  /**
   * Swaps one or more disjoint pairs of neighbours on the path, never the first touchpoint. Needs
   * three touchpoints on the path.
   *
   * @param in the randomness source
   * @return whether the deviation was applied
   */
  public boolean swap(RandomnessSource in) {
    requirePathOpen();
    if (path.size() < 3) {
      return false;
    }
    List<Integer> starts = new ArrayList<>();
    int k = 1;
    while (k + 1 < path.size()) {
      if (Draw.bool(in)) {
        starts.add(k);
        k += 2;
      } else {
        k++;
      }
    }
    if (starts.isEmpty()) {
      starts.add(Draw.intBetween(in, 1, path.size() - 2));
    }
    for (int start : starts) {
      Touchpoint first = path.get(start);
      path.set(start, path.get(start + 1));
      path.set(start + 1, first);
      swappedLater.add(first.id());
    }
    return true;
  }

  /** Settles the path: one visit per touchpoint on it, and the designed ones never reached. */
  private List<Visit> visits() {
    if (visits.isEmpty()) {
      Set<TouchpointId> onPath = new HashSet<>();
      for (Touchpoint touchpoint : path) {
        onPath.add(touchpoint.id());
        visits.add(new Visit(touchpoint.id(), touchpoint.step()));
      }
      for (Touchpoint touchpoint : designed.touchpoints()) {
        if (!onPath.contains(touchpoint.id())) {
          leftOut.add(touchpoint.id());
        }
      }
    }
    return visits;
  }

  /**
   * Reaches one to three touchpoints the design lacks, with new ids, once each, never first.
   *
   * @param in the randomness source
   * @return true: the deviation always applies
   */
  public boolean addExtras(RandomnessSource in) {
    List<Visit> base = visits();
    Set<String> taken = IdGens.texts(designed.touchpoints().stream().map(t -> t.id()).toList());
    int count = Draw.intBetween(in, 1, 3);
    for (int i = 0; i < count; i++) {
      TouchpointId extra = TouchpointId.of(Texts.freshIdText(in, taken));
      taken.add(extra.value());
      extraIds.add(extra);
      base.add(
          Draw.intBetween(in, 1, base.size()), new Visit(extra, JourneyGens.steps().generate(in)));
    }
    return true;
  }

  /**
   * Reaches some touchpoints once or twice more, right after the first time.
   *
   * @param in the randomness source
   * @return true: the deviation always applies
   */
  public boolean repeat(RandomnessSource in) {
    List<Visit> base = visits();
    for (int b = 0; b < base.size(); b++) {
      if (Draw.oneIn(in, 3)) {
        repeatAfter.add(b);
      }
    }
    if (repeatAfter.isEmpty()) {
      repeatAfter.add(Draw.intBetween(in, 0, base.size() - 1));
    }
    return true;
  }

  /**
   * After some touchpoints other than the first, goes back to a different touchpoint reached
   * earlier, and sometimes forth again. Needs two visits.
   *
   * @param in the randomness source
   * @return whether the deviation was applied
   */
  public boolean loop(RandomnessSource in) {
    List<Visit> base = visits();
    if (base.size() < 2) {
      return false;
    }
    for (int b = 1; b < base.size(); b++) {
      if (Draw.oneIn(in, 3)) {
        loopAfter.add(b);
      }
    }
    if (loopAfter.isEmpty()) {
      loopAfter.add(Draw.intBetween(in, 1, base.size() - 1));
    }
    return true;
  }

  /**
   * Gives the visits times and returns the case with the record of what was done.
   *
   * @param in the randomness source
   * @return the case
   */
  public DrawnCase finish(RandomnessSource in) {
    List<Visit> base = visits();
    List<Visit> timed = new ArrayList<>();
    List<Integer> returnIndices = new ArrayList<>();
    List<TouchpointId> extras = new ArrayList<>();
    for (int b = 0; b < base.size(); b++) {
      Visit visit = base.get(b);
      timed.add(visit);
      if (extraIds.contains(visit.touchpoint())) {
        extras.add(visit.touchpoint());
      }
      if (repeatAfter.contains(b)) {
        int copies = Draw.intBetween(in, 1, 2);
        for (int c = 0; c < copies; c++) {
          timed.add(visit);
        }
      }
      if (loopAfter.contains(b)) {
        Map<TouchpointId, Visit> earlier = new LinkedHashMap<>();
        for (Visit before : timed) {
          if (!before.touchpoint().equals(visit.touchpoint())) {
            earlier.putIfAbsent(before.touchpoint(), before);
          }
        }
        returnIndices.add(timed.size());
        timed.add(Draw.oneOf(in, new ArrayList<>(earlier.values())));
        if (Draw.bool(in)) {
          returnIndices.add(timed.size());
          timed.add(visit);
        }
      }
    }
    ObservedJourney observed =
        ObservedJourney.of(CaseId.of(Texts.idTexts().generate(in)), ObservedGens.timed(in, timed));
    return new DrawnCase(observed, entry, leftOut, extras, swappedLater, returnIndices);
  }

  /**
   * An observed journey drawn from a design, with what was done to it.
   *
   * @param observed the observed journey
   * @param entryPosition the designed position of the first touchpoint reached
   * @param leftOut the designed touchpoints never reached, in the designed order
   * @param extras the touchpoints reached that the design lacks, in the order reached
   * @param swappedLater the touchpoints a swap made come after their successor, in the order
   *     reached
   * @param returnIndices the indices of the events that go back to a touchpoint reached before
   */
  public record DrawnCase(
      ObservedJourney observed,
      int entryPosition,
      List<TouchpointId> leftOut,
      List<TouchpointId> extras,
      List<TouchpointId> swappedLater,
      List<Integer> returnIndices) {

    /**
     * Copies the lists.
     *
     * @param observed the observed journey
     * @param entryPosition the designed position of the first touchpoint reached
     * @param leftOut the designed touchpoints never reached
     * @param extras the touchpoints the design lacks
     * @param swappedLater the touchpoints a swap moved after their successor
     * @param returnIndices the indices of the events that go back
     */
    public DrawnCase {
      leftOut = List.copyOf(leftOut);
      extras = List.copyOf(extras);
      swappedLater = List.copyOf(swappedLater);
      returnIndices = List.copyOf(returnIndices);
    }
  }
}
