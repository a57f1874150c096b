package org.covalue.interchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.covalue.core.testing.NullArgumentChecks;
import org.covalue.interchange.json.CovalueDocument;
import org.junit.jupiter.api.Test;

/**
 * Every public method of the report package refuses a null argument as conventions.md says: the
 * settings ({@code of}, {@code withX}) with an InvalidModelException naming it, {@code render} with
 * a NullPointerException naming it.
 */
class NullArgumentsTest {

  @Test
  void everyPublicMethodRefusesNullAsDocumented() {
    NullArgumentChecks checks =
        new NullArgumentChecks()
            .sample(CovalueDocument.class, Reports::incident)
            .sample(HtmlReport.class, () -> HtmlReport.DEFAULT)
            .checkPackages(
                "org.covalue.interchange.report", List.of("org.covalue.interchange.report"));
    assertThat(checks.failures()).isEmpty();
    assertThat(checks.checked())
        .contains(
            "HtmlReport.of parameter 0",
            "HtmlReport.withTitle parameter 0",
            "HtmlReport.render parameter 0",
            "HtmlReport.render parameter 1");
  }
}
