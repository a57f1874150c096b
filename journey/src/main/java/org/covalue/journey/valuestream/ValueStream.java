package org.covalue.journey.valuestream;

import java.util.List;
import org.covalue.core.PartyId;
import org.covalue.core.Violations;
import org.covalue.journey.ValueStreamId;
import org.immutables.value.Value;

/**
 * The ordered activities through which an organization turns demand into the products and services
 * its consumers receive (ITIL 4: Drive Stakeholder Value, §1.2.4, Figure 1.4). Customer journeys
 * depend on the value streams of every party taking part; one value stream usually supports several
 * journeys; and since part of every value stream is hidden from the other parties, only its visible
 * activities show in a journey. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ValueStream {

  ValueStream() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id, unique among the value streams of a model.
   *
   * @return the id
   */
  public abstract ValueStreamId id();

  /**
   * Returns the value stream's name.
   *
   * @return a name that is not blank
   */
  public abstract String name();

  /**
   * Returns the organization whose value stream it is.
   *
   * @return its id
   */
  public abstract PartyId owner();

  /**
   * Returns the activities, in their order.
   *
   * @return at least one activity
   */
  public abstract List<ValueStreamActivity> activities();

  /**
   * Returns a copy with another name.
   *
   * @param name the new value
   * @return the copy
   */
  public abstract ValueStream withName(String name);

  /**
   * Returns a copy with another owner.
   *
   * @param owner the new value
   * @return the copy
   */
  public abstract ValueStream withOwner(PartyId owner);

  /**
   * Returns a copy with other activities.
   *
   * @param activities the new value
   * @return the copy
   */
  public abstract ValueStream withActivities(Iterable<? extends ValueStreamActivity> activities);

  @Value.Check
  void check() {
    Violations.collect()
        .checkName(name(), "name", "Value stream name")
        .check(
            !activities().isEmpty(),
            "activities",
            "Value stream " + id() + " needs at least one activity",
            null)
        .checkUnique(
            "activities", activities(), ValueStreamActivity::id, "Value stream activity id")
        .throwIfAny();
  }

  /**
   * Builds {@link ValueStream}s; id, name, owner and one activity are required.
   *
   * <p>Set each attribute with the method of its name, such as {@code name(..)}; an optional
   * attribute may be left unset. Add to a list, set or map attribute with {@code addX(..)}, {@code
   * addAllX(..)} or {@code putX(..)}, or replace it whole with the method of its name. {@code
   * from(value)} copies every attribute of an existing value, to change some of them. {@code
   * build()} checks the value and returns it, or throws an {@link
   * org.covalue.core.InvalidModelException} naming every attribute that is missing or breaks a
   * rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableValueStream.Builder {
    Builder() {}
  }
}
