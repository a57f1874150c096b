package org.covalue.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.covalue.core.model.CoreModel;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderKind;
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
  void aBuilderLackingAttributesNamesTheTypeAndEachAttribute() {
    assertThatThrownBy(() -> Stakeholder.builder().kind(StakeholderKind.OTHER).build())
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        Violation.of("id", "Stakeholder id must be set"),
                        Violation.of("name", "Stakeholder name must be set"),
                        Violation.of("influence", "Stakeholder influence must be set"),
                        Violation.of("interest", "Stakeholder interest must be set")));
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void aNullGivenToABuilderNamesTheTypeAndAttribute() {
    assertThatThrownBy(() -> Stakeholder.builder().name(null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("name: Stakeholder name must not be null");
    assertThatThrownBy(() -> CoreModel.builder().addParty(null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("parties: An element of CoreModel parties must not be null");
    assertThatThrownBy(() -> ServiceRelationship.builder().putDescriptor("k", null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "descriptors: The value of key \"k\" of ServiceRelationship descriptors must not be null");
  }

  @Test
  void theGeneratedCodesConstructorsWorkWhenCalledDirectly() {
    assertThat(new InvalidModelException(new String[] {"id", "name"}).violations())
        .containsExactly(
            Violation.of("id", "Value id must be set"),
            Violation.of("name", "Value name must be set"));
    assertThat(new InvalidModelException(new String[0]).violations())
        .containsExactly(Violation.of("", "Value lacks attributes that must be set"));
    assertThat(new InvalidModelException("kind").violations())
        .containsExactly(Violation.of("kind", "Value kind must not be null", null));
    assertThat(new InvalidModelException("relationships element").violations())
        .containsExactly(
            Violation.of(
                "relationships", "An element of Value relationships must not be null", null));
    assertThat(new InvalidModelException("descriptors key").violations())
        .containsExactly(
            Violation.of("descriptors", "A key of Value descriptors must not be null", null));
    assertThat(new InvalidModelException("element").violations())
        .containsExactly(Violation.of("", "An element of a Value must not be null", null));
    assertThat(new InvalidModelException("key").violations().get(0).message())
        .isEqualTo("A key of a Value must not be null");
  }

  @Test
  void aHugeNumberOfViolationsMakesAMessageOfBoundedSize() {
    List<Violation> many = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      many.add(Violation.of("parties[" + i + "]", "Party " + i + " is wrong"));
    }
    InvalidModelException e = new InvalidModelException(many);
    String eol = System.lineSeparator();
    assertThat(e.violations()).hasSize(100_000);
    assertThat(e.getMessage())
        .startsWith("100000 violations:" + eol + "- parties[0]: Party 0 is wrong")
        .contains("- parties[19]: Party 19 is wrong")
        .doesNotContain("parties[20]")
        .endsWith("- and 99,980 more")
        .hasSizeLessThan(2_000);
  }

  @Test
  void aHugeMessageIsShortened() {
    Violation violation = Violation.of("p", "x".repeat(5_000));
    assertThat(violation.message()).hasSize(Violation.MAX_MESSAGE_LENGTH).endsWith("…");
  }
}
