package org.covalue.testkit.internal;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.covalue.core.PartyId;
import org.covalue.core.Rating;
import org.covalue.core.ResourceId;
import org.covalue.core.analysis.Finding;
import org.covalue.core.offering.Goods;
import org.covalue.core.offering.ResourceAccess;
import org.covalue.core.offering.ServiceAction;
import org.covalue.core.offering.ServiceActionPerformer;
import org.covalue.core.party.ConsumerRole;
import org.covalue.core.party.Party;
import org.covalue.core.party.RoleAssignment;
import org.covalue.core.stakeholder.SalienceAttributes;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.observed.JourneyEvent;
import org.covalue.journey.observed.ObservedJourney;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.jspecify.annotations.Nullable;

/**
 * The attempts that pass {@code null} where covalue requires a value, to show that it is rejected
 * with covalue's exception and the attribute's name. They are the only code in the testkit that
 * passes null on purpose, so NullAway is silenced here and nowhere else.
 */
final class Nulls {

  private static final @Nullable String NO_TEXT = null;

  private Nulls() {}

  @SuppressWarnings("NullAway") // deliberately passes null to show that the builder rejects it
  static Stakeholder stakeholderNamedNull(Stakeholder valid) {
    return Stakeholder.builder().from(valid).name(NO_TEXT).build();
  }

  @SuppressWarnings("NullAway") // deliberately passes null to show that the factory rejects it
  static SalienceAttributes salienceMissing(int which, Rating rating) {
    @Nullable Rating none = null;
    return SalienceAttributes.of(
        which == 0 ? none : rating, which == 1 ? none : rating, which == 2 ? none : rating);
  }

  @SuppressWarnings("NullAway") // deliberately passes null to show that the factory rejects it
  static <T> T idOfNull(Function<String, T> factory) {
    return factory.apply(NO_TEXT);
  }

  @SuppressWarnings("NullAway") // deliberately passes null to show that the factory rejects it
  static Party organizationNamedNull(PartyId id) {
    return Party.organization(id, NO_TEXT);
  }

  @SuppressWarnings("NullAway") // deliberately passes null to show that the factory rejects it
  static RoleAssignment assignmentMissing(
      int which, PartyId party, ConsumerRole role, PartyId organization) {
    @Nullable PartyId noParty = null;
    @Nullable ConsumerRole noRole = null;
    return RoleAssignment.of(
        which == 0 ? noParty : party,
        which == 1 ? noRole : role,
        which == 2 ? noParty : organization);
  }

  @SuppressWarnings("NullAway") // deliberately passes null to show that the factory rejects it
  static Goods goodsNamedNull() {
    return Goods.of(NO_TEXT);
  }

  @SuppressWarnings("NullAway") // deliberately passes null to show that the factory rejects it
  static ResourceAccess accessNamedNull(ResourceId resource) {
    return ResourceAccess.of(NO_TEXT, resource);
  }

  @SuppressWarnings("NullAway") // deliberately passes null to show that the factory rejects it
  static ServiceAction actionNamedNull(ServiceActionPerformer performer) {
    return ServiceAction.of(NO_TEXT, performer);
  }

  @SuppressWarnings("NullAway") // deliberately passes null to show that the builder rejects it
  static Finding findingWithNullMessage(Finding valid) {
    return Finding.builder().from(valid).message(NO_TEXT).build();
  }

  @SuppressWarnings("NullAway") // deliberately passes null to show that the builder rejects it
  static Touchpoint touchpointNamedNull(Touchpoint valid) {
    return Touchpoint.builder().from(valid).name(NO_TEXT).build();
  }

  @SuppressWarnings("NullAway") // deliberately passes null to show that the builder rejects it
  static CustomerJourney journeyNamedNull(CustomerJourney valid) {
    return CustomerJourney.builder().from(valid).name(NO_TEXT).build();
  }

  @SuppressWarnings("NullAway") // deliberately passes null to show that the factory rejects it
  static ValueStreamActivity activityNamedNull(ValueStreamActivityId id, boolean visible) {
    return visible
        ? ValueStreamActivity.visible(id, NO_TEXT)
        : ValueStreamActivity.hidden(id, NO_TEXT);
  }

  @SuppressWarnings("NullAway") // deliberately passes null to show that the factory rejects it
  static JourneyEvent eventMissing(
      int which, TouchpointId touchpoint, CustomerJourneyStep step, Instant at) {
    @Nullable TouchpointId noTouchpoint = null;
    @Nullable CustomerJourneyStep noStep = null;
    @Nullable Instant noTime = null;
    return JourneyEvent.of(
        which == 0 ? noTouchpoint : touchpoint,
        which == 1 ? noStep : step,
        which == 2 ? noTime : at);
  }

  @SuppressWarnings("NullAway") // deliberately passes null to show that the factory rejects it
  static ObservedJourney observedWithNullCaseId(List<JourneyEvent> events) {
    return ObservedJourney.of(NO_TEXT, events);
  }
}
