package org.covalue.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidModelExceptionTest {

  @Test
  void isAnIllegalArgumentException() {
    assertThat(InvalidModelException.of("p", "m", null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void oneViolationIsTheMessage() {
    InvalidModelException e = InvalidModelException.of("influence", "Score must be at most 1", 1.7);
    assertThat(e).hasMessage("influence: Score must be at most 1");
    assertThat(e.violations())
        .containsExactly(Violation.of("influence", "Score must be at most 1", 1.7));
  }

  @Test
  void messageListsEveryViolation() {
    InvalidModelException e =
        new InvalidModelException(
            List.of(Violation.of("a", "First rule"), Violation.of("b", "Second rule")));
    String eol = System.lineSeparator();
    assertThat(e).hasMessage("2 violations:" + eol + "- a: First rule" + eol + "- b: Second rule");
  }

  @Test
  void violationsAreACopy() {
    List<Violation> list = new ArrayList<>(List.of(Violation.of("a", "m")));
    InvalidModelException e = new InvalidModelException(list);
    list.add(Violation.of("b", "m"));
    assertThat(e.violations()).hasSize(1);
    assertThatThrownBy(() -> e.violations().add(Violation.of("c", "m")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void noViolationIsRefused() {
    assertThatThrownBy(() -> new InvalidModelException(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(InvalidModelException.class)
        .hasMessage("An InvalidModelException needs at least one violation");
  }

  @Test
  void underMovesEveryViolationAndKeepsTheCause() {
    InvalidModelException e =
        new InvalidModelException(List.of(Violation.of("name", "m"), Violation.of("", "n")));
    InvalidModelException moved = e.under("parties[1]");
    assertThat(moved.violations())
        .extracting(Violation::path)
        .containsExactly("parties[1].name", "parties[1]");
    assertThat(moved.getCause()).isSameAs(e);
  }

  @Test
  void generatedMissingAttributesMessageBecomesOneViolationPerAttribute() {
    InvalidModelException e =
        new InvalidModelException(
            "Cannot build Stakeholder, some of required attributes are not set [id, name]");
    assertThat(e.violations())
        .containsExactly(
            Violation.of("id", "Stakeholder id must be set"),
            Violation.of("name", "Stakeholder name must be set"));
  }

  @Test
  void generatedNullMessageBecomesAMustNotBeNullViolation() {
    assertThat(new InvalidModelException("kind").violations())
        .containsExactly(Violation.of("kind", "kind must not be null", null));
  }

  @Test
  void generatedNullElementKeyAndValueMessagesNameTheAttribute() {
    assertThat(new InvalidModelException("relationships element").violations())
        .containsExactly(
            Violation.of("relationships", "An element of relationships must not be null", null));
    assertThat(new InvalidModelException("descriptors key").violations())
        .containsExactly(
            Violation.of("descriptors", "A key of descriptors must not be null", null));
    assertThat(new InvalidModelException("descriptors value").violations().get(0).message())
        .isEqualTo("A value of descriptors must not be null");
    assertThat(new InvalidModelException("element").violations())
        .containsExactly(Violation.of("", "An element of a collection must not be null", null));
    assertThat(new InvalidModelException("key").violations().get(0).message())
        .isEqualTo("A key of a collection must not be null");
  }

  @Test
  void otherGeneratedMessagesAreKeptWhole() {
    assertThat(new InvalidModelException("Something else went wrong").violations())
        .containsExactly(Violation.of("", "Something else went wrong"));
    assertThat(new InvalidModelException("   ").violations())
        .containsExactly(Violation.of("", "Invalid value"));
    assertThat(
            new InvalidModelException(
                    "Cannot build Stakeholder, some of required attributes are not set []")
                .violations())
        .containsExactly(
            Violation.of(
                "", "Cannot build Stakeholder, some of required attributes are not set []"));
  }
}
