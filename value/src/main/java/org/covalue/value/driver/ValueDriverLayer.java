package org.covalue.value.driver;

import org.covalue.core.Confidence;
import org.covalue.core.ItilReference;

/**
 * The layers of the value-driver framework (ITIL 4: Drive Stakeholder Value, §1.2.7, Figure 1.11),
 * declared from the bottom up: each layer drives value at the one just above it. The top four
 * layers come from a translation of the chapter; the bottom two are covalue's reading of the
 * sentence before the figure (resources are applied as products and practices, through offerings
 * and service interactions), see {@link #confidence()}.
 */
public enum ValueDriverLayer {
  /** Resources, applied in the form of products and practices. */
  RESOURCES_PRODUCTS_PRACTICES(1, "Resources, products and practices", Confidence.RECONSTRUCTED),
  /** Service offerings and service interactions, through which products and practices act. */
  OFFERINGS_AND_INTERACTIONS(2, "Offerings and service interactions", Confidence.RECONSTRUCTED),
  /** How the service performs: its utility and its warranty. */
  SERVICE_PERFORMANCE(3, "Service performance", Confidence.SEED),
  /** How the consumer performs with the service: co-created outcomes and experience. */
  CONSUMER_PERFORMANCE(4, "Consumer performance", Confidence.SEED),
  /** The consumer's goals, which its performance achieves. */
  CONSUMER_GOALS(5, "Consumer goals", Confidence.SEED),
  /** The consumer's purpose, which achieving its goals fulfils. */
  CONSUMER_PURPOSE(6, "Consumer purpose", Confidence.SEED);

  private static final ItilReference REFERENCE = ItilReference.section("1.2.7").figure("1.11");

  private final int height;
  private final String title;
  private final Confidence confidence;

  ValueDriverLayer(int height, String title, Confidence confidence) {
    this.height = height;
    this.title = title;
    this.confidence = confidence;
  }

  /**
   * Returns the layer's place from the bottom.
   *
   * @return 1 for resources, products and practices, up to 6 for the consumer's purpose
   */
  public int height() {
    return height;
  }

  /**
   * Returns the layer's title, in covalue's words.
   *
   * @return such as "Service performance"
   */
  public String title() {
    return title;
  }

  /**
   * Returns how sure covalue is that the figure has this layer.
   *
   * @return seed for the top four, reconstructed for the bottom two
   */
  public Confidence confidence() {
    return confidence;
  }

  /**
   * Returns where the framework is described.
   *
   * @return §1.2.7, Figure 1.11
   */
  public ItilReference reference() {
    return REFERENCE;
  }

  /**
   * Tells whether this layer is the one just below another: the only layer whose drivers may drive
   * the other's.
   *
   * @param upper the layer of the driven driver
   * @return true if {@code upper} is the next layer up
   */
  public boolean isJustBelow(ValueDriverLayer upper) {
    return upper.height == height + 1;
  }
}
