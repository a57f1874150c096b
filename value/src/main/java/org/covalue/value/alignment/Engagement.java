package org.covalue.value.alignment;

import org.covalue.core.StakeholderId;
import org.covalue.core.Violations;
import org.covalue.journey.CustomerJourneyStep;
import org.immutables.value.Value;

/**
 * A recorded act of engaging a stakeholder at a journey step (ITIL 4: Drive Stakeholder Value,
 * §1.2.1): a meeting, a consultation, a briefing. Stakeholders in the manage-closely quadrant of
 * the stakeholder map call for close involvement; one with no engagement at all is a sign of a
 * misaligned relationship. Touchpoints and service interactions with a stakeholder's party count as
 * engagement too; record an engagement for the others, such as a regulator or a union.
 *
 * <pre>{@code
 * Engagement briefing = Engagement.of(StakeholderId.of("works-council"), CustomerJourneyStep.AGREE,
 *     "Briefed on the new desk hours");
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Engagement {

  Engagement() {}

  /**
   * Returns an engagement.
   *
   * @param stakeholder who was engaged
   * @param step at which journey step
   * @param description how, in a few words
   * @return the engagement
   * @throws org.covalue.core.InvalidModelException if an argument is null or the description is not
   *     readable
   */
  public static Engagement of(
      StakeholderId stakeholder, CustomerJourneyStep step, String description) {
    return ImmutableEngagement.of(stakeholder, step, description);
  }

  /**
   * Returns who was engaged.
   *
   * @return the stakeholder's id
   */
  @Value.Parameter
  public abstract StakeholderId stakeholder();

  /**
   * Returns at which journey step.
   *
   * @return the step
   */
  @Value.Parameter
  public abstract CustomerJourneyStep step();

  /**
   * Returns how the stakeholder was engaged.
   *
   * @return a text that is not blank
   */
  @Value.Parameter
  public abstract String description();

  @Value.Check
  void check() {
    Violations.collect()
        .checkText(description(), "description", "Engagement description")
        .throwIfAny();
  }
}
