package org.covalue.journey;

import java.util.Objects;
import java.util.Set;
import org.covalue.core.PartyId;
import org.covalue.core.TypedId;

/**
 * What touchpoints and service interactions have in common: each happens at a journey step, through
 * a channel, between parties, inside the band of visibility, where the parties involved see it
 * (ITIL 4: Drive Stakeholder Value, §1.2.4, §1.2.5). What a party cannot see lies behind its line
 * of visibility: the other party's value-stream activities that the element uses, and parts of its
 * products and resources; the visibility module places those.
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
   * Returns the value-stream activities the element is part of.
   *
   * @return the activities' ids; may be empty
   */
  Set<ValueStreamActivityId> activities();

  /**
   * Tells whether a party sees the element: touchpoints and interactions lie in the band of
   * visibility, so every party they involve sees them, and no other party does.
   *
   * @param party the party
   * @return true if the party is involved
   * @throws NullPointerException if the party is null
   */
  default boolean isVisibleTo(PartyId party) {
    Objects.requireNonNull(party, "party");
    return parties().contains(party);
  }
}
