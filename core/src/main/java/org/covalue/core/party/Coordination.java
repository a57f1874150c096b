package org.covalue.core.party;

import java.util.Set;
import org.covalue.core.PartyId;
import org.covalue.core.Violations;
import org.immutables.value.Value;

/**
 * Records how parties that hold consumer roles for one consumer organization coordinate with each
 * other, such as a monthly review between the sponsor, the customer and a team of users (ITIL 4:
 * Drive Stakeholder Value, §1.2.2, Figure 1.2): where the customer, user and sponsor roles are held
 * by different persons or teams, communication and coordination between them are critical. {@code
 * org.covalue.core.analysis.ConsumerRoleCoordination} reports holders that no coordination
 * connects.
 *
 * <pre>{@code
 * Coordination review = Coordination.builder()
 *     .consumerOrganization(PartyId.of("acme"))
 *     .addParties(PartyId.of("cfo"), PartyId.of("warehouse-team"))
 *     .means("Monthly service review")
 *     .build();
 * }</pre>
 *
 * <p>A coordination involves at least two parties. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Coordination {

  Coordination() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the consumer organization for which the parties hold their roles.
   *
   * @return the organization's id
   */
  public abstract PartyId consumerOrganization();

  /**
   * Returns the parties that coordinate: persons, teams or organizations.
   *
   * @return at least two parties' ids
   */
  public abstract Set<PartyId> parties();

  /**
   * Returns how the parties coordinate, such as "Monthly service review".
   *
   * @return a text that is not blank
   */
  public abstract String means();

  /**
   * Returns a copy with other parties.
   *
   * @param parties the new value
   * @return the copy
   */
  public abstract Coordination withParties(Iterable<? extends PartyId> parties);

  /**
   * Returns a copy with another means.
   *
   * @param means the new value
   * @return the copy
   */
  public abstract Coordination withMeans(String means);

  @Value.Check
  void check() {
    Violations.collect()
        .checkText(means(), "means", "Coordination means")
        .check(
            parties().size() >= 2,
            "parties",
            "A coordination involves at least two parties, but the one for "
                + consumerOrganization()
                + " has "
                + parties().size(),
            null)
        .throwIfAny();
  }

  /**
   * Builds {@link Coordination}s; the consumer organization, two parties and the means are
   * required.
   *
   * <p>Set each attribute with the method of its name, such as {@code means(..)}. Add to the set of
   * parties with {@code addParty(..)} or {@code addParties(..)}, or replace it whole with {@code
   * parties(..)}. {@code from(value)} copies every attribute of an existing value, to change some
   * of them. {@code build()} checks the value and returns it, or throws an {@link
   * org.covalue.core.InvalidModelException} naming every attribute that is missing or breaks a
   * rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableCoordination.Builder {
    Builder() {}
  }
}
