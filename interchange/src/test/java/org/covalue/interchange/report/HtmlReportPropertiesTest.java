package org.covalue.interchange.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.covalue.core.Finding;
import org.covalue.interchange.json.CovalueDocument;
import org.covalue.testkit.Findings;
import org.covalue.testkit.Values;
import org.covalue.testkit.Visibilities;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Laws of the report over the testkit's generated models and findings: the page is well-formed,
 * holds no script, fetches nothing, draws every picture of the model (up to the limit) and lists
 * every finding, and the same input gives the same page.
 */
class HtmlReportPropertiesTest {

  private static final int EXAMPLES = 40;

  @Test
  void valueModels() {
    qt().withExamples(EXAMPLES)
        .forAll(Values.models(), lists().of(Findings.findings()).ofSizeBetween(0, 12))
        .checkAssert((model, findings) -> check(CovalueDocument.of(model), findings));
  }

  @Test
  void visibilityModels() {
    qt().withExamples(EXAMPLES)
        .forAll(Visibilities.models(), lists().of(Findings.findings()).ofSizeBetween(0, 12))
        .checkAssert((model, findings) -> check(CovalueDocument.of(model), findings));
  }

  private static void check(CovalueDocument model, List<Finding> findings) {
    String html = HtmlReport.DEFAULT.render(model, findings);
    Document document = Reports.check(html);
    int pictures = HtmlReport.pictures(model).size();
    assertThat(document.getElementsByTagName("img").getLength())
        .isEqualTo(Math.min(pictures, HtmlReport.DEFAULT_MAX_PICTURES));
    assertThat(document.getElementsByTagName("figure").getLength())
        .isEqualTo(Math.min(pictures, HtmlReport.DEFAULT_MAX_PICTURES));
    int rows = document.getElementsByTagName("tr").getLength();
    assertThat(rows).isEqualTo(findings.isEmpty() ? 0 : findings.size() + 1);
    assertThat(HtmlReport.DEFAULT.render(model, findings)).isEqualTo(html);
  }
}
