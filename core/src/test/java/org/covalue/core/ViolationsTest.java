package org.covalue.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationsTest {

  @Test
  void emptyCollectorThrowsNothing() {
    Violations found = Violations.collect();
    assertThat(found.isEmpty()).isTrue();
    assertThat(found.toList()).isEmpty();
    assertThatCode(found::throwIfAny).doesNotThrowAnyException();
  }

  @Test
  void throwsEverythingCollectedInOrder() {
    Violations found =
        Violations.collect()
            .add("a", "First")
            .add("b", "Second", 2)
            .add(Violation.of("c", "Third"))
            .addAll("d", List.of(Violation.of("e", "Fourth")));
    assertThat(found.isEmpty()).isFalse();
    assertThatThrownBy(found::throwIfAny)
        .asInstanceOf(type(InvalidModelException.class))
        .extracting(InvalidModelException::violations)
        .isEqualTo(
            List.of(
                Violation.of("a", "First"),
                Violation.of("b", "Second", 2),
                Violation.of("c", "Third"),
                Violation.of("d.e", "Fourth")));
  }

  @Test
  void toListIsASnapshot() {
    Violations found = Violations.collect().add("a", "First");
    List<Violation> snapshot = found.toList();
    found.add("b", "Second");
    assertThat(snapshot).hasSize(1);
  }
}
