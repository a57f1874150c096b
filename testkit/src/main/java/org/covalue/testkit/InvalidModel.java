package org.covalue.testkit;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.covalue.testkit.internal.Broken;

/**
 * A model with one deliberate defect, such as an id used twice or a reference to an element the
 * model does not hold, together with the check of the library that must reject it and the violation
 * paths of which that check must report at least one. {@link CoreModels#invalidModels()} produces
 * them for {@link org.covalue.core.model.CoreModel}s, {@link JourneyModels#invalidModels()} for
 * {@link org.covalue.journey.model.JourneyModel}s.
 *
 * <p>Instances are immutable and thread-safe if the model is.
 *
 * @param <M> the type of the model
 */
public final class InvalidModel<M> {

  private final M model;
  private final UnaryOperator<M> requireValid;
  private final String description;
  private final List<String> expectedPaths;

  private InvalidModel(
      M model, UnaryOperator<M> requireValid, String description, List<String> expectedPaths) {
    this.model = model;
    this.requireValid = requireValid;
    this.description = description;
    this.expectedPaths = expectedPaths;
  }

  /**
   * Returns an invalid model.
   *
   * @param <M> the type of the model
   * @param model the model
   * @param requireValid the library's check of such models, which returns a valid model and throws
   *     {@link org.covalue.core.InvalidModelException} for an invalid one, such as {@code
   *     CoreModelValidator::requireValid}
   * @param description what is wrong with the model, as a phrase for test reports
   * @param expectedPaths the paths of which a violation must name at least one; not empty
   * @return the invalid model
   * @throws IllegalArgumentException if no path is given
   */
  public static <M> InvalidModel<M> of(
      M model, UnaryOperator<M> requireValid, String description, List<String> expectedPaths) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(requireValid, "requireValid");
    Objects.requireNonNull(description, "description");
    if (expectedPaths.isEmpty()) {
      throw new IllegalArgumentException("An invalid model needs at least one expected path");
    }
    return new InvalidModel<>(model, requireValid, description, List.copyOf(expectedPaths));
  }

  static <M> InvalidModel<M> from(Broken<M> broken, UnaryOperator<M> requireValid) {
    return of(broken.model(), requireValid, broken.description(), broken.expectedPaths());
  }

  /**
   * Returns the model.
   *
   * @return the model, defect included
   */
  public M model() {
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
   * Returns the violation paths of which the check must report at least one.
   *
   * @return an unmodifiable, non-empty list, such as {@code [products[3].components]} or {@code
   *     [core.parties[2].memberOf]}
   */
  public List<String> expectedPaths() {
    return expectedPaths;
  }

  /**
   * Returns the model as an invalid input whose attempt runs the library's check.
   *
   * @return the invalid input
   */
  public InvalidInput asInvalidInput() {
    return InvalidInput.of("model in which " + description, expectedPaths, this::check);
  }

  private M check() {
    return requireValid.apply(model);
  }

  /** Returns the description, the expected paths and the model's summary, for test reports. */
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
