package org.covalue.interchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.covalue.core.Finding;
import org.covalue.interchange.json.CovalueDocument;
import org.covalue.value.analysis.ValueDriverAnalysis;
import org.covalue.value.sample.IncidentValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the code of docs/pictures.md's section on the HTML report and checks what it says. */
class ReportGuideTest {

  @Test
  void theReportSectionOfTheGuide(@TempDir Path directory) throws Exception {
    CovalueDocument document = CovalueDocument.of(IncidentValue.model());
    Map<String, List<Finding>> findings = new LinkedHashMap<>();
    findings.put("Value-driver chain", ValueDriverAnalysis.of(IncidentValue.chain()).findings());
    String html = HtmlReport.DEFAULT.withTitle("Service desk review").render(document, findings);
    Files.writeString(directory.resolve("report.html"), html);

    assertThat(Files.readString(directory.resolve("report.html"))).isEqualTo(html);
    var page = Reports.check(html);
    assertThat(Reports.text(page))
        .contains("Service desk review", "Value-driver chain", "No findings.");
    assertThat(page.getElementsByTagName("figure").getLength()).isEqualTo(4);
    assertThat(HtmlReport.DEFAULT.maxPictures()).isEqualTo(60);
    assertThat(HtmlReport.DEFAULT.maxFindings()).isEqualTo(2000);
  }
}
