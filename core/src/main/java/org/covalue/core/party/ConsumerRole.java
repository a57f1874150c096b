package org.covalue.core.party;

import org.covalue.core.Confidence;
import org.covalue.core.ItilReference;

/**
 * The roles of service consumption (ITIL 4: Drive Stakeholder Value, §1.2.2, Figure 1.2). Using a
 * service involves at least these three roles; one person may hold all three, or each may be held
 * by different persons or teams, who then have to coordinate ({@link Coordination}).
 *
 * <p>The set is closed on purpose (docs/decisions, "consumer roles stay three"): the chapter's "at
 * least three roles" says that consumption never involves fewer than these, and names no fourth.
 * Role coverage is checked against exactly these three. Other people a model needs, such as a
 * purchaser, are stakeholders with an open {@code StakeholderKind}.
 */
public enum ConsumerRole {
  /** Says what the service must deliver and answers for what consuming it achieves. */
  CUSTOMER("Says what the service must deliver, and answers for what consuming it achieves."),
  /** Uses the service. */
  USER("Uses the service."),
  /** Approves the money spent on consuming the service. */
  SPONSOR("Approves the money spent on consuming the service, and may back it in other ways.");

  private static final ItilReference REFERENCE = ItilReference.section("1.2.2").figure("1.2");

  private final String description;

  ConsumerRole(String description) {
    this.description = description;
  }

  /**
   * Returns what the role does, in covalue's words.
   *
   * @return a sentence
   */
  public String description() {
    return description;
  }

  /**
   * Returns how sure covalue is of the role's meaning: the three roles and what they do were
   * checked against the ITIL 4 glossary (the descriptions are covalue's own words).
   *
   * @return {@link Confidence#VERIFIED}
   */
  public Confidence confidence() {
    return Confidence.VERIFIED;
  }

  /**
   * Returns where the roles are described.
   *
   * @return §1.2.2, Figure 1.2
   */
  public ItilReference reference() {
    return REFERENCE;
  }
}
