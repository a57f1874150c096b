package org.covalue.visibility;

import org.covalue.core.PartyId;
import org.covalue.core.Violations;
import org.immutables.value.Value;

/**
 * A set of an organization's resources designed for performing work or reaching an objective, such
 * as its service desk or its relationship management (ITIL 4: Drive Stakeholder Value, §1.2.7,
 * Figure 1.10). In the visibility module a practice is something that can answer for an element of
 * the band of visibility ({@link Responsibility}), besides a party or a team.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Practice {

  Practice() {}

  /**
   * Returns a practice.
   *
   * @param id the id
   * @param name the name
   * @param owner the organization whose practice it is
   * @return the practice
   * @throws org.covalue.core.InvalidModelException if an argument is null or the name is not
   *     readable
   */
  public static Practice of(PracticeId id, String name, PartyId owner) {
    return ImmutablePractice.of(id, name, owner);
  }

  /**
   * Returns the id, unique among the practices of a model.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract PracticeId id();

  /**
   * Returns the practice's name.
   *
   * @return a readable name on one line
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the organization whose practice it is.
   *
   * @return its id
   */
  @Value.Parameter
  public abstract PartyId owner();

  /**
   * Returns a copy with another name.
   *
   * @param name the new value
   * @return the copy
   */
  public abstract Practice withName(String name);

  /**
   * Returns a copy with another owner.
   *
   * @param owner the new value
   * @return the copy
   */
  public abstract Practice withOwner(PartyId owner);

  @Value.Check
  void check() {
    Violations.collect().checkName(name(), "name", "Practice name").throwIfAny();
  }
}
