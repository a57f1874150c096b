package org.covalue.journey.experience;

import org.covalue.core.party.ConsumerRole;

/**
 * Who perceives an experience (ITIL 4: Drive Stakeholder Value, §1.2.4; the ITIL 4 glossary's
 * customer experience and user experience): a customer, whose perception is customer experience
 * (CX), or a user, whose perception is user experience (UX).
 */
public enum ExperiencePerceiver {
  /** A customer: the perception is customer experience, CX. */
  CUSTOMER("CX", ConsumerRole.CUSTOMER),
  /** A user: the perception is user experience, UX. */
  USER("UX", ConsumerRole.USER);

  private final String acronym;
  private final ConsumerRole role;

  ExperiencePerceiver(String acronym, ConsumerRole role) {
    this.acronym = acronym;
    this.role = role;
  }

  /**
   * Returns the usual acronym of the experience.
   *
   * @return "CX" or "UX"
   */
  public String acronym() {
    return acronym;
  }

  /**
   * Returns the consumer role of the perceiver.
   *
   * @return customer or user
   */
  public ConsumerRole role() {
    return role;
  }
}
