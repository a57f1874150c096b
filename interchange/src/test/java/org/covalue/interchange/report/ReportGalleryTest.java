package org.covalue.interchange.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.covalue.core.Finding;
import org.covalue.core.model.CoreModel;
import org.covalue.interchange.json.CovalueDocument;
import org.covalue.testkit.Findings;
import org.covalue.testkit.Values;
import org.covalue.testkit.Visibilities;
import org.covalue.visibility.sample.ServerHosting;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Writes the reports that {@code scripts/check-pictures.sh} opens in headless Chromium to {@code
 * target/pictures}: the samples, hostile names and messages, an empty model, a report cut to its
 * limits and reports of generated models. Each report is {@code <name>.html}; {@code reports.txt}
 * lists the names, and {@code <name>.html.expect} the texts the page must show.
 */
class ReportGalleryTest {

  private static final Path OUT = Path.of("target", "pictures");
  private static final int GENERATED = 4;

  @Test
  void writesTheReportsTheBrowserChecks() throws IOException {
    Map<String, String> reports = new LinkedHashMap<>();
    Map<String, List<Finding>> groups = new LinkedHashMap<>();
    groups.put("Value-driver chain", Reports.incidentFindings());
    groups.put("Hostile messages", Reports.hostileFindings());
    reports.put(
        "report-incident",
        HtmlReport.DEFAULT.withTitle("Incident value").render(Reports.incident(), groups));
    reports.put(
        "report-hosting",
        HtmlReport.DEFAULT
            .withTitle("Server hosting")
            .render(CovalueDocument.of(ServerHosting.model()), List.of()));
    reports.put(
        "report-hostile",
        HtmlReport.DEFAULT
            .withTitle("<script>alert(1)</script> & \"report\"")
            .render(Reports.hostile(), Reports.hostileFindings()));
    reports.put(
        "report-empty",
        HtmlReport.DEFAULT.render(CovalueDocument.of(CoreModel.empty()), List.of()));
    reports.put(
        "report-limited",
        HtmlReport.DEFAULT
            .withMaxPictures(1)
            .withMaxFindings(3)
            .render(Reports.hostile(), Reports.hostileFindings()));
    List<org.covalue.value.model.ValueModel> values = draw(Values.models());
    List<org.covalue.visibility.model.VisibilityModel> visibilities = draw(Visibilities.models());
    List<Finding> findings = draw(Findings.findings());
    for (int i = 0; i < values.size(); i++) {
      reports.put(
          "generated-report-value-" + i,
          HtmlReport.DEFAULT.render(CovalueDocument.of(values.get(i)), findings));
    }
    for (int i = 0; i < visibilities.size(); i++) {
      reports.put(
          "generated-report-visibility-" + i,
          HtmlReport.DEFAULT.render(CovalueDocument.of(visibilities.get(i)), findings));
    }

    Files.createDirectories(OUT);
    for (Map.Entry<String, String> report : reports.entrySet()) {
      Reports.check(report.getValue());
      write(report.getKey() + ".html", report.getValue());
    }
    write("reports.txt", String.join("\n", reports.keySet()) + "\n");
    expect(
        "report-incident",
        List.of("Incident value", "value-driver.unmeasured", "Hostile messages"));
    expect(
        "report-hostile",
        List.of("<script>alert(1)</script> & \"report\"", Reports.HOSTILE.get(3)));
    expect("report-empty", List.of("The model holds nothing to draw."));
    expect(
        "report-limited", List.of("more pictures are not drawn", "findings in all are not listed"));
    assertThat(Files.readAllLines(OUT.resolve("reports.txt"))).hasSize(reports.size());
  }

  private static void expect(String report, List<String> texts) throws IOException {
    write(report + ".html.expect", String.join("\n", texts) + "\n");
  }

  private static void write(String name, String text) throws IOException {
    Files.writeString(OUT.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** Draws values of a generator with a fixed seed, so that the gallery is the same each run. */
  private static <T> List<T> draw(Gen<T> generator) {
    List<T> drawn = new ArrayList<>();
    qt().withFixedSeed(20261127L)
        .withExamples(GENERATED)
        .withShrinkCycles(0)
        .forAll(generator)
        .checkAssert(drawn::add);
    return drawn;
  }
}
