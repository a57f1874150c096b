package org.covalue.value.cost;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.covalue.core.ServiceId;
import org.covalue.core.StakeholderId;
import org.covalue.core.Violations;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.value.CostId;
import org.covalue.value.Money;
import org.immutables.value.Value;

/**
 * What one stakeholder puts into a service, on the provision or the consumption side (ITIL 4: Drive
 * Stakeholder Value, §1.2.6): money, time, other resources, or any mix of them. A service's total
 * cost is the sum of such costs over every stakeholder and both sides, never money alone; a
 * relationship shares costs between the parties, and consumers often enter one to be relieved of
 * some.
 *
 * <pre>{@code
 * Cost waiting = Cost.builder()
 *     .id(CostId.of("user-time"))
 *     .name("Time lost while the scanner is down")
 *     .service(ServiceId.of("incident-resolution"))
 *     .bearer(StakeholderId.of("warehouse-user"))
 *     .side(CostSide.CONSUMPTION)
 *     .time(Duration.ofHours(2))
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Cost {

  Cost() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id, unique among the costs of a model.
   *
   * @return the id
   */
  public abstract CostId id();

  /**
   * Returns the cost's name.
   *
   * @return a name that is not blank
   */
  public abstract String name();

  /**
   * Returns the service the cost is incurred for.
   *
   * @return the service's id
   */
  public abstract ServiceId service();

  /**
   * Returns the stakeholder who bears the cost.
   *
   * @return the stakeholder's id
   */
  public abstract StakeholderId bearer();

  /**
   * Returns the side of the relationship the cost arises on.
   *
   * @return provision or consumption
   */
  public abstract CostSide side();

  /**
   * Returns the money spent.
   *
   * @return an amount that is not negative, or empty
   */
  public abstract Optional<Money> money();

  /**
   * Returns the time spent.
   *
   * @return a duration that is not negative, or empty
   */
  public abstract Optional<Duration> time();

  /**
   * Returns the other resources used.
   *
   * @return the resource uses, in the order given
   */
  public abstract List<ResourceUse> resources();

  /**
   * Returns the journey step at which the cost arises, when known.
   *
   * @return the step, or empty
   */
  public abstract Optional<CustomerJourneyStep> step();

  /**
   * Returns a copy with another id.
   *
   * @param id the new value
   * @return the copy
   */
  public abstract Cost withId(CostId id);

  /**
   * Returns a copy borne by another stakeholder.
   *
   * @param bearer the new value
   * @return the copy
   */
  public abstract Cost withBearer(StakeholderId bearer);

  /**
   * Returns a copy for another service.
   *
   * @param service the new value
   * @return the copy
   */
  public abstract Cost withService(ServiceId service);

  /**
   * Returns a copy with another amount of money.
   *
   * @param money the new value
   * @return the copy
   */
  public abstract Cost withMoney(Money money);

  /**
   * Returns a copy with another time.
   *
   * @param time the new value
   * @return the copy
   */
  public abstract Cost withTime(Duration time);

  /**
   * Returns a copy with other resource uses.
   *
   * @param resources the new value
   * @return the copy
   */
  public abstract Cost withResources(Iterable<? extends ResourceUse> resources);

  @Value.Check
  void check() {
    Violations found = Violations.collect().checkName(name(), "name", "Cost name");
    found.check(
        money().isPresent() || time().isPresent() || !resources().isEmpty(),
        "money",
        "Cost " + id() + " must spend money, time or other resources",
        null);
    money()
        .ifPresent(
            money ->
                found.check(
                    !money.isNegative(),
                    "money",
                    "Cost money must not be negative, but was " + money,
                    money));
    time()
        .ifPresent(
            time ->
                found.check(
                    !time.isNegative(),
                    "time",
                    "Cost time must not be negative, but was " + time,
                    time));
    found.throwIfAny();
  }

  /**
   * Builds {@link Cost}s; id, name, service, bearer, side and at least one of money, time and
   * resources are required.
   *
   * <p>Set each attribute with the method of its name; an optional attribute may be left unset. Add
   * to the list of resources with {@code addResource(..)} or {@code addAllResources(..)}, or
   * replace it whole with {@code resources(..)}. {@code from(value)} copies every attribute of an
   * existing value. {@code build()} checks the value and returns it, or throws an {@link
   * org.covalue.core.InvalidModelException} naming every attribute that is missing or breaks a
   * rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableCost.Builder {
    Builder() {}
  }
}
