package org.covalue.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The numbering index grows past the size it was made for and keeps every number. */
class ObjectIndexTest {

  /** A key whose hash codes collide in groups, to exercise probing. */
  private record Key(int number) {
    @Override
    public int hashCode() {
      return number / 3;
    }
  }

  @Test
  void numbersObjectsInTheOrderTheyComeAndGrowsBeyondTheExpectedCount() {
    for (int expected : new int[] {0, 1, 4, 100}) {
      ObjectIndex<Key> index = new ObjectIndex<>(expected);
      for (int i = 0; i < 5_000; i++) {
        assertThat(index.add(new Key(i))).isEqualTo(i);
      }
      assertThat(index.size()).isEqualTo(5_000);
      for (int i = 0; i < 5_000; i++) {
        assertThat(index.indexOf(new Key(i))).as("key %d of %d expected", i, expected).isEqualTo(i);
        assertThat(index.get(i)).isEqualTo(new Key(i));
        assertThat(index.add(new Key(i))).isEqualTo(i);
      }
      assertThat(index.indexOf(new Key(5_000))).isEqualTo(-1);
      assertThat(index.indexOf("not a key")).isEqualTo(-1);
      assertThat(index.size()).isEqualTo(5_000);
      assertThat(index.values()).hasSize(5_000).startsWith(new Key(0), new Key(1));
    }
  }

  @Test
  void theValuesAreAReadOnlyView() {
    ObjectIndex<String> index = new ObjectIndex<>(2);
    index.add("a");
    assertThatThrownBy(() -> index.values().add("b"))
        .isInstanceOf(UnsupportedOperationException.class);
    index.add("b");
    assertThat(index.values()).containsExactly("a", "b");
  }
}
