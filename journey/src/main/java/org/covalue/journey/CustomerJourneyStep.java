package org.covalue.journey;

import org.covalue.core.Confidence;
import org.covalue.core.ItilReference;

/**
 * The seven steps into which ITIL 4: Drive Stakeholder Value divides the customer journey (§1.1,
 * Table 1.1), each the subject of one chapter of the publication (chapters 3 to 9). The steps are
 * declared in their usual order, but real journeys are not linear: they move back and forth between
 * steps and may start part-way, so covalue never forces a journey through them in order.
 *
 * <p>Titles and purposes are in covalue's words. The titles of explore, engage, offer, agree and
 * co-create are corroborated by two sources; those of onboard and realize come from a translation
 * only ({@link #titleConfidence()}).
 */
public enum CustomerJourneyStep {
  /** Step 1: understanding markets and stakeholders. */
  EXPLORE(
      1,
      "Explore",
      "Understanding markets and stakeholders",
      "Usually before any relationship exists, consumers and providers each study their own needs"
          + " and the market, looking for partners who could meet those needs: context, strategy"
          + " and capabilities.",
      Confidence.CORROBORATED),
  /** Step 2: fostering relationships. */
  ENGAGE(
      2,
      "Engage",
      "Fostering relationships",
      "Value co-creation needs a working relationship between provider, consumer and other"
          + " stakeholders; a good relationship is what makes cooperation or partnership possible.",
      Confidence.CORROBORATED),
  /** Step 3: shaping demand and service offerings. */
  OFFER(
      3,
      "Offer",
      "Shaping demand and service offerings",
      "Both sides build business cases and match demand (the consumer's requirements) with supply"
          + " (the provider's offerings); services can only be designed once needs are understood.",
      Confidence.CORROBORATED),
  /** Step 4: aligning expectations and agreeing services. */
  AGREE(
      4,
      "Agree",
      "Aligning expectations and agreeing services",
      "Before investing, the parties align expectations, plan how value will be co-created and"
          + " tracked, and agree the scope and quality of the services.",
      Confidence.CORROBORATED),
  /** Step 5: onboarding and offboarding; see {@link TransitionDirection}. */
  ONBOARD(
      5,
      "Onboard",
      "Onboarding and offboarding",
      "Whether a relationship begins or ends, the parties go through a transition that joins or"
          + " separates their resources.",
      Confidence.SEED),
  /** Step 6: providing and consuming. */
  CO_CREATE(
      6,
      "Co-create",
      "Providing and consuming",
      "The consumer uses the goods it received and the provider resources it may access, and"
          + " co-creates value with the provider as the agreed offering describes.",
      Confidence.CORROBORATED),
  /** Step 7: realizing value and improving. */
  REALIZE(
      7,
      "Realize",
      "Realizing value and improving",
      "Value is tracked and steered against the plan for co-creating it, and improvement goes on"
          + " continually to raise the value of the service.",
      Confidence.SEED);

  private static final ItilReference REFERENCE = ItilReference.section("1.1").table("1.1");

  private final int number;
  private final String title;
  private final String headline;
  private final String purpose;
  private final Confidence titleConfidence;

  CustomerJourneyStep(
      int number, String title, String headline, String purpose, Confidence titleConfidence) {
    this.number = number;
    this.title = title;
    this.headline = headline;
    this.purpose = purpose;
    this.titleConfidence = titleConfidence;
  }

  /**
   * Returns the step's number in the usual order.
   *
   * @return 1 for explore to 7 for realize
   */
  public int number() {
    return number;
  }

  /**
   * Returns the chapter of ITIL 4: Drive Stakeholder Value that covers the step.
   *
   * @return 3 for explore to 9 for realize
   */
  public int chapter() {
    return number + 2;
  }

  /**
   * Returns the step's short title.
   *
   * @return such as "Co-create"
   */
  public String title() {
    return title;
  }

  /**
   * Returns what the step is about, as a headline.
   *
   * @return such as "Providing and consuming"
   */
  public String headline() {
    return headline;
  }

  /**
   * Returns the step's purpose, in covalue's words.
   *
   * @return one or two sentences
   */
  public String purpose() {
    return purpose;
  }

  /**
   * Returns how sure covalue is of the English title and headline.
   *
   * @return corroborated, or seed for onboard and realize
   */
  public Confidence titleConfidence() {
    return titleConfidence;
  }

  /**
   * Returns where the steps are listed.
   *
   * @return §1.1, Table 1.1
   */
  public ItilReference reference() {
    return REFERENCE;
  }

  /**
   * Tells whether this step comes before another in the usual order.
   *
   * @param other the other step
   * @return true if this step's number is smaller
   */
  public boolean isBefore(CustomerJourneyStep other) {
    return number < other.number;
  }
}
