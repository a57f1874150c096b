package org.covalue.testkit;

import java.util.List;

/**
 * A core model with one deliberate defect, such as an id used twice, a reference to an element the
 * model does not hold, or products that use each other as components in a circle, with the
 * violation paths the {@link org.covalue.core.analysis.CoreModelValidator} is expected to report
 * (at least one of them). {@link CoreModels#invalidModels()} produces them.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class InvalidModel {

  private final CoreModel model;
  private final String description;
  private final List<String> expectedPaths;

  private InvalidModel(CoreModel model, String description, List<String> expectedPaths) {
    this.model = model;
    this.description = description;
    this.expectedPaths = expectedPaths;
  }

  /**
   * Returns an invalid model.
   *
   * @param model the model
   * @param description what is wrong with it
   * @param expectedPaths the paths of which a violation must name at least one; not empty
   * @return the invalid model
   * @throws IllegalArgumentException if no path is given
   */
  public static InvalidModel of(CoreModel model, String description, List<String> expectedPaths) {
    if (expectedPaths.isEmpty()) {
      throw new IllegalArgumentException("An invalid model needs at least one expected path");
    }
    return new InvalidModel(model, description, List.copyOf(expectedPaths));
  }

  /**
   * Returns the model.
   *
   * @return the model, defect included
   */
  public CoreModel model() {
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
   * @return an unmodifiable, non-empty list, such as {@code [products[3].components]}
   */
  public List<String> expectedPaths() {
    return expectedPaths;
  }

  /**
   * Returns the model as an invalid input whose attempt is {@link
   * org.covalue.core.analysis.CoreModelValidator#requireValid()}.
   *
   * @return the invalid input
   */
  public InvalidInput asInvalidInput() {
    return InvalidInput.of(
        "model in which " + description,
        expectedPaths,
        () -> {
          model.validator().requireValid();
          return model;
        });
  }

  /** Returns the description and the expected paths, for test reports. */
  @Override
  public String toString() {
    return "model in which "
        + description
        + " (expects a violation at "
        + InvalidInput.pathsText(expectedPaths)
        + "): "
        + model;
  }
}
