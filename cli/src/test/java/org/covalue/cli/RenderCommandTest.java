package org.covalue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.covalue.interchange.json.CovalueDocument;
import org.covalue.interchange.json.CovalueJson;
import org.covalue.interchange.picture.RelationshipNetworkPicture;
import org.covalue.value.sample.IncidentValue;
import org.covalue.visibility.sample.ServerHosting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code covalue render} as a user would, on documents written from the samples. */
class RenderCommandTest {

  @TempDir Path folder;

  /** What one run printed and returned. */
  private record Run(int status, String out, String err) {}

  private static Run covalue(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = CovalueCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  private Path write(String name, CovalueDocument document) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, CovalueJson.DEFAULT.write(document), StandardCharsets.UTF_8);
    return file;
  }

  /** One journey, one relationship. */
  private Path incident() throws IOException {
    return write("incident.json", CovalueDocument.of(IncidentValue.model()));
  }

  /** Two journeys, two relationships. */
  private Path hosting() throws IOException {
    return write("hosting.json", CovalueDocument.of(ServerHosting.model()));
  }

  @Test
  void drawsTheNetworkAsSvgOnStandardOutput() throws IOException {
    Run run = covalue("render", hosting().toString(), "--what", "network", "--to", "svg");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("<?xml")
        .contains("<svg")
        .contains("Harbour Bank")
        .isEqualTo(RelationshipNetworkPicture.of(ServerHosting.model().journey().core()).svg());
  }

  @Test
  void drawsTheStakeholderMapAsMermaid() throws IOException {
    Run run =
        covalue("render", incident().toString(), "--what", "stakeholder-map", "--to", "mermaid");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("quadrantChart").contains("Works council");
  }

  @Test
  void drawsTheOnlyJourneyAndTheOnlyBandWithoutBeingToldWhich() throws IOException {
    Path file = incident();

    Run journey = covalue("render", file.toString(), "--what", "journey", "--to", "dot");
    Run band = covalue("render", file.toString(), "--what", "band", "--to", "dot");

    assertThat(journey.status()).isZero();
    assertThat(journey.out()).startsWith("digraph").contains("Resolving an incident");
    assertThat(band.status()).isZero();
    assertThat(band.out()).contains("graph").contains("IT service desk");
  }

  @Test
  void refusesToGuessWhichJourneyAndListsTheIds() throws IOException {
    Run run = covalue("render", hosting().toString(), "--what", "journey", "--to", "svg");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("has 2 customer journeys: name one with --journey ID, one of ")
        .contains("rent-a-server")
        .contains("co-manage-platform");
  }

  @Test
  void refusesToGuessWhichBandAndListsTheIds() throws IOException {
    Run run = covalue("render", hosting().toString(), "--what", "band", "--to", "svg");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains("has 2 service relationships: name one with --relationship ID, one of ")
        .contains("webshop-hosting, bank-platform");
  }

  @Test
  void drawsTheJourneyOrBandNamed() throws IOException {
    Path file = hosting();

    Run journey =
        covalue(
            "render",
            file.toString(),
            "--what",
            "journey",
            "--journey",
            "rent-a-server",
            "--to",
            "mermaid");
    Run band =
        covalue(
            "render",
            file.toString(),
            "--what",
            "band",
            "--relationship",
            "bank-platform",
            "--to",
            "svg");

    assertThat(journey.status()).isZero();
    assertThat(journey.out()).startsWith("journey").contains("Renting a cloud server");
    assertThat(band.status()).isZero();
    assertThat(band.out()).contains("Harbour Bank").doesNotContain("Corner Webshop");
  }

  @Test
  void anUnknownIdIsAWrongCommandLine() throws IOException {
    Run run =
        covalue(
            "render",
            hosting().toString(),
            "--what",
            "journey",
            "--journey",
            "nope",
            "--to",
            "svg");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains("has no customer journey nope: use one of rent-a-server, co-manage-platform");
  }

  @Test
  void unknownWhatOrFormatIsAWrongCommandLine() throws IOException {
    Path file = incident();

    Run what = covalue("render", file.toString(), "--what", "pie", "--to", "svg");
    Run format = covalue("render", file.toString(), "--what", "network", "--to", "png");
    Run html = covalue("render", file.toString(), "--what", "network", "--to", "html");

    assertThat(what.status()).isEqualTo(2);
    assertThat(what.err())
        .contains("'pie' is not one of stakeholder-map, journey, network, band, drivers");
    assertThat(format.status()).isEqualTo(2);
    assertThat(format.err()).contains("'png' is not one of svg, mermaid, dot, archimate, html");
    assertThat(html.status()).isEqualTo(2);
    assertThat(html.err()).contains("--to html takes the whole model: leave out --what");
  }

  @Test
  void drawsTheValueDriverChainLayerByLayer() throws IOException {
    Path file = incident();

    Run svg = covalue("render", file.toString(), "--what", "drivers", "--to", "svg");
    Run mermaid = covalue("render", file.toString(), "--what", "drivers", "--to", "mermaid");
    Run misplaced =
        covalue("render", file.toString(), "--what", "network", "--chain", "x", "--to", "svg");

    assertThat(svg.status()).isZero();
    assertThat(svg.out()).startsWith("<?xml").contains("<svg").contains("Deliver reliably");
    assertThat(mermaid.status()).isZero();
    assertThat(mermaid.out()).contains("flowchart BT");
    assertThat(misplaced.status()).isEqualTo(2);
    assertThat(misplaced.err()).contains("--chain applies to --what drivers only");
  }

  @Test
  void writesTheWholeModelAsAnHtmlReportWithItsFindings() throws IOException {
    Path file = incident();
    Path report = folder.resolve("out").resolve("report.html");

    Run run = covalue("render", file.toString(), "--to", "html", "--out", report.toString());

    assertThat(run.status()).isZero();
    assertThat(run.err()).contains("wrote " + report);
    String html = Files.readString(report, StandardCharsets.UTF_8);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("value-leakage.back-and-forth")
        .contains("data:image/svg+xml;base64,")
        .doesNotContain("<script")
        .doesNotContain("src=\"http")
        .doesNotContain("href=\"http");
  }

  @Test
  void aPictureNeedsWhatAndOptionsMustFitIt() throws IOException {
    Path file = incident();

    Run missing = covalue("render", file.toString(), "--to", "svg");
    Run misplaced =
        covalue("render", file.toString(), "--what", "network", "--journey", "x", "--to", "svg");

    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("Missing --what: one of stakeholder-map");
    assertThat(misplaced.status()).isEqualTo(2);
    assertThat(misplaced.err()).contains("--journey applies to --what journey only");
  }

  @Test
  void exportsTheWholeModelToArchimateAndRefusesWhat() throws IOException {
    Path file = incident();

    Run run = covalue("render", file.toString(), "--to", "archimate");
    Run refused = covalue("render", file.toString(), "--what", "network", "--to", "archimate");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .startsWith("<?xml")
        .contains("http://www.opengroup.org/xsd/archimate/3.0/")
        .contains("incident")
        .contains("Works council")
        .contains("Deliver reliably");
    assertThat(refused.status()).isEqualTo(2);
    assertThat(refused.err()).contains("--to archimate takes the whole model");
  }

  @Test
  void writesToAFileWhenAsked() throws IOException {
    Path target = folder.resolve("pictures/network.dot");

    Run run =
        covalue(
            "render",
            hosting().toString(),
            "--what",
            "network",
            "--to",
            "dot",
            "--out",
            target.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("wrote " + target);
    assertThat(Files.readString(target, StandardCharsets.UTF_8))
        .isEqualTo(RelationshipNetworkPicture.of(ServerHosting.model().journey().core()).dot());
  }

  @Test
  void aMissingOrInvalidDocumentIsStatusOne() throws IOException {
    Path broken = folder.resolve("broken.json");
    Files.writeString(broken, "{\"covalueFormat\": 1, \"surprise\": true}");

    Run missing =
        covalue(
            "render",
            folder.resolve("nothing.json").toString(),
            "--what",
            "network",
            "--to",
            "svg");
    Run invalid = covalue("render", broken.toString(), "--what", "network", "--to", "svg");

    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err()).contains("covalue render: No such file: ");
    assertThat(invalid.status()).isEqualTo(1);
    assertThat(invalid.err()).contains("covalue render: ").contains("/surprise");
  }

  @Test
  void aModelWithoutJourneysHasNothingToDraw() throws IOException {
    Path file = write("core.json", CovalueDocument.of(ServerHosting.model().journey().core()));

    Run run = covalue("render", file.toString(), "--what", "journey", "--to", "svg");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("core.json has no customer journey to draw");
  }
}
