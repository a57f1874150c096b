package org.covalue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.covalue.interchange.json.CovalueDocument;
import org.covalue.interchange.json.CovalueJson;
import org.covalue.value.sample.IncidentValue;
import org.covalue.visibility.analysis.BandOfVisibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code covalue demo} as a user would and checks what it prints and writes. */
class DemoCommandTest {

  @TempDir Path folder;

  /** What one run printed and returned. */
  private record Run(int status, String out, String err) {}

  private static Run covalue(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = CovalueCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  private Run demo() {
    return covalue("demo", "--out", folder.resolve("report").toString());
  }

  @Test
  void printsEverySectionOfTheSummary() {
    Run run = demo();

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("== Stakeholders and how to engage them (§1.2.1) ==")
        .contains("== Service relationships (§1.2.3) ==")
        .contains("== The customer journey and what really happened (§1.2.4) ==")
        .contains("== The band of visibility (§1.2.5) ==")
        .contains("== Value for each stakeholder (§1.2.6) ==")
        .contains("== Value drivers (§1.2.7, Figure 1.11) ==")
        .contains("== Value leakage (§1.2.6) ==");
  }

  @Test
  void speaksInNamesAndWords() {
    String out = demo().out().replaceAll("\\s+", " ");

    assertThat(out)
        .contains(" manage closely (high influence, high interest): ")
        .contains("Works council")
        .contains("IT service desk serves Northwind warehouse: a cooperative relationship")
        .contains("case INC-1001 of \"")
        .contains("goes back")
        .contains("IT service desk and Northwind warehouse: both see ")
        .contains("Receives the fix or a workaround relies on Warehouse floor")
        .contains("Pool of spare scanners")
        .contains("a narrow band; the relationship, the service and the journey call for moderate")
        .contains("warning value-leakage.band-width-mismatch: ")
        .contains("time counted at 25 EUR an hour")
        .contains("Warehouse user")
        .contains("not valuable")
        .contains("\"Deliver reliably\" performs at ")
        .contains("relationship misalignment:")
        .contains("warning value-leakage.back-and-forth: ");
    assertThat(out)
        .contains("asks continuity hours to restore")
        .doesNotContain("MANAGE_CLOSELY")
        .doesNotContain("COOPERATIVE")
        .doesNotContain("CONTINUITY");
    assertThat(out).doesNotContainPattern("[A-Z]{3,}_[A-Z]");
  }

  @Test
  void noLineIsLongerThanAHundredColumns() {
    List<String> lines = demo().out().lines().toList();

    assertThat(lines)
        .hasSizeGreaterThan(30)
        .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(100));
  }

  @Test
  void theLeakageTakesTheBandItMeasuresAsEvidence() {
    CovalueDocument document = DemoModel.document();
    var width =
        BandOfVisibility.of(document.visibility(), document.core().relationships().get(0)).width();

    assertThat(demo().out())
        .contains(
            "both see "
                + width.placeableInBand()
                + " of "
                + width.placeableTotal()
                + " activities");
    assertThat(ModelAnalyses.evidence(document).bandWidths()).hasSize(1);
  }

  @Test
  void writesTheModelAndItsPictures() throws IOException {
    Path report = folder.resolve("report");

    Run run = demo();

    assertThat(run.out()).contains("wrote to " + report);
    String json = Files.readString(report.resolve("model.json"), StandardCharsets.UTF_8);
    assertThat(CovalueJson.DEFAULT.read(json)).isEqualTo(DemoModel.document());
    assertThat(DemoModel.document().value()).isEqualTo(IncidentValue.model());
    for (String picture :
        List.of(
            "stakeholder-map.svg",
            "network.svg",
            "journey-incident-resolution.svg",
            "band-desk-for-warehouse.svg")) {
      assertThat(Files.readString(report.resolve(picture), StandardCharsets.UTF_8))
          .as(picture)
          .startsWith("<?xml")
          .contains("<svg");
    }
    assertThat(covalue("validate", report.resolve("model.json").toString()).status()).isZero();
    assertThat(Files.readString(report.resolve("report.html"), StandardCharsets.UTF_8))
        .startsWith("<!DOCTYPE html>")
        .contains("value-leakage.band-width-mismatch")
        .contains("data:image/svg+xml;base64,")
        .doesNotContain("<script");
    assertThat(report.resolve("drivers-reliable-deliveries.svg")).isRegularFile();
  }
}
