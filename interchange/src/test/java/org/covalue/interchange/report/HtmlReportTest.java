package org.covalue.interchange.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.covalue.core.Finding;
import org.covalue.core.InvalidModelException;
import org.covalue.core.model.CoreModel;
import org.covalue.interchange.json.CovalueDocument;
import org.covalue.interchange.picture.BandOfVisibilityPicture;
import org.covalue.interchange.picture.CustomerJourneyPicture;
import org.covalue.interchange.picture.RelationshipNetworkPicture;
import org.covalue.interchange.picture.StakeholderMapPicture;
import org.covalue.interchange.picture.ValueDriverChainPicture;
import org.covalue.value.analysis.ValueDriverAnalysis;
import org.covalue.value.sample.IncidentValue;
import org.covalue.visibility.model.VisibilityModel;
import org.covalue.visibility.sample.ServerHosting;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class HtmlReportTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  @Test
  void theIncidentSampleShowsItsFourPicturesAndTheChainsFindings() {
    List<Finding> findings = Reports.incidentFindings();
    assertThat(findings).isNotEmpty();
    String html =
        HtmlReport.DEFAULT.withTitle("Service desk review").render(Reports.incident(), findings);

    Document document = Reports.check(html);
    String text = Reports.text(document);
    assertThat(document.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("Service desk review");
    assertThat(text)
        .contains("Service desk review")
        .contains(
            "Picture 1. Stakeholder map (ITIL 4: Drive Stakeholder Value, §1.2.1, Figure 1.1)")
        .contains("Value-driver chain (ITIL 4: Drive Stakeholder Value, §1.2.7, Figure 1.11)")
        .contains("ITIL® is a registered trademark of PeopleCert");
    CovalueDocument model = Reports.incident();
    List<String> pictures = Reports.pictures(document);
    assertThat(pictures)
        .containsExactly(
            StakeholderMapPicture.of(
                    org.covalue.core.stakeholder.StakeholderMap.builder()
                        .stakeholders(model.core().stakeholders())
                        .build())
                .svg(),
            RelationshipNetworkPicture.of(model.core()).svg(),
            CustomerJourneyPicture.of(model.journey(), model.journey().journeys().get(0)).svg(),
            ValueDriverChainPicture.of(ValueDriverAnalysis.of(IncidentValue.chain())).svg());
    assertThat(document.getElementsByTagName("tr").getLength() - 1).isEqualTo(findings.size());
    for (Finding finding : findings) {
      assertThat(text).contains(finding.rule().id(), finding.message());
    }
  }

  @Test
  void serverHostingDrawsTheBandOfEachRelationship() {
    VisibilityModel hosting = ServerHosting.model();
    String html = HtmlReport.DEFAULT.render(CovalueDocument.of(hosting));

    Document document = Reports.check(html);
    assertThat(Reports.pictures(document))
        .contains(
            BandOfVisibilityPicture.of(hosting, ServerHosting.commodity()).svg(),
            BandOfVisibilityPicture.of(hosting, ServerHosting.partnership()).svg());
    assertThat(Reports.text(document)).doesNotContain("Findings").contains("covalue report");
    assertThat(document.getElementsByTagName("table").getLength()).isZero();
  }

  @Test
  void everyNameAndMessageIsEscaped() {
    String html =
        HtmlReport.DEFAULT
            .withTitle("<script>alert(1)</script> & \"report\"")
            .render(Reports.hostile(), Reports.hostileFindings());

    Document document = Reports.check(html);
    String text = Reports.text(document);
    assertThat(text).contains("<script>alert(1)</script> & \"report\"");
    for (String message : Reports.HOSTILE.subList(0, 6)) {
      assertThat(text).contains(message);
    }
    assertThat(text).contains("Ünïcödé 中文 😀 line\nbreak\ttab");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void findingsInTitledGroupsGetAHeadingEach() {
    Map<String, List<Finding>> groups = new LinkedHashMap<>();
    groups.put("Value-driver chain <reliable>", Reports.incidentFindings());
    groups.put("Nothing here", List.of());
    String html = HtmlReport.DEFAULT.render(Reports.incident(), groups);

    Document document = Reports.check(html);
    assertThat(document.getElementsByTagName("h3").item(0).getTextContent())
        .isEqualTo("Value-driver chain <reliable>");
    assertThat(document.getElementsByTagName("h3").item(1).getTextContent())
        .isEqualTo("Nothing here");
    assertThat(Reports.text(document)).contains("No findings.");
  }

  @Test
  void aHugeModelIsSummarisedWithinTheLimits() {
    String html =
        HtmlReport.DEFAULT
            .withMaxPictures(1)
            .withMaxFindings(2)
            .render(Reports.hostile(), Reports.hostileFindings());

    Document document = Reports.check(html);
    assertThat(document.getElementsByTagName("img").getLength()).isEqualTo(1);
    assertThat(document.getElementsByTagName("tr").getLength() - 1).isEqualTo(2);
    assertThat(Reports.text(document))
        .contains("1 more pictures are not drawn")
        .contains("5 more findings in this group are not listed.")
        .contains("5 findings in all are not listed: the report lists 2 at most.");
  }

  @Test
  void anEmptyModelSaysSo() {
    String html = HtmlReport.DEFAULT.render(CovalueDocument.of(CoreModel.empty()), List.of());

    Document document = Reports.check(html);
    assertThat(Reports.text(document))
        .contains("The model holds nothing to draw.")
        .contains("No findings.");
  }

  @Test
  void theSameInputGivesTheSamePage() {
    assertThat(HtmlReport.DEFAULT.render(Reports.incident(), Reports.incidentFindings()))
        .isEqualTo(HtmlReport.DEFAULT.render(Reports.incident(), Reports.incidentFindings()));
  }

  @Test
  void settingsAreCheckedAndCopied() {
    HtmlReport report = HtmlReport.DEFAULT.withTitle("Review").withMaxPictures(3);

    assertThat(report.title()).isEqualTo("Review");
    assertThat(report.maxPictures()).isEqualTo(3);
    assertThat(report.maxFindings()).isEqualTo(HtmlReport.DEFAULT_MAX_FINDINGS);
    assertThat(report).isEqualTo(HtmlReport.of("Review", 3, HtmlReport.DEFAULT_MAX_FINDINGS));
    assertThat(HtmlReport.DEFAULT.title()).isEqualTo("covalue report");
    assertThatThrownBy(() -> HtmlReport.DEFAULT.withTitle(" "))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("HtmlReport title must not be blank");
    assertThatThrownBy(() -> HtmlReport.DEFAULT.withMaxPictures(-1))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("HtmlReport maxPictures must be zero or more, but was -1");
    assertThatThrownBy(() -> HtmlReport.DEFAULT.withMaxFindings(-2))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("HtmlReport maxFindings must be zero or more, but was -2");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullsAreRefusedAsConventionsSay() {
    assertThatThrownBy(() -> HtmlReport.DEFAULT.withTitle(null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("title must not be null");
    assertThatThrownBy(() -> HtmlReport.DEFAULT.render(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("document");
    assertThatThrownBy(
            () ->
                HtmlReport.DEFAULT.render(
                    Reports.incident(), java.util.Arrays.asList((Finding) null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("findings[0]");
  }

  /**
   * Pins the report of a small sample (the incident's core model and the chain's findings) to a
   * golden file; rewrite it with {@code -Dcovalue.golden.update=true}, as GoldenFilesTest says.
   */
  @Test
  void theReportOfTheSmallSampleIsTheGoldenFile() throws IOException {
    String html =
        HtmlReport.DEFAULT
            .withTitle("Incident value: core")
            .render(CovalueDocument.of(IncidentValue.model().core()), Reports.incidentFindings());
    Path file = GOLDEN.resolve("report-incident-core.html");
    if (Boolean.getBoolean("covalue.golden.update")) {
      Files.writeString(file, html, StandardCharsets.UTF_8);
    }
    assertThat(html)
        .as("%s (rewrite with -Dcovalue.golden.update=true if the change is intended)", file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
