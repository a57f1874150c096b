package org.covalue.value.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.covalue.value.Money;
import org.covalue.value.cost.Cost;
import org.covalue.value.cost.CostSide;
import org.covalue.value.cost.ResourceUse;
import org.jspecify.annotations.Nullable;

/**
 * The total cost of a set of costs, such as all the costs of a service (ITIL 4: Drive Stakeholder
 * Value, §1.2.6): the money, time and other resources spent, on the provision side and on the
 * consumption side, kept apart, since a service's cost is never money alone. Money is summed per
 * currency; covalue never converts.
 *
 * <pre>{@code
 * TotalCost total = TotalCost.of(model.costs());
 * total.money(CostSide.CONSUMPTION);   // [120 EUR]
 * total.time(CostSide.CONSUMPTION);    // PT3H
 * }</pre>
 *
 * <p>The sums are exact and do not depend on the order of the costs. Instances are immutable and
 * thread-safe.
 */
public final class TotalCost {

  private final Map<CostSide, List<Money>> money;
  private final Map<CostSide, Duration> time;
  private final Map<CostSide, List<ResourceUse>> resources;
  private final int costs;

  private TotalCost(
      Map<CostSide, List<Money>> money,
      Map<CostSide, Duration> time,
      Map<CostSide, List<ResourceUse>> resources,
      int costs) {
    this.money = money;
    this.time = time;
    this.resources = resources;
    this.costs = costs;
  }

  /**
   * Adds up costs.
   *
   * @param costs the costs
   * @return their total
   * @throws NullPointerException if the collection or one of its costs is null
   */
  public static TotalCost of(Collection<Cost> costs) {
    Objects.requireNonNull(costs, "costs");
    Map<CostSide, Map<String, Money>> money = new EnumMap<>(CostSide.class);
    Map<CostSide, Duration> time = new EnumMap<>(CostSide.class);
    Map<CostSide, List<ResourceUse>> resources = new EnumMap<>(CostSide.class);
    for (CostSide side : CostSide.values()) {
      time.put(side, Duration.ZERO);
    }
    int count = 0;
    for (Cost cost : costs) {
      Objects.requireNonNull(cost, "costs element");
      CostSide side = cost.side();
      Map<String, Money> sums = money.computeIfAbsent(side, s -> new TreeMap<>());
      cost.money().ifPresent(m -> sums.merge(m.currency(), m, Money::plus));
      cost.time().ifPresent(t -> time.merge(side, t, Duration::plus));
      resources.computeIfAbsent(side, s -> new ArrayList<>()).addAll(cost.resources());
      count++;
    }
    Map<CostSide, List<Money>> sums = new EnumMap<>(CostSide.class);
    Map<CostSide, List<ResourceUse>> uses = new EnumMap<>(CostSide.class);
    for (CostSide side : CostSide.values()) {
      sums.put(side, List.copyOf(money.getOrDefault(side, Map.of()).values()));
      uses.put(side, List.copyOf(resources.getOrDefault(side, List.of())));
    }
    return new TotalCost(
        Collections.unmodifiableMap(sums),
        Collections.unmodifiableMap(time),
        Collections.unmodifiableMap(uses),
        count);
  }

  /**
   * Returns the money spent on one side, per currency.
   *
   * @param side the side
   * @return one sum per currency, by currency code; empty when no money was spent
   * @throws NullPointerException if the side is null
   */
  public List<Money> money(CostSide side) {
    return Objects.requireNonNull(money.get(Objects.requireNonNull(side, "side")));
  }

  /**
   * Returns the money spent on both sides, per currency.
   *
   * @return one sum per currency, by currency code
   */
  public List<Money> money() {
    Map<String, Money> sums = new TreeMap<>();
    for (List<Money> amounts : money.values()) {
      amounts.forEach(m -> sums.merge(m.currency(), m, Money::plus));
    }
    return List.copyOf(sums.values());
  }

  /**
   * Returns the time spent on one side.
   *
   * @param side the side
   * @return the sum of the costs' times; zero when none was spent
   * @throws NullPointerException if the side is null
   */
  public Duration time(CostSide side) {
    return Objects.requireNonNull(time.get(Objects.requireNonNull(side, "side")));
  }

  /**
   * Returns the time spent on both sides.
   *
   * @return the sum of the costs' times
   */
  public Duration time() {
    return time(CostSide.PROVISION).plus(time(CostSide.CONSUMPTION));
  }

  /**
   * Returns the other resources used on one side.
   *
   * @param side the side
   * @return the resource uses, in the order of the costs
   * @throws NullPointerException if the side is null
   */
  public List<ResourceUse> resources(CostSide side) {
    return Objects.requireNonNull(resources.get(Objects.requireNonNull(side, "side")));
  }

  /**
   * Returns how many costs were added up.
   *
   * @return the number of costs
   */
  public int costs() {
    return costs;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TotalCost that
        && money.equals(that.money)
        && time.equals(that.time)
        && resources.equals(that.resources)
        && costs == that.costs;
  }

  @Override
  public int hashCode() {
    return Objects.hash(money, time, resources, costs);
  }

  /** Returns the money and time of each side and the number of resource uses. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("TotalCost{costs=").append(costs);
    for (CostSide side : CostSide.values()) {
      text.append(", ")
          .append(side.name().toLowerCase(Locale.ROOT))
          .append("={money=")
          .append(money(side))
          .append(", time=")
          .append(time(side))
          .append(", resources=")
          .append(resources(side).size())
          .append('}');
    }
    return text.append('}').toString();
  }
}
