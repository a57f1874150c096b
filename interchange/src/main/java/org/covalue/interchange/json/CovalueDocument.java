package org.covalue.interchange.json;

import org.covalue.core.InvalidModelException;
import org.covalue.core.Violations;
import org.covalue.core.model.CoreModel;
import org.covalue.journey.model.JourneyModel;
import org.covalue.value.model.ValueModel;
import org.covalue.visibility.model.VisibilityModel;
import org.jspecify.annotations.Nullable;

/**
 * A whole covalue model as one document holds it: the core model (§1.2.1 to §1.2.3), the journey
 * model over it (§1.2.4), the visibility model (§1.2.5) and the value model (§1.2.6, §1.2.7) over
 * that same journey model (ITIL 4: Drive Stakeholder Value, chapter 1).
 *
 * <p>The visibility and value models each hold a journey model; a document holds one, so both must
 * hold the same (docs/decisions/0035). Each part is written once in the JSON document.
 *
 * <pre>{@code
 * CovalueDocument document = CovalueDocument.of(ServerHosting.model(), ValueModel.builder()
 *     .journey(ServerHosting.model().journey())
 *     .build());
 * CoreModel core = document.core();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CovalueDocument {

  private final VisibilityModel visibility;
  private final ValueModel value;

  private CovalueDocument(VisibilityModel visibility, ValueModel value) {
    this.visibility = visibility;
    this.value = value;
  }

  /**
   * Returns a document of a visibility model and a value model over the same journey model.
   *
   * @param visibility the lines, placements, dependencies and responsibilities
   * @param value the outputs, outcomes, costs, risks, plans and driver chains
   * @return the document
   * @throws InvalidModelException if an argument is null or the two hold different journey models
   */
  public static CovalueDocument of(VisibilityModel visibility, ValueModel value) {
    Violations.requireNonNull(visibility, "visibility");
    Violations.requireNonNull(value, "value");
    if (!visibility.journey().equals(value.journey())) {
      throw InvalidModelException.of(
          "value.journey",
          "The value model must hold the same journey model as the visibility model",
          null);
    }
    return new CovalueDocument(visibility, value);
  }

  /**
   * Returns a document of a journey model alone, with no visibility or value element.
   *
   * @param journey the journey model, which holds the core model
   * @return the document
   * @throws InvalidModelException if the journey model is null
   */
  public static CovalueDocument of(JourneyModel journey) {
    Violations.requireNonNull(journey, "journey");
    return new CovalueDocument(
        VisibilityModel.builder().journey(journey).build(),
        ValueModel.builder().journey(journey).build());
  }

  /**
   * Returns a document of a core model alone.
   *
   * @param core the core model
   * @return the document
   * @throws InvalidModelException if the core model is null
   */
  public static CovalueDocument of(CoreModel core) {
    Violations.requireNonNull(core, "core");
    return of(JourneyModel.builder().core(core).build());
  }

  /**
   * Returns a document of a visibility model, with no value element.
   *
   * @param visibility the visibility model
   * @return the document
   * @throws InvalidModelException if the visibility model is null
   */
  public static CovalueDocument of(VisibilityModel visibility) {
    Violations.requireNonNull(visibility, "visibility");
    return of(visibility, ValueModel.builder().journey(visibility.journey()).build());
  }

  /**
   * Returns a document of a value model, with no visibility element.
   *
   * @param value the value model
   * @return the document
   * @throws InvalidModelException if the value model is null
   */
  public static CovalueDocument of(ValueModel value) {
    Violations.requireNonNull(value, "value");
    return of(VisibilityModel.builder().journey(value.journey()).build(), value);
  }

  /**
   * Returns the core model.
   *
   * @return the core model the journey model holds
   */
  public CoreModel core() {
    return journey().core();
  }

  /**
   * Returns the journey model that the visibility and value models share.
   *
   * @return the journey model
   */
  public JourneyModel journey() {
    return visibility.journey();
  }

  /**
   * Returns the visibility model.
   *
   * @return the visibility model, over {@link #journey()}
   */
  public VisibilityModel visibility() {
    return visibility;
  }

  /**
   * Returns the value model.
   *
   * @return the value model, over {@link #journey()}
   */
  public ValueModel value() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CovalueDocument that
        && visibility.equals(that.visibility)
        && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return 31 * visibility.hashCode() + value.hashCode();
  }

  /** Returns the sizes of the parts, not their elements. */
  @Override
  public String toString() {
    return "CovalueDocument{core="
        + core()
        + ", journeys="
        + journey().journeys().size()
        + ", visibility="
        + visibility.lines().size()
        + " lines, value="
        + value.outcomes().size()
        + " outcomes}";
  }
}
