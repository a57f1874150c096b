package org.covalue.testkit;

import java.util.List;

/**
 * A journey model with one deliberate defect that the {@link
 * org.covalue.journey.analysis.JourneyValidator} must report, such as a journey id used twice, an
 * activity in two value streams, or a journey that names a party the model does not hold, with the
 * violation paths of which the validator must report at least one. {@link
 * JourneyModels#invalidModels()} produces them.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class InvalidJourneyModel {

  private final JourneyModel model;
  private final String description;
  private final List<String> expectedPaths;

  private InvalidJourneyModel(JourneyModel model, String description, List<String> expectedPaths) {
    this.model = model;
    this.description = description;
    this.expectedPaths = expectedPaths;
  }

  /**
   * Returns an invalid journey model.
   *
   * @param model the model
   * @param description what is wrong with it
   * @param expectedPaths the paths of which a violation must name at least one; not empty
   * @return the invalid model
   * @throws IllegalArgumentException if no path is given
   */
  public static InvalidJourneyModel of(
      JourneyModel model, String description, List<String> expectedPaths) {
    if (expectedPaths.isEmpty()) {
      throw new IllegalArgumentException("An invalid model needs at least one expected path");
    }
    return new InvalidJourneyModel(model, description, List.copyOf(expectedPaths));
  }

  /**
   * Returns the model.
   *
   * @return the model, defect included
   */
  public JourneyModel model() {
    return model;
  }

  /**
   * Returns what is wrong with the model.
   *
   * @return a phrase for test reports
   */
  public String description() {
    return description;
  }

  /**
   * Returns the violation paths of which the validator must report at least one.
   *
   * @return an unmodifiable, non-empty list, such as {@code
   *     [journeys[1].touchpoints[0].activities]}
   */
  public List<String> expectedPaths() {
    return expectedPaths;
  }

  /**
   * Returns the model as an invalid input whose attempt is {@link
   * org.covalue.journey.analysis.JourneyValidator#requireValid()}.
   *
   * @return the invalid input
   */
  public InvalidInput asInvalidInput() {
    return InvalidInput.of(
        "journey model in which " + description,
        expectedPaths,
        () -> {
          model.validator().requireValid();
          return model;
        });
  }

  /** Returns the description and the expected paths, for test reports. */
  @Override
  public String toString() {
    return "journey model in which "
        + description
        + " (expects a violation at "
        + InvalidInput.pathsText(expectedPaths)
        + "): "
        + model;
  }
}
