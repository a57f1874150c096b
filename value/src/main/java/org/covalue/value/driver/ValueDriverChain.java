package org.covalue.value.driver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.covalue.core.Violations;
import org.covalue.value.ValueDriverChainId;
import org.covalue.value.ValueDriverId;
import org.immutables.value.Value;

/**
 * A layered graph of value drivers that serves one consumer purpose (ITIL 4: Drive Stakeholder
 * Value, §1.2.7, Figure 1.11): the drivers of each layer, and the links by which each drives
 * drivers of the layer above, up to the one driver of the {@linkplain
 * ValueDriverLayer#CONSUMER_PURPOSE purpose} layer.
 *
 * <pre>{@code
 * ValueDriverChain chain = ValueDriverChain.builder()
 *     .id(ValueDriverChainId.of("shop-growth"))
 *     .name("Why the shop uses the mobile service")
 *     .addDrivers(network, uptime, orders, revenue, purpose)
 *     .addLinks(ValueDriverLink.of(network.id(), uptime.id()), ...)
 *     .build();
 * }</pre>
 *
 * <p>Building a chain checks that it holds itself together: driver ids are unique, links join
 * drivers of the chain, no link is given twice, and exactly one driver is in the purpose layer. How
 * well the chain is formed (a goal nothing drives, a driver that drives nothing, a link that skips
 * or reverses a layer) is not a reason to refuse it: {@code
 * org.covalue.value.analysis.ValueDriverAnalysis} reports those as findings. Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class ValueDriverChain {

  ValueDriverChain() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id, unique among the chains of a model.
   *
   * @return the id
   */
  public abstract ValueDriverChainId id();

  /**
   * Returns the chain's name.
   *
   * @return a name that is not blank
   */
  public abstract String name();

  /**
   * Returns the drivers.
   *
   * @return the drivers, in the order given; exactly one is in the purpose layer
   */
  public abstract List<ValueDriver> drivers();

  /**
   * Returns the links.
   *
   * @return the links, in the order given; each joins two drivers of the chain
   */
  public abstract List<ValueDriverLink> links();

  /**
   * Returns the driver of the purpose layer.
   *
   * @return the purpose
   */
  @Value.Lazy
  public ValueDriver purpose() {
    for (ValueDriver driver : drivers()) {
      if (driver.layer() == ValueDriverLayer.CONSUMER_PURPOSE) {
        return driver;
      }
    }
    throw new IllegalStateException("A checked chain has a purpose");
  }

  /**
   * Returns a driver of the chain.
   *
   * @param id the driver's id
   * @return the driver, or empty if the chain has none with that id
   * @throws NullPointerException if the id is null
   */
  public Optional<ValueDriver> driver(ValueDriverId id) {
    return Optional.ofNullable(index().get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns the drivers of a layer.
   *
   * @param layer the layer
   * @return the drivers, in the order given
   * @throws NullPointerException if the layer is null
   */
  public List<ValueDriver> driversIn(ValueDriverLayer layer) {
    Objects.requireNonNull(layer, "layer");
    List<ValueDriver> found = new ArrayList<>();
    for (ValueDriver driver : drivers()) {
      if (driver.layer() == layer) {
        found.add(driver);
      }
    }
    return Collections.unmodifiableList(found);
  }

  @Value.Lazy
  Map<ValueDriverId, ValueDriver> index() {
    Map<ValueDriverId, ValueDriver> index = new HashMap<>();
    for (ValueDriver driver : drivers()) {
      index.putIfAbsent(driver.id(), driver);
    }
    return index;
  }

  /**
   * Returns a copy with another id.
   *
   * @param id the new value
   * @return the copy
   */
  public abstract ValueDriverChain withId(ValueDriverChainId id);

  /**
   * Returns a copy with other drivers.
   *
   * @param drivers the new value
   * @return the copy
   */
  public abstract ValueDriverChain withDrivers(Iterable<? extends ValueDriver> drivers);

  /**
   * Returns a copy with other links.
   *
   * @param links the new value
   * @return the copy
   */
  public abstract ValueDriverChain withLinks(Iterable<? extends ValueDriverLink> links);

  @Value.Check
  void check() {
    Violations found = Violations.collect().checkName(name(), "name", "Value driver chain name");
    List<ValueDriver> drivers = drivers();
    found.checkUnique("drivers", drivers, ValueDriver::id, "Value driver id");
    Set<ValueDriverId> ids = new HashSet<>();
    int purposes = 0;
    for (ValueDriver driver : drivers) {
      ids.add(driver.id());
      if (driver.layer() == ValueDriverLayer.CONSUMER_PURPOSE) {
        purposes++;
      }
    }
    found.check(
        purposes == 1,
        "drivers",
        "Value driver chain "
            + id()
            + " must have exactly one driver in the purpose layer, but has "
            + purposes,
        null);
    List<ValueDriverLink> links = links();
    Set<Ends> pairs = new HashSet<>();
    for (int i = 0; i < links.size(); i++) {
      ValueDriverLink link = links.get(i);
      String path = "links[" + i + "]";
      if (!ids.contains(link.driver())) {
        found.add(
            path + ".driver",
            "Link " + link + " starts at value driver " + link.driver() + ", not in the chain",
            link.driver());
      }
      if (!ids.contains(link.driven())) {
        found.add(
            path + ".driven",
            "Link " + link + " ends at value driver " + link.driven() + ", not in the chain",
            link.driven());
      }
      if (!pairs.add(new Ends(link.driver(), link.driven()))) {
        found.add(
            path,
            "Value driver " + link.driver() + " is linked to " + link.driven() + " twice",
            link.driven());
      }
    }
    found.throwIfAny();
  }

  /**
   * A link's two ends. Its hash mixes the driver's before adding the driven's: the ids of linked
   * drivers are often alike ("d1-17" to "d2-17"), and {@code List.of(a, b)}'s hash, 31 times a's
   * plus b's, then keeps its low bits for whole runs of links, which piles them into a few buckets
   * of a hash set (at a million links, bins of twenty).
   */
  private record Ends(ValueDriverId driver, ValueDriverId driven) {
    @Override
    public int hashCode() {
      return Integer.rotateLeft(driver.hashCode() * 0x9E3779B9, 16) ^ driven.hashCode();
    }
  }

  /** Returns the id and the number of drivers and links. */
  @Override
  public String toString() {
    return "ValueDriverChain{id="
        + id()
        + ", drivers="
        + drivers().size()
        + ", links="
        + links().size()
        + "}";
  }

  /**
   * Builds {@link ValueDriverChain}s; id, name and a purpose driver are required.
   *
   * <p>Add to the lists with {@code addDriver(..)} and {@code addLink(..)} (or their {@code addAll}
   * forms), or replace them whole with the method of their name. {@code from(value)} copies an
   * existing value. {@code build()} checks the value and returns it, or throws an {@link
   * org.covalue.core.InvalidModelException} naming every attribute that is missing or breaks a
   * rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableValueDriverChain.Builder {
    Builder() {}
  }
}
