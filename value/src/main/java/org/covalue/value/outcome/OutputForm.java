package org.covalue.value.outcome;

/**
 * Whether an output can be touched (ITIL 4: Drive Stakeholder Value, §1.2.6): a phone handed over
 * is tangible, a phone number or a conversation is not.
 */
public enum OutputForm {
  /** A deliverable that can be touched, such as a device. */
  TANGIBLE,
  /** A deliverable that cannot be touched, such as a number, a message or a log. */
  INTANGIBLE
}
