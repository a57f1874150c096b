package org.covalue.core.offering;

import java.time.LocalDate;
import java.util.Set;
import org.covalue.core.PartyId;
import org.covalue.core.Violations;
import org.immutables.value.Value;

/**
 * The scope of a service as its parties agreed it: what the service is for and where it ends, who
 * agreed it, and when (ITIL 4: Drive Stakeholder Value, §1.2.7: a service must be scoped and
 * defined so that all parties understand and agree its purpose and boundaries; the agree step of
 * Table 1.1 is where this usually happens).
 *
 * <pre>{@code
 * ServiceAgreement agreed = ServiceAgreement.builder()
 *     .scope("Incidents with the warehouse scanners, on working days from 6:00 to 22:00")
 *     .agreedOn(LocalDate.of(2026, 1, 15))
 *     .addParties(PartyId.of("it-services"), PartyId.of("acme"))
 *     .build();
 * }</pre>
 *
 * <p>Whether every provider and consumer of the service is among the parties is checked by {@code
 * org.covalue.core.analysis.ServiceAnalysis}, not here, so that an agreement in progress can be
 * recorded. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ServiceAgreement {

  ServiceAgreement() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the agreed scope: the service's purpose and boundaries.
   *
   * @return a text that is not blank
   */
  public abstract String scope();

  /**
   * Returns the day the parties agreed the scope.
   *
   * @return the date
   */
  public abstract LocalDate agreedOn();

  /**
   * Returns the parties that agreed the scope.
   *
   * @return at least one party's id
   */
  public abstract Set<PartyId> parties();

  /**
   * Returns a copy with another scope.
   *
   * @param scope the new value
   * @return the copy
   */
  public abstract ServiceAgreement withScope(String scope);

  /**
   * Returns a copy agreed on another day.
   *
   * @param agreedOn the new value
   * @return the copy
   */
  public abstract ServiceAgreement withAgreedOn(LocalDate agreedOn);

  /**
   * Returns a copy agreed by other parties.
   *
   * @param parties the new value
   * @return the copy
   */
  public abstract ServiceAgreement withParties(Iterable<? extends PartyId> parties);

  @Value.Check
  void check() {
    Violations.collect()
        .checkText(scope(), "scope", "Service agreement scope")
        .check(
            !parties().isEmpty(),
            "parties",
            "A service agreement names at least one party that agreed it",
            null)
        .throwIfAny();
  }

  /**
   * Builds {@link ServiceAgreement}s; scope, date and one party are required.
   *
   * <p>Set each attribute with the method of its name, such as {@code scope(..)}. Add to the set of
   * parties with {@code addParty(..)} or {@code addParties(..)}, or replace it whole with {@code
   * parties(..)}. {@code from(value)} copies every attribute of an existing value, to change some
   * of them. {@code build()} checks the value and returns it, or throws an {@link
   * org.covalue.core.InvalidModelException} naming every attribute that is missing or breaks a
   * rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableServiceAgreement.Builder {
    Builder() {}
  }
}
