package org.covalue.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Score;
import org.covalue.core.StakeholderId;
import org.covalue.core.Violation;
import org.junit.jupiter.api.Test;

class InvalidInputTest {

  private final InvalidInput tooHigh = InvalidInput.of("a score of 2", "", () -> Score.of(2.0));

  @Test
  void rejectionReturnsCovaluesException() {
    InvalidModelException rejection = tooHigh.rejection();
    assertThat(rejection.violations()).extracting(Violation::path).containsExactly("");
    assertThat(tooHigh.isNamedBy(rejection.violations())).isTrue();
  }

  @Test
  void attemptRunsTheAttemptAndPropagatesTheRejection() {
    assertThatThrownBy(tooHigh::attempt).isInstanceOf(InvalidModelException.class);
    assertThat(InvalidInput.of("valid", "", () -> StakeholderId.of("cfo")).attempt())
        .isEqualTo(StakeholderId.of("cfo"));
  }

  @Test
  void rejectionFailsWhenTheInputIsAccepted() {
    InvalidInput accepted = InvalidInput.of("a valid id", "", () -> StakeholderId.of("cfo"));
    assertThatThrownBy(accepted::rejection)
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expected an InvalidModelException for a valid id (expects a violation at the value as a whole), but got cfo");
  }

  @Test
  void rejectionFailsWhenAnotherExceptionIsThrown() {
    InvalidInput crashing =
        InvalidInput.of(
            "a crash",
            "name",
            () -> {
              throw new NullPointerException("boom");
            });
    assertThatThrownBy(crashing::rejection)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but got java.lang.NullPointerException: boom")
        .hasCauseInstanceOf(NullPointerException.class);
  }

  @Test
  void isNamedByLooksForAnyExpectedPath() {
    InvalidInput either =
        InvalidInput.of(
            "a circle", List.of("products[1].components", "products[3].components"), () -> null);
    assertThat(either.isNamedBy(List.of(Violation.of("products[3].components", "circle"))))
        .isTrue();
    assertThat(either.isNamedBy(List.of(Violation.of("products[2].components", "circle"))))
        .isFalse();
    assertThat(either.isNamedBy(List.of())).isFalse();
    assertThat(either.toString())
        .isEqualTo(
            "a circle (expects a violation at products[1].components or products[3].components)");
  }

  @Test
  void anInvalidInputNeedsAnExpectedPath() {
    assertThatThrownBy(() -> InvalidInput.of("nothing expected", List.of(), () -> null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("An invalid input needs at least one expected path");
  }
}
