package org.covalue.testkit;

import org.covalue.journey.analysis.JourneyValidator;
import org.covalue.journey.model.JourneyModel;
import org.covalue.testkit.internal.JourneyModelGens;
import org.quicktheories.core.Gen;

/**
 * Generators of whole journey models, {@link JourneyModel}s: a core model with the parties, value
 * streams, designed customer journeys, observed cases of them and experience observations together
 * (ITIL 4: Drive Stakeholder Value, §1.2.4, Figures 1.4 and 1.5).
 *
 * <p>{@linkplain #models() Consistent models} pass the {@link JourneyValidator}, their core passes
 * {@link org.covalue.core.analysis.CoreModelValidator}, and their journeys satisfy {@link
 * org.covalue.journey.analysis.ValueStreamAnalysis} without errors: every organization owns one or
 * two value streams; each journey links at least one value stream of each of its participants and
 * only theirs, and its touchpoints and interactions use only visible activities of the streams it
 * links. Journeys often share value streams, and some streams support no journey, so the
 * informational findings of Figure 1.4 (a stream supporting one journey, a journey spanning several
 * streams, a stream in no journey) all occur.
 */
public final class JourneyModels {

  /** The scale of {@link #models()}, {@link #invalidModels()} and {@link #ruleBreaches()}. */
  public static final int DEFAULT_SCALE = 5;

  private JourneyModels() {}

  /**
   * Returns consistent models with up to {@value #DEFAULT_SCALE} organizations.
   *
   * @return the generator
   */
  public static Gen<JourneyModel> models() {
    return models(DEFAULT_SCALE);
  }

  /**
   * Returns consistent models: a consistent core model with two to {@code scale} organizations and
   * every list filled, one to about half of {@code scale} journeys of up to six touchpoints each,
   * up to two observed cases of each journey, with distinct case ids, and up to two experience
   * observations of each.
   *
   * @param scale the most organizations; at least 2
   * @return the generator
   * @throws IllegalArgumentException if {@code scale} is below 2
   */
  public static Gen<JourneyModel> models(int scale) {
    return JourneyModelGens.models(scale);
  }

  /**
   * Returns consistent models with one defect each that the journey validator must report: any
   * defect of {@link CoreModels#invalidModels()} in the core (expected under {@code core.}), a
   * journey, value stream or case id used twice, an activity id in two value streams, a
   * value-stream owner, journey consumer or provider the model does not hold, a link to an unknown
   * value stream, a touchpoint or interaction using an unknown activity, a party or value stream
   * removed while journeys still name it, and an experience observation about an unknown journey or
   * touchpoint. Each is checked by {@link JourneyValidator#requireValid(JourneyModel)}.
   *
   * @return the generator
   */
  public static Gen<InvalidModel<JourneyModel>> invalidModels() {
    return invalidModels(DEFAULT_SCALE);
  }

  /**
   * Returns consistent models of a given scale with one validator defect each; see {@link
   * #invalidModels()}.
   *
   * @param scale the scale of the consistent model; at least 2
   * @return the generator
   * @throws IllegalArgumentException if {@code scale} is below 2
   */
  public static Gen<InvalidModel<JourneyModel>> invalidModels(int scale) {
    return JourneyModelGens.brokenModels(scale)
        .map(broken -> InvalidModel.from(broken, JourneyValidator::requireValid));
  }

  /**
   * Returns models the journey validator accepts that break one statement of Figure 1.4 each: a
   * journey no longer linked to any value stream of some participants, or given a new provider
   * without one (statement 1); an element using a hidden activity, newly added or made hidden
   * (statement 4); an element using an activity of a stream the journey does not link, or a journey
   * linking a value stream of a non-participant (statement 3's warnings).
   *
   * @return the generator
   */
  public static Gen<ValueStreamRuleBreach> ruleBreaches() {
    return ruleBreaches(DEFAULT_SCALE);
  }

  /**
   * Returns rule breaches in consistent models of a given scale; see {@link #ruleBreaches()}.
   *
   * @param scale the scale of the consistent model; at least 2
   * @return the generator
   * @throws IllegalArgumentException if {@code scale} is below 2
   */
  public static Gen<ValueStreamRuleBreach> ruleBreaches(int scale) {
    return JourneyModelGens.ruleBreaches(scale).map(ValueStreamRuleBreach::new);
  }

  /**
   * Returns loose models: each party, value stream, journey, observed journey and experience
   * observation is drawn on its own, valid by itself, with its id and the ids it refers to taken
   * from small pools. Loose models hold any mix of repeated ids, dangling references, activities in
   * two value streams, participants without a value stream and hidden activities in journeys; they
   * suit properties that must hold for any input, and comparisons with simple reference
   * computations.
   *
   * @return the generator
   */
  public static Gen<JourneyModel> looseModels() {
    return JourneyModelGens.looseModels();
  }
}
