package org.covalue.testkit.internal;

import java.util.List;
import java.util.function.Function;
import org.covalue.core.Finding;
import org.covalue.core.PartyId;
import org.covalue.core.ResourceId;
import org.covalue.core.Rule;
import org.covalue.core.offering.Goods;
import org.covalue.core.offering.ResourceAccess;
import org.covalue.core.offering.ServiceAction;
import org.covalue.core.offering.ServiceActionPerformer;
import org.covalue.core.party.Party;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.Touchpoint;
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

  /** Returns null for the part whose position is {@code which}, the value otherwise. */
  private static <T> @Nullable T unless(int which, int position, T value) {
    return which == position ? null : value;
  }

  /**
   * Makes a value of three parts with the part at position {@code which} (0 to 2) null.
   *
   * @param <A> the type of the first part
   * @param <B> the type of the second part
   * @param <C> the type of the third part
   * @param <R> the type of the value
   */
  @SuppressWarnings("NullAway") // deliberately passes null to show that the factory rejects it
  static <A, B, C, R> R withNull(int which, A a, B b, C c, Of3<A, B, C, R> factory) {
    return factory.of(unless(which, 0, a), unless(which, 1, b), unless(which, 2, c));
  }

  /** A factory of a value from three parts, such as {@code RoleAssignment::of}. */
  interface Of3<A, B, C, R> {
    R of(A a, B b, C c);
  }

  @SuppressWarnings("NullAway") // deliberately passes null to show that the builder rejects it
  static Stakeholder stakeholderNamedNull(Stakeholder valid) {
    return Stakeholder.builder().from(valid).name(NO_TEXT).build();
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

  @SuppressWarnings("NullAway") // deliberately passes null to show that the factory rejects it
  static Rule ruleMissing(int which, Rule valid) {
    return Rule.of(
        unless(which, 0, valid.id()),
        unless(which, 1, valid.defaultSeverity()),
        unless(which, 2, valid.reference()),
        unless(which, 3, valid.description()));
  }

  @SuppressWarnings("NullAway") // deliberately passes null to show that the builder rejects it
  static Finding findingWithNullMessage(Rule rule) {
    return Finding.builder(rule).message(NO_TEXT).build();
  }

  @SuppressWarnings("NullAway") // deliberately passes null to show that the builder rejects it
  static Finding findingWithNull(Rule rule, String message, boolean severity, int elements) {
    Finding.Builder finding = Finding.builder(rule).message(message);
    for (int i = 0; i < elements; i++) {
      finding.addElement(PartyId.of("p" + i));
    }
    if (severity) {
      finding.severity(null);
    } else {
      finding.addElement(null);
    }
    return finding.build();
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
  static ObservedJourney observedWithNullCaseId(List<JourneyEvent> events) {
    return ObservedJourney.of(null, events);
  }
}
