package org.covalue.testkit;

import org.covalue.core.PartyId;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.StakeholderId;
import org.covalue.core.TypedId;
import org.covalue.journey.JourneyId;
import org.covalue.journey.ServiceInteractionId;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.ValueStreamId;
import org.covalue.journey.observed.CaseId;
import org.covalue.testkit.internal.IdGens;
import org.covalue.testkit.internal.Texts;
import org.quicktheories.core.Gen;

/**
 * Generators of covalue's typed ids ({@link TypedId}) and of the texts they are made of. Id texts
 * cover the whole allowed form: 1 to 128 ASCII letters, digits, {@code _ . : -}, starting with a
 * letter, a digit or {@code _}; most are short, some reach the limit.
 */
public final class Ids {

  private Ids() {}

  /**
   * Returns texts that every kind of id accepts.
   *
   * @return the generator
   */
  public static Gen<String> idTexts() {
    return Texts.idTexts();
  }

  /**
   * Returns texts that no kind of id accepts: empty, blank, longer than 128 characters, starting
   * with {@code .}, {@code :} or {@code -}, or holding a character outside the allowed set (a
   * space, a slash, a non-ASCII letter...).
   *
   * @return the generator
   */
  public static Gen<String> invalidIdTexts() {
    return Texts.invalidIdTexts();
  }

  /**
   * Returns stakeholder ids.
   *
   * @return the generator
   */
  public static Gen<StakeholderId> stakeholderIds() {
    return idTexts().map(StakeholderId::of);
  }

  /**
   * Returns party ids.
   *
   * @return the generator
   */
  public static Gen<PartyId> partyIds() {
    return idTexts().map(PartyId::of);
  }

  /**
   * Returns service relationship ids.
   *
   * @return the generator
   */
  public static Gen<ServiceRelationshipId> serviceRelationshipIds() {
    return idTexts().map(ServiceRelationshipId::of);
  }

  /**
   * Returns resource ids.
   *
   * @return the generator
   */
  public static Gen<ResourceId> resourceIds() {
    return idTexts().map(ResourceId::of);
  }

  /**
   * Returns product ids.
   *
   * @return the generator
   */
  public static Gen<ProductId> productIds() {
    return idTexts().map(ProductId::of);
  }

  /**
   * Returns service ids.
   *
   * @return the generator
   */
  public static Gen<ServiceId> serviceIds() {
    return idTexts().map(ServiceId::of);
  }

  /**
   * Returns service offering ids.
   *
   * @return the generator
   */
  public static Gen<ServiceOfferingId> serviceOfferingIds() {
    return idTexts().map(ServiceOfferingId::of);
  }

  /**
   * Returns customer journey ids.
   *
   * @return the generator
   */
  public static Gen<JourneyId> journeyIds() {
    return idTexts().map(JourneyId::of);
  }

  /**
   * Returns touchpoint ids.
   *
   * @return the generator
   */
  public static Gen<TouchpointId> touchpointIds() {
    return idTexts().map(TouchpointId::of);
  }

  /**
   * Returns service interaction ids.
   *
   * @return the generator
   */
  public static Gen<ServiceInteractionId> serviceInteractionIds() {
    return idTexts().map(ServiceInteractionId::of);
  }

  /**
   * Returns value stream ids.
   *
   * @return the generator
   */
  public static Gen<ValueStreamId> valueStreamIds() {
    return idTexts().map(ValueStreamId::of);
  }

  /**
   * Returns value stream activity ids.
   *
   * @return the generator
   */
  public static Gen<ValueStreamActivityId> valueStreamActivityIds() {
    return idTexts().map(ValueStreamActivityId::of);
  }

  /**
   * Returns case ids, which identify observed journeys.
   *
   * @return the generator
   */
  public static Gen<CaseId> caseIds() {
    return idTexts().map(CaseId::of);
  }

  /**
   * Returns ids of every kind covalue-core and covalue-journey define, about evenly.
   *
   * @return the generator
   */
  public static Gen<TypedId<?>> anyIds() {
    return IdGens.anyIds();
  }

  /**
   * Returns attempts to make an id of any kind from an invalid text, or from {@code null}. Each is
   * expected to fail with a violation at the empty path (the id as a whole).
   *
   * @return the generator
   */
  public static Gen<InvalidInput> invalidIds() {
    return IdGens.invalidIds().map(InvalidInput::from);
  }
}
