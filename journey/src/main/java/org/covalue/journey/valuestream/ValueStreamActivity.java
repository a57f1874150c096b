package org.covalue.journey.valuestream;

import org.covalue.core.Violations;
import org.covalue.journey.ValueStreamActivityId;
import org.immutables.value.Value;

/**
 * One activity of a value stream, visible to the other parties of a journey or hidden from them
 * (ITIL 4: Drive Stakeholder Value, §1.2.4, Figure 1.4): only visible activities may be part of a
 * customer journey. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ValueStreamActivity {

  ValueStreamActivity() {}

  /**
   * Returns an activity the other parties can see.
   *
   * @param id the id
   * @param name the name
   * @return the activity
   */
  public static ValueStreamActivity visible(ValueStreamActivityId id, String name) {
    return ImmutableValueStreamActivity.of(id, name, true);
  }

  /**
   * Returns an activity hidden from the other parties.
   *
   * @param id the id
   * @param name the name
   * @return the activity
   */
  public static ValueStreamActivity hidden(ValueStreamActivityId id, String name) {
    return ImmutableValueStreamActivity.of(id, name, false);
  }

  /**
   * Returns the id, unique among the activities of all value streams of a model.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract ValueStreamActivityId id();

  /**
   * Returns the activity's name.
   *
   * @return a name that is not blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Tells whether the other parties of a journey can see the activity.
   *
   * @return true if visible, false if behind the owner's line of visibility
   */
  @Value.Parameter
  public abstract boolean isVisibleToOtherParties();

  @Value.Check
  void check() {
    Violations.collect().checkName(name(), "name", "Value stream activity name").throwIfAny();
  }
}
