package org.covalue.interchange.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Level;
import org.covalue.core.Score;
import org.covalue.core.analysis.StakeholderClassifier;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderMap;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class StakeholderMapPictureTest {

  @Test
  void svgShowsTheQuadrantsAndEveryStakeholderByName() throws Exception {
    StakeholderMapPicture picture = StakeholderMapPicture.of(Samples.map());

    assertThat(picture.kind()).isEqualTo(PictureKind.STAKEHOLDER_MAP);
    assertThat(picture.title()).isEqualTo("Stakeholder map: explore");
    Document svg = Samples.parseXml(picture.svg());
    List<String> texts = Samples.texts(svg);
    assertThat(texts)
        .contains(
            "Manage closely (2)",
            "Keep satisfied (1)",
            "Keep informed (1)",
            "Monitor (1)",
            "1  Chief financial officer",
            "2  Data protection authority",
            "3  Warehouse users",
            "4  Local press",
            "5  <Tom & \"Jerry\">");
    assertThat(picture.svg()).contains("&lt;Tom &amp; &quot;Jerry&quot;&gt;");
    assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle").getLength())
        .isEqualTo(5);
  }

  @Test
  void dotsLieInTheQuadrantOfTheirStrategy() {
    StakeholderMapPicture picture = StakeholderMapPicture.of(Samples.map());
    // Plot from x 70 to 630 and y 64 to 624; the default thresholds, 1/3, split them at
    // x 256.7 and y 437.3.
    List<double[]> dots = dots(picture.svg());
    assertThat(dots).hasSize(5);
    assertThat(dots.get(0)[0]).isGreaterThan(256.7); // the CFO: high interest
    assertThat(dots.get(0)[1]).isLessThan(437.3); // and high influence
    assertThat(dots.get(1)[0]).isLessThan(256.7); // the regulator: interest 0.2
    assertThat(dots.get(3)[1]).isGreaterThan(437.3); // the press: low influence
  }

  @Test
  void aHundredStakeholdersAtNineSpotsDoNotHideEachOther() {
    List<Stakeholder> stakeholders = new ArrayList<>();
    Level[] levels = Level.values();
    for (int i = 0; i < 100; i++) {
      stakeholders.add(
          Samples.stakeholder(
              "s" + i, "Stakeholder number " + i, levels[i % 3], levels[(i / 3) % 3]));
    }
    StakeholderMapPicture picture =
        StakeholderMapPicture.of(StakeholderMap.builder().stakeholders(stakeholders).build());

    List<double[]> dots = dots(picture.svg());
    assertThat(dots).hasSize(100);
    for (int i = 0; i < dots.size(); i++) {
      for (int j = i + 1; j < dots.size(); j++) {
        double distance =
            Math.hypot(dots.get(i)[0] - dots.get(j)[0], dots.get(i)[1] - dots.get(j)[1]);
        assertThat(distance).as("dots %d and %d", i + 1, j + 1).isGreaterThanOrEqualTo(20);
      }
    }
    for (int i = 0; i < 100; i++) {
      assertThat(picture.svg()).contains(">" + (i + 1) + "  Stakeholder number " + i + "<");
    }
  }

  @Test
  void mermaidIsAQuadrantChartWithTheThresholdsOnTheMidlines() {
    StakeholderMapPicture picture =
        StakeholderMapPicture.of(
            StakeholderClassifier.DEFAULT
                .withInterestThreshold(Score.of(0.6))
                .classify(Samples.map()));

    assertThat(picture.mermaid())
        .startsWith(
            """
            ---
            config:
              themeVariables:
                quadrantPointFill: "#243b53"
            ---
            quadrantChart
              title Stakeholder map#58; explore
            """)
        .contains("  quadrant-1 Manage closely\n")
        .contains("  \"1 Chief financial officer\": [0.7917, 0.875]\n")
        .contains("  \"2 Data protection authority\": [0.1667, 0.875]\n")
        .contains("  \"5 #60;Tom #38; #34;Jerry#34;#62;\": [0.4167, 0.925]\n");
  }

  @Test
  void dotHasOneClusterPerQuadrant() throws Exception {
    String dot = StakeholderMapPicture.of(Samples.map()).dot();

    assertThat(dot)
        .startsWith("graph stakeholder_map {")
        .contains("subgraph cluster_manage_closely {")
        .contains("s5 [label=\"5. <Tom & \\\"Jerry\\\">\\ninfluence 0.9, interest 0.5\"];");
    assertThat(Samples.dotSkeleton(dot)).matches("(?s)[\\w\\s=;,\\[\\]{}\"-]*");
  }

  @Test
  void anEmptyMapIsDrawnWithItsQuadrants() throws Exception {
    StakeholderMapPicture picture = StakeholderMapPicture.of(StakeholderMap.builder().build());

    assertThat(Samples.texts(Samples.parseXml(picture.svg()))).contains("Monitor (0)", "(nobody)");
    assertThat(picture.mermaid()).endsWith("quadrant-4 Keep informed\n");
  }

  @Test
  void sameMapSamePicture() {
    assertThat(StakeholderMapPicture.of(Samples.map()))
        .isEqualTo(StakeholderMapPicture.of(Samples.map()))
        .hasSameHashCodeAs(StakeholderMapPicture.of(Samples.map()))
        .hasToString("Stakeholder map picture{title=Stakeholder map: explore}");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullIsRefusedNamingTheArgument() {
    assertThatThrownBy(() -> StakeholderMapPicture.of((StakeholderMap) null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("map must not be null");
  }

  static List<double[]> dots(String svg) {
    List<double[]> dots = new ArrayList<>();
    Matcher matcher = Pattern.compile("<circle cx=\"([0-9.]+)\" cy=\"([0-9.]+)\"").matcher(svg);
    while (matcher.find()) {
      dots.add(
          new double[] {
            Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2))
          });
    }
    return dots;
  }
}
