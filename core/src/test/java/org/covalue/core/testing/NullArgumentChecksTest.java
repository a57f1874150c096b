package org.covalue.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import org.covalue.core.InvalidModelException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class NullArgumentChecksTest {

  /** A value type whose factory forgets to refuse null, and whose copy refuses it properly. */
  public static final class Careless {
    private final String name;

    private Careless(String name) {
      this.name = name;
    }

    /**
     * Forgets the check.
     *
     * @param name a name
     * @return the value
     */
    public static Careless of(String name) {
      return new Careless(name);
    }

    /**
     * Refuses null as model input should.
     *
     * @param name a name
     * @return the copy
     */
    public Careless withName(String name) {
      if (name == null) {
        throw InvalidModelException.of("name", "Careless name must not be null", null);
      }
      return new Careless(name);
    }

    /**
     * An operation that refuses null with the wrong exception.
     *
     * @param other another value
     * @return whether the names match
     */
    public boolean sameName(Careless other) {
      if (other == null) {
        throw new IllegalStateException("no");
      }
      return name.equals(other.name);
    }

    /**
     * An operation that refuses null properly.
     *
     * @param other another value
     * @return the longer name
     */
    public String longer(Careless other) {
      Objects.requireNonNull(other, "other");
      return name.length() >= other.name.length() ? name : other.name;
    }

    /**
     * Takes a null on purpose.
     *
     * @param note a note, or null
     * @return the name
     */
    public String noted(@Nullable String note) {
      return name;
    }
  }

  /** A public type with instance methods but no sample. */
  public static final class Forgotten {
    /**
     * Does nothing.
     *
     * @param text a text
     * @return the text
     */
    public String echo(String text) {
      return text;
    }
  }

  @Test
  void findsMethodsThatAcceptNullOrRefuseItWithTheWrongException() {
    NullArgumentChecks checks =
        new NullArgumentChecks()
            .sample(Careless.class, () -> Careless.of("a"))
            .checkTypes(Careless.class, Forgotten.class);
    assertThat(checks.failures())
        .hasSize(3)
        .anySatisfy(f -> assertThat(f).startsWith("Careless.of parameter 0 accepted null"))
        .anySatisfy(
            f ->
                assertThat(f)
                    .startsWith(
                        "Careless.sameName parameter 0 should refuse null with a"
                            + " NullPointerException"))
        .anySatisfy(f -> assertThat(f).contains("Forgotten: no sample registered"));
    assertThat(checks.checked())
        .contains("Careless.withName parameter 0", "Careless.longer parameter 0")
        .doesNotContain("Careless.noted parameter 0");
  }
}
