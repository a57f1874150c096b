package org.covalue.testkit.laws.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Violation;
import org.covalue.core.analysis.CoreModelValidator;
import org.covalue.core.model.CoreModel;
import org.covalue.journey.analysis.JourneyValidator;
import org.covalue.journey.model.JourneyModel;
import org.covalue.testkit.CoreModels;
import org.covalue.testkit.JourneyModels;
import org.covalue.testkit.Values;
import org.covalue.testkit.Visibilities;
import org.covalue.value.analysis.ValueValidator;
import org.covalue.value.model.ValueModel;
import org.covalue.visibility.analysis.VisibilityValidator;
import org.covalue.visibility.model.VisibilityModel;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Models whose parts no longer fit together, made by cutting, repeating, shuffling and swapping the
 * elements of generated models, are checked by the validators, which report violations and never
 * throw; {@code requireValid} throws {@link InvalidModelException} exactly when there is one.
 */
class ValidatorFuzzPropertiesTest {

  private static final int CASES = FuzzInput.cases(150);

  @Test
  void coreValidatorReportsMutatedModels() {
    check(
        CoreModels.models(),
        CoreModel.class,
        CoreModelValidator::validate,
        CoreModelValidator::requireValid);
  }

  @Test
  void journeyValidatorReportsMutatedModels() {
    check(
        JourneyModels.models(),
        JourneyModel.class,
        JourneyValidator::validate,
        JourneyValidator::requireValid);
  }

  @Test
  void visibilityValidatorReportsMutatedModels() {
    check(
        Visibilities.models(),
        VisibilityModel.class,
        VisibilityValidator::validate,
        VisibilityValidator::requireValid);
  }

  @Test
  void valueValidatorReportsMutatedModels() {
    check(
        Values.models(), ValueModel.class, ValueValidator::validate, ValueValidator::requireValid);
  }

  private static <M> void check(
      Gen<M> models,
      Class<M> type,
      Function<M, List<Violation>> validate,
      Function<M, M> requireValid) {
    int[] invalid = new int[1];
    qt().withExamples(CASES)
        .forAll(models, models, longs().all())
        .checkAssert(
            (model, other, seed) -> {
              M mutated;
              try {
                mutated = mutate(model, other, type, new Random(seed));
              } catch (InvalidModelException refused) {
                assertThat(refused.violations()).isNotEmpty();
                return;
              }
              List<Violation> violations = validate.apply(mutated);
              if (violations.isEmpty()) {
                assertThat(requireValid.apply(mutated)).isSameAs(mutated);
              } else {
                invalid[0]++;
                assertThatThrownBy(() -> requireValid.apply(mutated))
                    .isInstanceOfSatisfying(
                        InvalidModelException.class,
                        e -> assertThat(e.violations()).isEqualTo(violations));
              }
            });
    assertThat(invalid[0]).as("mutated models found invalid").isPositive();
  }

  /**
   * Rebuilds a model with some of its lists cut short, repeated, shuffled or mixed with the
   * elements of another model.
   */
  private static <M> M mutate(M model, M other, Class<M> type, Random random) {
    try {
      Object builder = type.getMethod("builder").invoke(null);
      builder.getClass().getMethod("from", type).invoke(builder, model);
      for (Method accessor : type.getMethods()) {
        if (accessor.getParameterCount() != 0
            || Modifier.isStatic(accessor.getModifiers())
            || accessor.getReturnType() != List.class
            || random.nextInt(3) == 0) {
          continue;
        }
        List<Object> elements = new ArrayList<>((List<?>) accessor.invoke(model));
        List<?> others = (List<?>) accessor.invoke(other);
        switch (random.nextInt(4)) {
          case 0 -> {
            if (!elements.isEmpty()) {
              elements.remove(random.nextInt(elements.size()));
            }
          }
          case 1 -> {
            if (!elements.isEmpty()) {
              elements.add(elements.get(random.nextInt(elements.size())));
            }
          }
          case 2 -> Collections.shuffle(elements, random);
          default -> {
            if (!others.isEmpty()) {
              elements.add(others.get(random.nextInt(others.size())));
            }
          }
        }
        builder.getClass().getMethod(accessor.getName(), Iterable.class).invoke(builder, elements);
      }
      return type.cast(builder.getClass().getMethod("build").invoke(builder));
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof InvalidModelException invalid) {
        throw invalid;
      }
      throw new AssertionError("Rebuilding " + type.getSimpleName() + " threw " + e.getCause(), e);
    } catch (ReflectiveOperationException e) {
      throw new LinkageError("Cannot rebuild " + type.getSimpleName(), e);
    }
  }
}
