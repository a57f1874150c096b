package org.covalue.interchange.picture;

import org.covalue.core.ItilReference;

/**
 * What a {@link Picture} shows, with the section of ITIL 4: Drive Stakeholder Value that describes
 * it. A tool that gathers pictures (into a report, say) can sort or caption them by kind:
 *
 * <pre>{@code
 * Picture picture = StakeholderMapPicture.of(map);
 * picture.kind();               // STAKEHOLDER_MAP
 * picture.kind().reference();   // §1.2.1, Figure 1.1
 * }</pre>
 */
public enum PictureKind {
  /** Stakeholders placed by influence and interest, in the quadrants of their strategies. */
  STAKEHOLDER_MAP("Stakeholder map"),
  /** Service relationships between organizations, as a network. */
  RELATIONSHIP_NETWORK("Relationship network"),
  /** A customer journey: its steps, touchpoints and service interactions. */
  CUSTOMER_JOURNEY("Customer journey"),
  /** The band of visibility of a relationship, between the two parties' lines of visibility. */
  BAND_OF_VISIBILITY("Band of visibility"),
  /** A value-driver chain: drivers in their layers, from resources up to the consumer's purpose. */
  VALUE_DRIVER_CHAIN("Value-driver chain");

  private static final ItilReference STAKEHOLDERS = ItilReference.section("1.2.1").figure("1.1");
  private static final ItilReference RELATIONSHIPS = ItilReference.section("1.2.3").figure("1.3");
  private static final ItilReference JOURNEYS = ItilReference.section("1.2.4");
  private static final ItilReference VISIBILITY = ItilReference.section("1.2.5");
  private static final ItilReference DRIVERS = ItilReference.section("1.2.7").figure("1.11");

  private final String title;

  PictureKind(String title) {
    this.title = title;
  }

  /**
   * Returns the name of the kind, for captions.
   *
   * @return such as "Stakeholder map"
   */
  public String title() {
    return title;
  }

  /**
   * Returns where the chapter describes what the picture shows.
   *
   * @return the section, and the figure where there is one
   */
  public ItilReference reference() {
    return switch (this) {
      case STAKEHOLDER_MAP -> STAKEHOLDERS;
      case RELATIONSHIP_NETWORK -> RELATIONSHIPS;
      case CUSTOMER_JOURNEY -> JOURNEYS;
      case BAND_OF_VISIBILITY -> VISIBILITY;
      case VALUE_DRIVER_CHAIN -> DRIVERS;
    };
  }
}
