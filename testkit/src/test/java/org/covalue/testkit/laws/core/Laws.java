package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Violation;
import org.covalue.testkit.InvalidInput;
import org.covalue.testkit.internal.Draw;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/** Helpers shared by the laws: permutations, pairs, and the check of an invalid input. */
final class Laws {

  private Laws() {}

  /** Returns a generator of a value together with a drawn permutation of a list derived from it. */
  static <T, E> Gen<Pair<T, List<E>>> withPermutation(
      Gen<T> values, java.util.function.Function<T, List<E>> list) {
    return in -> {
      T value = values.generate(in);
      return Pair.of(value, Draw.shuffle(in, list.apply(value)));
    };
  }

  /** Returns the sign of a comparison result. */
  static int sign(int comparison) {
    return Integer.signum(comparison);
  }

  /** Counts the elements of a list, as a multiset. */
  static <T> Map<T, Integer> multiset(List<T> elements) {
    Map<T, Integer> counts = new HashMap<>();
    for (T element : elements) {
      counts.merge(element, 1, Integer::sum);
    }
    return counts;
  }

  /** Returns the paths of violations. */
  static List<String> paths(List<Violation> violations) {
    List<String> paths = new ArrayList<>();
    for (Violation violation : violations) {
      paths.add(violation.path());
    }
    return paths;
  }

  /**
   * Checks that an invalid input is rejected with covalue's exception, and only that, naming an
   * expected path with a full-sentence message.
   */
  static void assertRejected(InvalidInput input) {
    InvalidModelException rejection = input.rejection();
    assertThat(rejection).isExactlyInstanceOf(InvalidModelException.class);
    assertThat(rejection.violations()).isNotEmpty();
    assertThat(input.isNamedBy(rejection.violations()))
        .as("%s, but the violations were %s", input, rejection.violations())
        .isTrue();
    for (Violation violation : rejection.violations()) {
      assertThat(violation.message()).isNotBlank();
      assertThat(rejection.getMessage()).contains(violation.message());
    }
  }
}
