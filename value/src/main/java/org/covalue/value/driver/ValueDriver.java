package org.covalue.value.driver;

import java.util.Optional;
import org.covalue.core.Score;
import org.covalue.core.Violations;
import org.covalue.value.ValueDriverId;
import org.immutables.value.Value;

/**
 * One element of a value-driver chain, in one layer of the framework (ITIL 4: Drive Stakeholder
 * Value, §1.2.7, Figure 1.11): a product, a practice, an offering, the availability of a service, a
 * consumer's order rate, a goal, a purpose. A driver may carry its measured performance as a score:
 * 0 is none, 1 is all that can be expected; measures (key performance indicators) may attach to any
 * layer. Drivers that nothing drives take their value from this measurement; the others get theirs
 * from the drivers below them.
 *
 * <pre>{@code
 * ValueDriver uptime = ValueDriver.builder()
 *     .id(ValueDriverId.of("uptime"))
 *     .name("Network availability")
 *     .layer(ValueDriverLayer.SERVICE_PERFORMANCE)
 *     .performance(Score.of(0.97))
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ValueDriver {

  ValueDriver() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a driver without a measurement.
   *
   * @param id the id
   * @param name the name
   * @param layer the layer
   * @return the driver
   * @throws org.covalue.core.InvalidModelException if an argument is null or the name is not
   *     readable
   */
  public static ValueDriver of(ValueDriverId id, String name, ValueDriverLayer layer) {
    return builder().id(id).name(name).layer(layer).build();
  }

  /**
   * Returns the id, unique within its chain.
   *
   * @return the id
   */
  public abstract ValueDriverId id();

  /**
   * Returns the driver's name.
   *
   * @return a name that is not blank
   */
  public abstract String name();

  /**
   * Returns the layer of the framework the driver is in.
   *
   * @return the layer
   */
  public abstract ValueDriverLayer layer();

  /**
   * Returns the driver's measured performance.
   *
   * @return a score, or empty when not measured
   */
  public abstract Optional<Score> performance();

  /**
   * Returns a copy with another id.
   *
   * @param id the new value
   * @return the copy
   */
  public abstract ValueDriver withId(ValueDriverId id);

  /**
   * Returns a copy in another layer.
   *
   * @param layer the new value
   * @return the copy
   */
  public abstract ValueDriver withLayer(ValueDriverLayer layer);

  /**
   * Returns a copy with another measured performance.
   *
   * @param performance the new value
   * @return the copy
   */
  public abstract ValueDriver withPerformance(Score performance);

  /**
   * Returns a copy with or without a measured performance.
   *
   * @param performance the new value, or empty
   * @return the copy
   */
  public abstract ValueDriver withPerformance(Optional<? extends Score> performance);

  @Value.Check
  void check() {
    Violations.collect().checkName(name(), "name", "Value driver name").throwIfAny();
  }

  /**
   * Builds {@link ValueDriver}s; id, name and layer are required.
   *
   * <p>Set each attribute with the method of its name; the performance may be left unset. {@code
   * from(value)} copies an existing value. {@code build()} checks the value and returns it, or
   * throws an {@link org.covalue.core.InvalidModelException} naming every attribute that is missing
   * or breaks a rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableValueDriver.Builder {
    Builder() {}
  }
}
