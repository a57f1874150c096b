package org.covalue.journey.observed;

import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Violations;
import org.immutables.value.Value;

/**
 * The journey one consumer really went through in one case: its events in time order (ITIL 4: Drive
 * Stakeholder Value, §1.2.4). Events may share a time; they never go back in time. Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class ObservedJourney {

  ObservedJourney() {}

  /**
   * Returns an observed journey.
   *
   * @param caseId what identifies the case, such as a ticket number
   * @param events the events, in time order
   * @return the journey
   * @throws InvalidModelException if the case id or the events are null, there is no event, an
   *     event is null, or the events are not in time order
   */
  public static ObservedJourney of(CaseId caseId, List<JourneyEvent> events) {
    Violations.requireNonNull(caseId, "caseId");
    return ImmutableObservedJourney.of(caseId, Violations.copyOfNonNull(events, "events"));
  }

  /**
   * Returns what identifies the case.
   *
   * @return the case's id
   */
  @Value.Parameter
  public abstract CaseId caseId();

  /**
   * Returns the events.
   *
   * @return at least one event, in time order
   */
  @Value.Parameter
  public abstract List<JourneyEvent> events();

  @Value.Check
  void check() {
    List<JourneyEvent> events = events();
    if (events.isEmpty()) {
      throw InvalidModelException.of(
          "events", "Observed journey " + caseId() + " needs at least one event", null);
    }
    // Checked without forming any text; only a broken order builds a message, and one only.
    int firstBack = -1;
    int back = 0;
    for (int i = 1; i < events.size(); i++) {
      if (events.get(i).at().isBefore(events.get(i - 1).at())) {
        back++;
        if (back == 1) {
          firstBack = i;
        }
      }
    }
    if (back > 0) {
      throw InvalidModelException.of(
          "events[" + firstBack + "].at",
          "Events of observed journey "
              + caseId()
              + " must be in time order, but events["
              + firstBack
              + "] at "
              + events.get(firstBack).at()
              + " comes before events["
              + (firstBack - 1)
              + "] at "
              + events.get(firstBack - 1).at()
              + (back == 1 ? "" : " (and " + (back - 1) + " more events go back in time)"),
          events.get(firstBack).at());
    }
  }

  /** Returns the case's id and the number of events, not the events themselves. */
  @Override
  public String toString() {
    return "ObservedJourney{caseId=" + caseId() + ", events=" + events().size() + "}";
  }
}
