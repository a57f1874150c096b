package org.covalue.core.stakeholder;

import java.util.Optional;
import org.covalue.core.InvalidModelException;
import org.covalue.core.PartyId;
import org.covalue.core.Rating;
import org.covalue.core.Score;
import org.covalue.core.StakeholderId;
import org.covalue.core.Violations;
import org.immutables.value.Value;

/**
 * Someone, a person or an organization, who is concerned by the service and its customer journey:
 * who can affect it, is affected by it, or takes part in it (ITIL 4: Drive Stakeholder Value,
 * §1.2.1). Each stakeholder has a kind, an {@linkplain #influence() influence} on the journey and
 * an {@linkplain #interest() interest} in it; the two place it on the stakeholder map. Salience
 * attributes (power, legitimacy, urgency) are optional.
 *
 * <pre>{@code
 * Stakeholder cfo = Stakeholder.builder()
 *     .id(StakeholderId.of("cfo"))
 *     .name("Chief financial officer")
 *     .kind(StakeholderKind.OWNER)
 *     .influence(Level.HIGH)
 *     .interest(Score.of(0.4))
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Stakeholder {

  Stakeholder() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id, unique among the stakeholders of a model.
   *
   * @return the id
   */
  public abstract StakeholderId id();

  /**
   * Returns the name people know the stakeholder by.
   *
   * @return a name that is not blank
   */
  public abstract String name();

  /**
   * Returns the kind of stakeholder.
   *
   * @return the kind
   */
  public abstract StakeholderKind kind();

  /**
   * Returns how strongly the stakeholder can affect the journey.
   *
   * @return the influence, as a level or a score
   */
  public abstract Rating influence();

  /**
   * Returns how strongly the stakeholder is concerned by the journey.
   *
   * @return the interest, as a level or a score
   */
  public abstract Rating interest();

  /**
   * Returns the stakeholder's salience attributes, when they have been assessed.
   *
   * @return power, legitimacy and urgency, or empty
   */
  public abstract Optional<SalienceAttributes> salience();

  /**
   * Returns the party (organization, person or team) the stakeholder is, when it is one of the
   * model's parties.
   *
   * @return the party's id, or empty
   */
  public abstract Optional<PartyId> party();

  /**
   * Returns a copy with another influence.
   *
   * @param influence the new influence
   * @return the copy
   */
  public abstract Stakeholder withInfluence(Rating influence);

  /**
   * Returns a copy with another interest.
   *
   * @param interest the new interest
   * @return the copy
   */
  public abstract Stakeholder withInterest(Rating interest);

  /**
   * Returns a copy with other salience attributes.
   *
   * @param salience the new attributes
   * @return the copy
   */
  public abstract Stakeholder withSalience(SalienceAttributes salience);

  /**
   * Returns a copy with another name.
   *
   * @param name the new name
   * @return the copy
   * @throws org.covalue.core.InvalidModelException if the name is blank
   */
  public abstract Stakeholder withName(String name);

  /**
   * Returns a copy with another kind.
   *
   * @param kind the new kind
   * @return the copy
   */
  public abstract Stakeholder withKind(StakeholderKind kind);

  /**
   * Returns a copy with another id.
   *
   * @param id the new value
   * @return the copy
   */
  public abstract Stakeholder withId(StakeholderId id);

  /**
   * Returns a copy with a link to another party.
   *
   * @param party the new value
   * @return the copy
   */
  public abstract Stakeholder withParty(PartyId party);

  @Value.Check
  void check() {
    Violations.collect().checkName(name(), "name", "Stakeholder name").throwIfAny();
  }

  /**
   * Builds {@link Stakeholder}s; every attribute but salience and party is required.
   *
   * <p>Set each attribute with the method of its name, such as {@code name(..)}; an optional
   * attribute may be left unset. Add to a list, set or map attribute with {@code addX(..)}, {@code
   * addAllX(..)} or {@code putX(..)}, or replace it whole with the method of its name. {@code
   * from(value)} copies every attribute of an existing value, to change some of them. {@code
   * build()} checks the value and returns it, or throws an {@link
   * org.covalue.core.InvalidModelException} naming every attribute that is missing or breaks a
   * rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableStakeholder.Builder {
    Builder() {}

    /**
     * Sets the influence as a score, such as {@code 0.7}.
     *
     * @param score a number from 0 to 1
     * @return this builder
     * @throws InvalidModelException naming the influence if the score is not in [0, 1]
     */
    public Builder influence(double score) {
      influence(score("influence", score));
      return this;
    }

    /**
     * Sets the interest as a score, such as {@code 0.2}.
     *
     * @param score a number from 0 to 1
     * @return this builder
     * @throws InvalidModelException naming the interest if the score is not in [0, 1]
     */
    public Builder interest(double score) {
      interest(score("interest", score));
      return this;
    }

    private static Score score(String attribute, double value) {
      if (!(value >= 0.0 && value <= 1.0)) {
        throw InvalidModelException.of(
            attribute,
            "Stakeholder " + attribute + " must be a number between 0 and 1, but was " + value,
            value);
      }
      return Score.of(value);
    }
  }
}
