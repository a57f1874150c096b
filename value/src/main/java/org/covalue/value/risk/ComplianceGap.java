package org.covalue.value.risk;

import org.covalue.core.Score;
import org.covalue.core.StakeholderId;
import org.covalue.core.Violations;
import org.immutables.value.Value;

/**
 * How far a stakeholder is from complying with a requirement that another stakeholder imposes and
 * that can affect the outcomes it wants (ITIL 4: Drive Stakeholder Value, §1.2.6): a regulator's
 * rule, an owner's policy, a union's agreement. A gap of 0 means fully compliant, 1 not at all.
 *
 * <pre>{@code
 * ComplianceGap privacy = ComplianceGap.of(StakeholderId.of("regulator"), "Keep call records
 *     for two years", Score.of(0.4));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ComplianceGap {

  ComplianceGap() {}

  /**
   * Returns a compliance gap.
   *
   * @param imposedBy the stakeholder who imposes the requirement
   * @param requirement what is required, in words
   * @param gap how far from compliance: 0 compliant, 1 not at all
   * @return the gap
   * @throws org.covalue.core.InvalidModelException if an argument is null or the requirement is not
   *     readable
   */
  public static ComplianceGap of(StakeholderId imposedBy, String requirement, Score gap) {
    return ImmutableComplianceGap.of(imposedBy, requirement, gap);
  }

  /**
   * Returns the stakeholder who imposes the requirement.
   *
   * @return its id
   */
  @Value.Parameter
  public abstract StakeholderId imposedBy();

  /**
   * Returns what is required.
   *
   * @return a text that is not blank
   */
  @Value.Parameter
  public abstract String requirement();

  /**
   * Returns how far the stakeholder is from compliance.
   *
   * @return 0 when compliant, up to 1 when not at all
   */
  @Value.Parameter
  public abstract Score gap();

  @Value.Check
  void check() {
    Violations.collect()
        .checkText(requirement(), "requirement", "Compliance requirement")
        .throwIfAny();
  }
}
