package org.covalue.core.stakeholder;

/**
 * The stakeholder classes of the salience model: which of power, legitimacy and urgency a
 * stakeholder has decides its class, from {@link #NON_STAKEHOLDER} (none) to {@link #DEFINITIVE}
 * (all three). See {@link SalienceAttributes} for the model's origin; it is an addition to ITIL 4,
 * not part of it.
 *
 * <p>Classes with more attributes are more salient: their claims get priority. {@link
 * #isAtLeastAsSalientAs(SalienceClass)} compares classes by their attributes.
 */
public enum SalienceClass {
  /** No attribute: not a stakeholder of the service. */
  NON_STAKEHOLDER(false, false, false, "not a stakeholder: no power, legitimacy or urgency"),
  /** Power only: could impose its will, but has no legitimate or urgent claim yet. */
  DORMANT(true, false, false, "latent: has power that could become relevant"),
  /** Legitimacy only: a legitimate claim without power or urgency. */
  DISCRETIONARY(false, true, false, "latent: a legitimate claim that may be met at discretion"),
  /** Urgency only: pressing claims without power or legitimacy. */
  DEMANDING(false, false, true, "latent: presses its claims without power or legitimacy"),
  /** Power and legitimacy: its claims matter and it can act on them. */
  DOMINANT(true, true, false, "expectant: powerful, with a legitimate claim"),
  /** Power and urgency: can force an urgent claim that lacks legitimacy. */
  DANGEROUS(true, false, true, "expectant: may use power to force an urgent claim"),
  /** Legitimacy and urgency: depends on others' power to have its claim met. */
  DEPENDENT(false, true, true, "expectant: a legitimate, urgent claim that depends on others"),
  /** All three: its claims come first. */
  DEFINITIVE(true, true, true, "definitive: powerful, legitimate and urgent");

  private final boolean power;
  private final boolean legitimacy;
  private final boolean urgency;
  private final String description;

  SalienceClass(boolean power, boolean legitimacy, boolean urgency, String description) {
    this.power = power;
    this.legitimacy = legitimacy;
    this.urgency = urgency;
    this.description = description;
  }

  /**
   * Returns the class of a stakeholder that has the given attributes.
   *
   * @param power whether it has power
   * @param legitimacy whether it has legitimacy
   * @param urgency whether it has urgency
   * @return the class
   */
  public static SalienceClass of(boolean power, boolean legitimacy, boolean urgency) {
    for (SalienceClass candidate : values()) {
      if (candidate.power == power
          && candidate.legitimacy == legitimacy
          && candidate.urgency == urgency) {
        return candidate;
      }
    }
    throw new AssertionError("every combination of attributes has a class");
  }

  /**
   * Tells whether the class has power.
   *
   * @return true if power is one of its attributes
   */
  public boolean hasPower() {
    return power;
  }

  /**
   * Tells whether the class has legitimacy.
   *
   * @return true if legitimacy is one of its attributes
   */
  public boolean hasLegitimacy() {
    return legitimacy;
  }

  /**
   * Tells whether the class has urgency.
   *
   * @return true if urgency is one of its attributes
   */
  public boolean hasUrgency() {
    return urgency;
  }

  /**
   * Returns how many of the three attributes the class has: 0 for non-stakeholders, 1 for the
   * latent classes, 2 for the expectant ones and 3 for definitive stakeholders.
   *
   * @return 0 to 3
   */
  public int attributeCount() {
    return (power ? 1 : 0) + (legitimacy ? 1 : 0) + (urgency ? 1 : 0);
  }

  /**
   * Tells whether this class has every attribute another class has.
   *
   * @param other the class to compare with
   * @return true if this class's attributes include the other's
   */
  public boolean isAtLeastAsSalientAs(SalienceClass other) {
    return (power || !other.power)
        && (legitimacy || !other.legitimacy)
        && (urgency || !other.urgency);
  }

  /**
   * Returns what the class means, in covalue's words.
   *
   * @return a short phrase, starting with the group (latent, expectant, definitive)
   */
  public String description() {
    return description;
  }
}
