package org.covalue.testkit.laws.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Violation;
import org.covalue.journey.analysis.JourneyValidator;
import org.covalue.testkit.InvalidModel;
import org.covalue.testkit.Values;
import org.covalue.testkit.laws.Laws;
import org.covalue.value.analysis.ValueValidator;
import org.junit.jupiter.api.Test;

/**
 * Laws of the value validator: consistent models pass, each kind of planted defect is reported at
 * its path, and validation never throws, while {@code requireValid} throws exactly the violations.
 */
class ValueValidatorPropertiesTest {

  private static final int EXAMPLES = 200;

  @Test
  void consistentModelsHaveNoViolation() {
    qt().withExamples(EXAMPLES)
        .forAll(Values.models())
        .checkAssert(
            model -> {
              assertThat(ValueValidator.validate(model)).as("%s", model).isEmpty();
              assertThat(JourneyValidator.validate(model.journey())).isEmpty();
              assertThat(ValueValidator.requireValid(model)).isSameAs(model);
            });
  }

  @Test
  void everyKindOfDefectIsReportedAtItsPath() {
    qt().withExamples(EXAMPLES)
        .forAll(Values.invalidModels())
        .checkAssert(
            invalid -> {
              List<Violation> violations = ValueValidator.validate(invalid.model());
              assertThat(violations).as("%s", invalid).isNotEmpty();
              assertThat(Laws.paths(violations))
                  .as("%s", invalid)
                  .containsAnyElementsOf(invalid.expectedPaths());
              Laws.assertRejected(invalid.asInvalidInput());
            });
  }

  @Test
  void validationNeverThrowsAndRequireValidThrowsExactlyTheViolations() {
    qt().withExamples(EXAMPLES)
        .forAll(Values.models().mix(Values.invalidModels().map(InvalidModel::model), 60))
        .checkAssert(
            model -> {
              List<Violation> violations = ValueValidator.validate(model);
              Throwable thrown = catchThrowable(() -> ValueValidator.requireValid(model));
              if (violations.isEmpty()) {
                assertThat(thrown).isNull();
              } else {
                assertThat(thrown).isExactlyInstanceOf(InvalidModelException.class);
                assertThat(((InvalidModelException) thrown).violations()).isEqualTo(violations);
              }
              assertThat(ValueValidator.validate(model)).isEqualTo(violations);
            });
  }
}
