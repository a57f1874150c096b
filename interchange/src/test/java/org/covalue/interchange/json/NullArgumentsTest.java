package org.covalue.interchange.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.covalue.core.testing.NullArgumentChecks;
import org.covalue.value.sample.IncidentValue;
import org.junit.jupiter.api.Test;

/**
 * Every public method of org.covalue.interchange.json refuses a null argument as conventions.md
 * documents: InvalidModelException for model input (factories, copies, and what a reader reads),
 * NullPointerException for other operations (writing).
 */
class NullArgumentsTest {

  @Test
  void everyPublicMethodRefusesNullAsDocumented() {
    NullArgumentChecks checks =
        new NullArgumentChecks()
            .sample(CovalueJson.class, () -> CovalueJson.DEFAULT)
            .sample(JsonLimits.class, () -> JsonLimits.DEFAULT)
            .sample(CovalueDocument.class, () -> CovalueDocument.of(IncidentValue.model()))
            .checkPackages("org.covalue.interchange.json", List.of("org.covalue.interchange.json"));
    // The shared check takes a method that returns another type for an operation, which should
    // throw NullPointerException; conventions.md counts what a reader reads as model input, so
    // the two read methods refuse null with InvalidModelException (CovalueJsonReadTest checks the
    // message), and are the only methods the shared check reports.
    assertThat(checks.failures())
        .hasSize(2)
        .allMatch(failure -> failure.contains("CovalueJson.read(") || failure.contains("#read"));
    assertThat(checks.checked()).hasSize(15);
  }
}
