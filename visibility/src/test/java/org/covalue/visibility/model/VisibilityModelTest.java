package org.covalue.visibility.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.journey.model.JourneyModel;
import org.covalue.visibility.sample.ServerHosting;
import org.junit.jupiter.api.Test;

class VisibilityModelTest {

  private static final VisibilityModel MODEL = ServerHosting.model();

  @Test
  void aModelStartsEmptyAroundAnEmptyJourneyModel() {
    VisibilityModel empty = VisibilityModel.builder().build();

    assertThat(empty.journey()).isEqualTo(JourneyModel.builder().build());
    assertThat(empty.size()).isZero();
    assertThat(empty.lines()).isEmpty();
  }

  @Test
  void itCountsItsElementsAndPrintsOnlyTheCounts() {
    assertThat(MODEL.size())
        .isEqualTo(
            MODEL.journey().size()
                + MODEL.environmentElements().size()
                + MODEL.practices().size()
                + MODEL.lines().size()
                + MODEL.dependencies().size()
                + MODEL.serviceActionDependencies().size()
                + MODEL.responsibilities().size());
    assertThat(MODEL.toString())
        .startsWith("VisibilityModel{journey=JourneyModel{core=CoreModel{parties=5")
        .endsWith(
            "environmentElements=2, practices=2, lines=3, dependencies=4,"
                + " serviceActionDependencies=3, responsibilities=27}");
  }

  @Test
  void copiesKeepTheOtherListsAndBuildersCopyWholeModels() {
    VisibilityModel withoutLines = MODEL.withLines(List.of());

    assertThat(withoutLines.lines()).isEmpty();
    assertThat(withoutLines.responsibilities()).isEqualTo(MODEL.responsibilities());
    assertThat(VisibilityModel.builder().from(MODEL).build()).isEqualTo(MODEL);
    assertThat(MODEL.withJourney(JourneyModel.builder().build()).journey().size()).isZero();
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void aNullElementIsRefusedNamingTheList() {
    assertThatThrownBy(() -> VisibilityModel.builder().addLine(null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("lines: An element of VisibilityModel lines must not be null");
  }
}
