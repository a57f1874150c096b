package org.covalue.core.relationship;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.covalue.core.ItilReference;

/**
 * The three basic types of service relationship (ITIL 4: Drive Stakeholder Value, §1.2.3, Table
 * 1.2), ordered from the loosest to the closest. The closer the relationship, the more
 * organizational levels it involves, the more tailored its services, and the wider its band of
 * visibility.
 *
 * <p>The type names are verified. The focus values are the short labels the secondary sources agree
 * on; the other values are covalue's paraphrases. How sure covalue is of each attribute is given by
 * {@link RelationshipTypeAttribute#confidence()}.
 */
public enum ServiceRelationshipType {
  /** A basic relationship: standard services exchanged for payment. */
  BASIC(
      "Support and efficiency",
      EnumSet.of(OrganizationalLevel.OPERATIONAL),
      "Standard services bought as they are",
      "Standard contracts, as for a mass market",
      "Takes orders, acting case by case",
      BandWidth.NARROW,
      "The consumer pays for a service; each party keeps its own goals"),
  /** A cooperative relationship: configured services, improved together. */
  COOPERATIVE(
      "Improvement and effectiveness",
      EnumSet.of(OrganizationalLevel.OPERATIONAL, OrganizationalLevel.TACTICAL),
      "Services configured or adapted for the consumer",
      "Advanced service level agreements",
      "Acts as a trusted adviser",
      BandWidth.MODERATE,
      "The parties work together, each towards its own goals"),
  /** A partnership: bespoke, co-created services and shared goals. */
  PARTNERSHIP(
      "Innovation and growth",
      EnumSet.allOf(OrganizationalLevel.class),
      "Services designed and created with the consumer, unique to the relationship",
      "Tailored contracts, or no formal agreement at all",
      "Acts as a strategic partner",
      BandWidth.WIDE,
      "The parties work closely towards common goals");

  private static final ItilReference REFERENCE = ItilReference.section("1.2.3").table("1.2");

  private final String focus;

  // An unmodifiable view of an EnumSet that only this constant holds (EnumSet keeps the levels'
  // order); the JDK has no collection type that Error Prone knows to be immutable.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Set<OrganizationalLevel> organizationalLevels;

  private final String typeOfServices;
  private final String agreementStyle;
  private final String providerPosition;
  private final BandWidth expectedBandOfVisibility;
  private final String goalAlignment;

  ServiceRelationshipType(
      String focus,
      Set<OrganizationalLevel> organizationalLevels,
      String typeOfServices,
      String agreementStyle,
      String providerPosition,
      BandWidth expectedBandOfVisibility,
      String goalAlignment) {
    this.focus = focus;
    this.organizationalLevels = Collections.unmodifiableSet(EnumSet.copyOf(organizationalLevels));
    this.typeOfServices = typeOfServices;
    this.agreementStyle = agreementStyle;
    this.providerPosition = providerPosition;
    this.expectedBandOfVisibility = expectedBandOfVisibility;
    this.goalAlignment = goalAlignment;
  }

  /**
   * Returns what the relationship concentrates on.
   *
   * @return such as "Innovation and growth"
   */
  public String focus() {
    return focus;
  }

  /**
   * Returns the organizational levels at which the parties work together.
   *
   * @return an unmodifiable set, growing from operational to all three
   */
  public Set<OrganizationalLevel> organizationalLevels() {
    return organizationalLevels;
  }

  /**
   * Returns what kind of services the relationship is about.
   *
   * @return a phrase
   */
  public String typeOfServices() {
    return typeOfServices;
  }

  /**
   * Returns how the parties agree the service (one secondary source).
   *
   * @return a phrase
   */
  public String agreementStyle() {
    return agreementStyle;
  }

  /**
   * Returns how the provider acts towards the consumer (one secondary source).
   *
   * @return a phrase
   */
  public String providerPosition() {
    return providerPosition;
  }

  /**
   * Returns how wide the band of visibility of such a relationship is expected to be (§1.2.5).
   *
   * @return narrow, moderate or wide
   */
  public BandWidth expectedBandOfVisibility() {
    return expectedBandOfVisibility;
  }

  /**
   * Returns whose goals the parties pursue: covalue's inference, see {@link
   * RelationshipTypeAttribute#GOAL_ALIGNMENT}.
   *
   * @return a sentence
   */
  public String goalAlignment() {
    return goalAlignment;
  }

  /**
   * Returns the textual value of every attribute, in the order of {@link
   * RelationshipTypeAttribute}, for display.
   *
   * @return an unmodifiable map from attribute to value
   */
  public Map<RelationshipTypeAttribute, String> attributes() {
    Map<RelationshipTypeAttribute, String> values = new EnumMap<>(RelationshipTypeAttribute.class);
    values.put(RelationshipTypeAttribute.FOCUS, focus);
    values.put(RelationshipTypeAttribute.ORGANIZATIONAL_LEVELS, organizationalLevels.toString());
    values.put(RelationshipTypeAttribute.TYPE_OF_SERVICES, typeOfServices);
    values.put(RelationshipTypeAttribute.AGREEMENT_STYLE, agreementStyle);
    values.put(RelationshipTypeAttribute.PROVIDER_POSITION, providerPosition);
    values.put(RelationshipTypeAttribute.BAND_OF_VISIBILITY, expectedBandOfVisibility.toString());
    values.put(RelationshipTypeAttribute.GOAL_ALIGNMENT, goalAlignment);
    return Collections.unmodifiableMap(values);
  }

  /**
   * Tells whether this type is at least as close as another.
   *
   * @param other the type to compare with
   * @return true if this type is the same as or closer than the other
   */
  public boolean isAtLeastAsCloseAs(ServiceRelationshipType other) {
    return compareTo(other) >= 0;
  }

  /**
   * Returns where the types are described.
   *
   * @return §1.2.3, Table 1.2
   */
  public ItilReference reference() {
    return REFERENCE;
  }
}
