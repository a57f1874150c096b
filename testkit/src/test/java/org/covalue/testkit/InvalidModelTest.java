package org.covalue.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.covalue.core.PartyId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.Violation;
import org.covalue.core.analysis.CoreModelValidator;
import org.covalue.core.model.CoreModel;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.covalue.journey.analysis.JourneyValidator;
import org.covalue.journey.model.JourneyModel;
import org.junit.jupiter.api.Test;

class InvalidModelTest {

  private static final CoreModel DANGLING =
      CoreModel.builder()
          .addRelationship(
              ServiceRelationship.builder()
                  .id(ServiceRelationshipId.of("desk"))
                  .provider(PartyId.of("it"))
                  .consumer(PartyId.of("acme"))
                  .type(ServiceRelationshipType.BASIC)
                  .build())
          .build();

  @Test
  void anInvalidModelNeedsAnExpectedPath() {
    assertThatThrownBy(
            () -> InvalidModel.of(DANGLING, CoreModelValidator::requireValid, "none", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("An invalid model needs at least one expected path");
  }

  @Test
  void itsInvalidInputRunsTheLibrarysCheck() {
    InvalidModel<CoreModel> invalid =
        InvalidModel.of(
            DANGLING,
            CoreModelValidator::requireValid,
            "no party is there",
            List.of("relationships[0].provider"));
    assertThat(invalid.model()).isSameAs(DANGLING);
    assertThat(invalid.asInvalidInput().rejection().violations())
        .extracting(Violation::path)
        .containsExactly("relationships[0].provider", "relationships[0].consumer");
    assertThat(invalid.toString())
        .startsWith(
            "model in which no party is there (expects a violation at relationships[0].provider)");
  }

  @Test
  void aJourneyModelIsCheckedWithItsCoreUnderCore() {
    InvalidModel<JourneyModel> invalid =
        InvalidModel.of(
            JourneyModel.builder().core(DANGLING).build(),
            JourneyValidator::requireValid,
            "its core has no party",
            List.of("core.relationships[0].consumer"));
    assertThat(invalid.asInvalidInput().rejection().violations())
        .extracting(Violation::path)
        .containsExactly("core.relationships[0].provider", "core.relationships[0].consumer");
  }

  @Test
  void aValidModelFailsTheCheckOfItsRejection() {
    InvalidModel<CoreModel> valid =
        InvalidModel.of(
            CoreModel.empty(), CoreModelValidator::requireValid, "nothing", List.of("parties"));
    assertThatThrownBy(() -> valid.asInvalidInput().rejection())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expected an InvalidModelException for model in which nothing");
  }
}
