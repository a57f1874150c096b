package org.covalue.core.offering;

/**
 * Who performs a service action (ITIL 4: Drive Stakeholder Value, §1.2.7; the ITIL 4 glossary's
 * definition of service action).
 */
public enum ServiceActionPerformer {
  /** A resource of the provider, such as a service desk agent or an automated system. */
  PROVIDER_RESOURCE,
  /** The service's users themselves, such as through self-service. */
  USER,
  /** The provider's resources and the users together. */
  JOINT
}
