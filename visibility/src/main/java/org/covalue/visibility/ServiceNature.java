package org.covalue.visibility;

import org.covalue.core.ItilReference;
import org.covalue.core.relationship.BandWidth;

/**
 * The nature of a service, as the row "type of services" of Table 1.2 tells the three types of
 * relationship apart (ITIL 4: Drive Stakeholder Value, §1.2.3): standard commodities, configured
 * services, and bespoke services created with the consumer. §1.2.5 names the nature of the service
 * as one of the things the width of the band of visibility depends on; covalue reads it as the band
 * each nature calls for, the same as the relationship type whose services are of that nature.
 */
public enum ServiceNature {
  /** A standard service bought as it is, such as a standard cloud-hosted server. */
  COMMODITY(BandWidth.NARROW, "A standard service bought as it is, such as a cloud server"),
  /** A service configured or adapted for the consumer. */
  CONFIGURED(BandWidth.MODERATE, "A service configured or adapted for the consumer"),
  /** A service designed and created with the consumer, unique to the relationship. */
  BESPOKE(BandWidth.WIDE, "A service designed and created with the consumer");

  private static final ItilReference REFERENCE = ItilReference.section("1.2.3").table("1.2");

  private final BandWidth expectedBandOfVisibility;
  private final String description;

  ServiceNature(BandWidth expectedBandOfVisibility, String description) {
    this.expectedBandOfVisibility = expectedBandOfVisibility;
    this.description = description;
  }

  /**
   * Returns the width of band of visibility a service of this nature calls for, in covalue's
   * reading: narrow for a commodity, moderate for a configured service, wide for a bespoke one.
   *
   * @return the width
   */
  public BandWidth expectedBandOfVisibility() {
    return expectedBandOfVisibility;
  }

  /**
   * Returns what the nature means, in covalue's words.
   *
   * @return a sentence
   */
  public String description() {
    return description;
  }

  /**
   * Returns where the types of service are told apart.
   *
   * @return §1.2.3, Table 1.2
   */
  public ItilReference reference() {
    return REFERENCE;
  }
}
