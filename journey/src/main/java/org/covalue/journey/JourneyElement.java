package org.covalue.journey;

import java.util.Objects;
import java.util.Set;
import org.covalue.core.PartyId;
import org.covalue.core.TypedId;

/**
 * What touchpoints and service interactions have in common: each happens at a journey step, through
 * a channel, between parties, on one side or the other of each party's line of visibility (ITIL 4:
 * Drive Stakeholder Value, §1.2.4, §1.2.5).
 */
public sealed interface JourneyElement permits Touchpoint, ServiceInteraction {

  /**
   * Returns the element's id, unique among the journey's touchpoints or among its interactions.
   *
   * @return a {@link TouchpointId} or a {@link ServiceInteractionId}
   */
  TypedId<?> id();

  /**
   * Returns the element's name.
   *
   * @return a name that is not blank
   */
  String name();

  /**
   * Returns the journey step the element belongs to.
   *
   * @return the step
   */
  CustomerJourneyStep step();

  /**
   * Returns the channel the element happens through.
   *
   * @return the channel
   */
  Channel channel();

  /**
   * Returns the parties involved.
   *
   * @return at least one party
   */
  Set<PartyId> parties();

  /**
   * Returns the involved parties for which the element happens behind their line of visibility:
   * they take part, but cannot see it happen.
   *
   * @return a subset of {@link #parties()}
   */
  Set<PartyId> hiddenFrom();

  /**
   * Returns the value-stream activities the element is part of.
   *
   * @return the activities' ids; may be empty
   */
  Set<ValueStreamActivityId> activities();

  /**
   * Tells whether a party sees the element: it is involved and the element is on its side of its
   * line of visibility.
   *
   * @param party the party
   * @return true if the party is involved and the element is not hidden from it
   * @throws NullPointerException if the party is null
   */
  default boolean isVisibleTo(PartyId party) {
    Objects.requireNonNull(party, "party");
    return parties().contains(party) && !hiddenFrom().contains(party);
  }
}
