package org.covalue.core.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.covalue.core.Finding;
import org.covalue.core.HasFindings;
import org.covalue.core.ItilReference;
import org.covalue.core.PartyId;
import org.covalue.core.Rule;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.Severity;
import org.covalue.core.model.CoreModel;
import org.covalue.core.party.Party;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.immutables.value.Value;

/**
 * The service relationships of each organization read against the type its strategy prefers (ITIL
 * 4: Drive Stakeholder Value, §1.2.3, Table 1.2: an organization may prefer one type of
 * relationship, depending on its strategy). Every relationship of another type that a party with a
 * {@linkplain Party#preferredRelationshipType() declared preference} takes part in, as provider or
 * as consumer, is a {@link Departure} and a finding of {@link #OTHER_TYPE}. The chapter says an
 * organization <em>may</em> prefer a type, so a departure is information, not a warning: it shows
 * where relationships and strategy differ, which may be deliberate.
 *
 * <pre>{@code
 * RelationshipStrategyAnalysis strategy = RelationshipStrategyAnalysis.of(model);
 * strategy.departures();   // relationships of another type than their party prefers
 * }</pre>
 *
 * <p>The analysis takes time linear in the numbers of parties and relationships, and works on any
 * model, valid or not (a party listed twice is analysed twice). Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class RelationshipStrategyAnalysis implements HasFindings {

  /** A relationship of another type than the one a party's strategy prefers. */
  public static final Rule OTHER_TYPE =
      Rule.of(
          "relationship-strategy.other-type",
          Severity.INFO,
          ItilReference.section("1.2.3").table("1.2"),
          "An organization takes part in a relationship of another type than the one its strategy"
              + " prefers");

  RelationshipStrategyAnalysis() {}

  /**
   * Analyses the relationships of every party of the model that declares a preferred type.
   *
   * @param model the model
   * @return the departures, with a finding for each
   * @throws NullPointerException if the model is null
   */
  public static RelationshipStrategyAnalysis of(CoreModel model) {
    Objects.requireNonNull(model, "model");
    List<Departure> departures = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    Map<PartyId, List<ServiceRelationship>> byParty = new HashMap<>();
    for (ServiceRelationship relationship : model.relationships()) {
      byParty.computeIfAbsent(relationship.provider(), p -> new ArrayList<>()).add(relationship);
      byParty.computeIfAbsent(relationship.consumer(), p -> new ArrayList<>()).add(relationship);
    }
    for (Party party : model.parties()) {
      Optional<ServiceRelationshipType> preference = party.preferredRelationshipType();
      if (preference.isEmpty()) {
        continue;
      }
      ServiceRelationshipType preferred = preference.get();
      List<ServiceRelationship> own = byParty.getOrDefault(party.id(), List.of());
      int ofPreferredType = 0;
      for (ServiceRelationship relationship : own) {
        if (relationship.type() == preferred) {
          ofPreferredType++;
        }
      }
      int ofOtherTypes = own.size() - ofPreferredType;
      for (ServiceRelationship relationship : own) {
        if (relationship.type() != preferred) {
          Departure departure = Departure.of(party.id(), relationship, preferred);
          departures.add(departure);
          findings.add(finding(departure, ofPreferredType, ofOtherTypes));
        }
      }
    }
    return ImmutableRelationshipStrategyAnalysis.builder()
        .departures(departures)
        .findings(findings)
        .build();
  }

  private static Finding finding(Departure departure, int ofPreferredType, int ofOtherTypes) {
    PartyId party = departure.party();
    ServiceRelationshipId relationship = departure.relationship();
    ServiceRelationshipType preferred = departure.preferred();
    ServiceRelationshipType actual = departure.actual();
    boolean asProvider = departure.isProvider();
    return Finding.builder(OTHER_TYPE)
        .message(
            () ->
                party
                    + " prefers "
                    + label(preferred)
                    + " relationships, but "
                    + (asProvider ? "provides in " : "consumes in ")
                    + relationship
                    + ", a "
                    + label(actual)
                    + " one ("
                    + ofOtherTypes
                    + " of its "
                    + (ofPreferredType + ofOtherTypes)
                    + " relationships are of another type)")
        .addElement(party)
        .addElement(relationship)
        .addElement(departure.otherParty())
        .putData("preferred", preferred)
        .putData("actual", actual)
        .putData("role", asProvider ? "provider" : "consumer")
        .putEvidence("closenessGap", closenessGap(preferred, actual))
        .putEvidence("relationshipsOfPreferredType", ofPreferredType)
        .putEvidence("relationshipsOfOtherTypes", ofOtherTypes)
        .build();
  }

  /**
   * Counts the steps from one type to another on Table 1.2's scale of closeness, which is the
   * types' declared order: positive when {@code to} is closer, negative when it is looser.
   */
  private static int closenessGap(ServiceRelationshipType from, ServiceRelationshipType to) {
    int gap = 0;
    for (ServiceRelationshipType type : ServiceRelationshipType.values()) {
      if (type.compareTo(from) > 0 && type.compareTo(to) <= 0) {
        gap++;
      } else if (type.compareTo(to) > 0 && type.compareTo(from) <= 0) {
        gap--;
      }
    }
    return gap;
  }

  private static String label(ServiceRelationshipType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the relationships of another type than their party prefers, one per party and
   * relationship.
   *
   * @return the departures: by party in the model's order, then by relationship in the model's
   *     order
   */
  public abstract List<Departure> departures();

  /**
   * Returns a finding of {@link #OTHER_TYPE} per departure, naming the party, the relationship and
   * the other party, with the data {@code preferred} and {@code actual} (the types, such as {@code
   * partnership}) and {@code role} ({@code provider} or {@code consumer}: the party's role in the
   * relationship), and the evidence {@code closenessGap} (how many steps the actual type is closer
   * than the preferred one; negative when it is looser), {@code relationshipsOfPreferredType} and
   * {@code relationshipsOfOtherTypes} (the party's relationships of each kind).
   *
   * @return the findings, in the order of {@link #departures()}
   */
  @Override
  public abstract List<Finding> findings();

  /** Returns the number of departures. */
  @Override
  public String toString() {
    return "RelationshipStrategyAnalysis{departures=" + departures().size() + "}";
  }

  /**
   * A relationship of another type than one of its parties prefers. Instances are immutable and
   * thread-safe.
   */
  @Value.Immutable
  public abstract static class Departure {

    Departure() {}

    static Departure of(
        PartyId party, ServiceRelationship relationship, ServiceRelationshipType preferred) {
      boolean provider = relationship.provider().equals(party);
      return ImmutableDeparture.of(
          party,
          relationship.id(),
          provider ? relationship.consumer() : relationship.provider(),
          provider,
          preferred,
          relationship.type());
    }

    /**
     * Returns the party whose preference the relationship departs from.
     *
     * @return its id
     */
    @Value.Parameter
    public abstract PartyId party();

    /**
     * Returns the relationship.
     *
     * @return its id
     */
    @Value.Parameter
    public abstract ServiceRelationshipId relationship();

    /**
     * Returns the other party of the relationship.
     *
     * @return its id
     */
    @Value.Parameter
    public abstract PartyId otherParty();

    /**
     * Tells whether the party is the relationship's provider.
     *
     * @return true if it provides, false if it consumes
     */
    @Value.Parameter
    public abstract boolean isProvider();

    /**
     * Returns the type the party prefers.
     *
     * @return the preferred type
     */
    @Value.Parameter
    public abstract ServiceRelationshipType preferred();

    /**
     * Returns the relationship's type.
     *
     * @return a type other than {@link #preferred()}
     */
    @Value.Parameter
    public abstract ServiceRelationshipType actual();
  }
}
