package org.covalue.journey.experience;

import java.util.List;
import org.covalue.core.Confidence;
import org.covalue.core.OpenCode;
import org.jspecify.annotations.Nullable;

/**
 * Where an experience comes from: the journey's touchpoints and interactions, the environment, or
 * the provider's brand (ITIL 4: Drive Stakeholder Value, §1.2.4, Figure 1.5).
 *
 * <p><strong>An interpretation:</strong> the labels of Figure 1.5 were not available to the
 * project; these three sources are covalue's reading of the text around it ({@link #confidence()}).
 * The set is therefore open: an application may name other sources with {@link #of(String)}.
 * Instances are immutable and thread-safe.
 */
public final class ExperienceSource extends OpenCode<ExperienceSource> {

  private static final Vocabulary<ExperienceSource> SOURCES =
      new Vocabulary<>("Experience source", ExperienceSource::new);

  /** The touchpoints and service interactions of the journey itself. */
  public static final ExperienceSource JOURNEY =
      SOURCES.predefine(
          "JOURNEY", "The touchpoints and service interactions of the customer or user journey.");

  /** The surroundings of the service, the digital environment included. */
  public static final ExperienceSource ENVIRONMENT =
      SOURCES.predefine(
          "ENVIRONMENT", "The surroundings in which the service is used, digital ones included.");

  /** The provider's brand: what it means to say and everyday encounters with it. */
  public static final ExperienceSource BRAND =
      SOURCES.predefine(
          "BRAND",
          "The provider's brand, both its intended messages and everyday encounters with it.");

  private ExperienceSource(String code, @Nullable String description) {
    super(code, description);
  }

  /**
   * Returns the source with a code: a predefined one, or else a custom source.
   *
   * @param code upper-case letters, digits and underscores, starting with a letter
   * @return the source
   * @throws org.covalue.core.InvalidModelException if the code is not of that form
   */
  public static ExperienceSource of(String code) {
    return SOURCES.of(code);
  }

  /**
   * Returns the predefined sources: journey, environment, brand.
   *
   * @return an unmodifiable list
   */
  public static List<ExperienceSource> predefined() {
    return SOURCES.predefined();
  }

  /**
   * Returns how sure covalue is of the predefined sources.
   *
   * @return {@link Confidence#RECONSTRUCTED}
   */
  public static Confidence confidence() {
    return Confidence.RECONSTRUCTED;
  }
}
