package org.covalue.journey.log;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Violations;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.TouchpointId;
import org.jspecify.annotations.Nullable;

/**
 * Where the activities an event log records sit in the customer journey: the journey step of each
 * activity (ITIL 4: Drive Stakeholder Value, Table 1.1) and, where known, its touchpoint (§1.2.4).
 * Logs write activities as free text ("Ticket closed", "8"); the mapping ties that text to the
 * model, so that {@link JourneyAnalytics} can count moves between steps, returns to earlier steps,
 * dwell times per step and cases that never reach Realize. Activities the mapping does not name are
 * counted as unmapped and left out of the step figures.
 *
 * <pre>{@code
 * ActivityMapping mapping = ActivityMapping.builder()
 *     .map("Register ticket", CustomerJourneyStep.ENGAGE, TouchpointId.of("t-desk"))
 *     .map("Resolve", CustomerJourneyStep.CO_CREATE)
 *     .map("Closed", CustomerJourneyStep.REALIZE)
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ActivityMapping {

  /** The mapping that places no activity: step figures stay empty. */
  public static final ActivityMapping NONE = new ActivityMapping(Map.of(), Map.of());

  private final Map<String, CustomerJourneyStep> steps;
  private final Map<String, TouchpointId> touchpoints;

  private ActivityMapping(
      Map<String, CustomerJourneyStep> steps, Map<String, TouchpointId> touchpoints) {
    this.steps = steps;
    this.touchpoints = touchpoints;
  }

  /**
   * Returns a mapping of activities to steps, without touchpoints.
   *
   * @param steps the step of each activity
   * @return the mapping
   * @throws InvalidModelException if the map is null, or holds a null or blank activity or a null
   *     step
   */
  public static ActivityMapping of(@Nullable Map<String, CustomerJourneyStep> steps) {
    Map<String, CustomerJourneyStep> checked = Violations.requireNonNull(steps, "steps");
    Builder builder = builder();
    checked.forEach(builder::map);
    return builder.build();
  }

  /**
   * Starts an empty mapping.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the step of an activity.
   *
   * @param activity the activity, as the log writes it
   * @return the step, or empty if the mapping does not place the activity
   * @throws NullPointerException if the activity is null
   */
  public Optional<CustomerJourneyStep> step(String activity) {
    Objects.requireNonNull(activity, "activity");
    return Optional.ofNullable(steps.get(activity));
  }

  /**
   * Returns the touchpoint of an activity.
   *
   * @param activity the activity, as the log writes it
   * @return the touchpoint, or empty if the mapping names none for it
   * @throws NullPointerException if the activity is null
   */
  public Optional<TouchpointId> touchpoint(String activity) {
    Objects.requireNonNull(activity, "activity");
    return Optional.ofNullable(touchpoints.get(activity));
  }

  /**
   * Returns the activities the mapping places.
   *
   * @return the activities, in the order they were mapped; unmodifiable
   */
  public Set<String> activities() {
    return Collections.unmodifiableSet(steps.keySet());
  }

  /**
   * Tells whether the mapping places no activity.
   *
   * @return true for {@link #NONE} and any other empty mapping
   */
  public boolean isEmpty() {
    return steps.isEmpty();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ActivityMapping that
        && steps.equals(that.steps)
        && touchpoints.equals(that.touchpoints);
  }

  @Override
  public int hashCode() {
    return steps.hashCode() * 31 + touchpoints.hashCode();
  }

  /** Returns each activity with its step and touchpoint. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("ActivityMapping{");
    String separator = "";
    for (Map.Entry<String, CustomerJourneyStep> entry : steps.entrySet()) {
      text.append(separator).append(entry.getKey()).append(" -> ").append(entry.getValue());
      TouchpointId touchpoint = touchpoints.get(entry.getKey());
      if (touchpoint != null) {
        text.append(" at ").append(touchpoint);
      }
      separator = ", ";
    }
    return text.append('}').toString();
  }

  /**
   * Collects the activities of an {@link ActivityMapping}. Every problem is reported at once, by
   * {@link #build()}. Instances are mutable and not thread-safe.
   */
  public static final class Builder {

    private final Map<String, CustomerJourneyStep> steps = new LinkedHashMap<>();
    private final Map<String, TouchpointId> touchpoints = new LinkedHashMap<>();
    private final Violations found = Violations.collect();
    private int index;

    private Builder() {}

    /**
     * Places an activity at a step.
     *
     * @param activity the activity, as the log writes it; not blank, not mapped before
     * @param step its step
     * @return this builder
     */
    public Builder map(@Nullable String activity, @Nullable CustomerJourneyStep step) {
      return place(activity, step, null);
    }

    /**
     * Places an activity at a step and a touchpoint.
     *
     * @param activity the activity, as the log writes it; not blank, not mapped before
     * @param step its step
     * @param touchpoint its touchpoint
     * @return this builder
     */
    public Builder map(
        @Nullable String activity,
        @Nullable CustomerJourneyStep step,
        @Nullable TouchpointId touchpoint) {
      if (touchpoint == null) {
        found.add(
            "activities[" + index + "].touchpoint",
            "Activity mapping touchpoint must not be null",
            null);
      }
      return place(activity, step, touchpoint);
    }

    private Builder place(
        @Nullable String activity,
        @Nullable CustomerJourneyStep step,
        @Nullable TouchpointId touchpoint) {
      String path = "activities[" + index++ + "]";
      if (activity == null) {
        found.add(path + ".activity", "Activity mapping activity must not be null", null);
      } else if (activity.isBlank()) {
        found.add(path + ".activity", "Activity mapping activity must not be blank", activity);
      } else if (steps.containsKey(activity)) {
        found.add(
            path + ".activity", "Activity mapping maps activity " + activity + " twice", activity);
      }
      if (step == null) {
        found.add(path + ".step", "Activity mapping step must not be null", null);
      }
      if (activity != null && step != null && !activity.isBlank() && !steps.containsKey(activity)) {
        steps.put(activity, step);
        if (touchpoint != null) {
          touchpoints.put(activity, touchpoint);
        }
      }
      return this;
    }

    /**
     * Returns the mapping.
     *
     * @return the mapping
     * @throws InvalidModelException listing every null, blank or twice-mapped activity and every
     *     null step or touchpoint, with its path {@code activities[i].activity}, {@code .step} or
     *     {@code .touchpoint}
     */
    public ActivityMapping build() {
      found.throwIfAny();
      return new ActivityMapping(
          Collections.unmodifiableMap(new LinkedHashMap<>(steps)),
          Collections.unmodifiableMap(new LinkedHashMap<>(touchpoints)));
    }
  }
}
