package org.covalue.journey.observed;

import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Violations;
import org.immutables.value.Value;

/**
 * The journey one consumer really went through: its events in time order (ITIL 4: Drive Stakeholder
 * Value, §1.2.4). Events may share a time; they never go back in time. Instances are immutable and
 * thread-safe.
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
   * @throws InvalidModelException if the case id is blank, there is no event, an event is null, or
   *     the events are not in time order
   */
  public static ObservedJourney of(String caseId, List<JourneyEvent> events) {
    if (events == null) {
      throw InvalidModelException.of("events", "events must not be null", null);
    }
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i) == null) {
        throw InvalidModelException.of(
            "events[" + i + "]", "Event " + i + " must not be null", null);
      }
    }
    return ImmutableObservedJourney.of(caseId, events);
  }

  /**
   * Returns what identifies the case.
   *
   * @return a text that is not blank
   */
  @Value.Parameter
  public abstract String caseId();

  /**
   * Returns the events.
   *
   * @return at least one event, in time order
   */
  @Value.Parameter
  public abstract List<JourneyEvent> events();

  @Value.Check
  void check() {
    Violations found = Violations.collect();
    found.check(
        !caseId().isBlank(), "caseId", "Observed journey case id must not be blank", caseId());
    found.check(
        !events().isEmpty(),
        "events",
        "Observed journey " + caseId() + " needs at least one event",
        null);
    for (int i = 1; i < events().size(); i++) {
      found.check(
          !events().get(i).at().isBefore(events().get(i - 1).at()),
          "events[" + i + "].at",
          "Events must be in time order, but events["
              + i
              + "] at "
              + events().get(i).at()
              + " comes before events["
              + (i - 1)
              + "] at "
              + events().get(i - 1).at(),
          events().get(i).at());
    }
    found.throwIfAny();
  }
}
