package org.covalue.journey.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.core.PartyId;
import org.covalue.core.Score;
import org.covalue.core.Violation;
import org.covalue.core.model.CoreModel;
import org.covalue.core.party.Party;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.analysis.JourneyValidator;
import org.covalue.journey.analysis.ValueStreamAnalysis;
import org.covalue.journey.experience.ExperienceObservation;
import org.covalue.journey.experience.ExperiencePerceiver;
import org.covalue.journey.experience.ExperienceSource;
import org.covalue.journey.sample.IncidentResolution;
import org.junit.jupiter.api.Test;

class JourneyModelTest {

  private static final PartyId ACME = PartyId.of("acme");
  private static final PartyId DESK = PartyId.of("desk");

  private static JourneyModel incidentModel() {
    return JourneyModel.builder()
        .core(
            CoreModel.builder()
                .addParty(Party.organization(ACME, "Acme"))
                .addParty(Party.organization(DESK, "Desk"))
                .addService(IncidentResolution.service(ACME, DESK))
                .build())
        .valueStreams(IncidentResolution.valueStreams(ACME, DESK))
        .addJourney(IncidentResolution.journey(ACME, DESK))
        .addObservedJourney(IncidentResolution.backAndForthCase())
        .addObservedJourney(IncidentResolution.midWayCase())
        .experiences(IncidentResolution.experience())
        .build();
  }

  @Test
  void holdsACoreModelAndWhatBuildsOnIt() {
    JourneyModel model = incidentModel();
    assertThat(model.core().parties()).hasSize(2);
    assertThat(model.journeys()).hasSize(1);
    assertThat(model.size())
        .isEqualTo(3 + model.valueStreams().size() + 1 + 2 + model.experiences().size());
    assertThat(JourneyValidator.validate(model)).isEmpty();
    assertThat(JourneyValidator.requireValid(model)).isSameAs(model);
    assertThat(ValueStreamAnalysis.of(model).hasErrors()).isFalse();
    assertThat(JourneyModel.builder().build().core()).isEqualTo(CoreModel.empty());
    assertThat(JourneyModel.builder().from(model).build()).isEqualTo(model);
    assertThat(model.withJourneys(List.of()).journeys()).isEmpty();
    assertThat(model.withJourneys(List.of()).valueStreams()).isEqualTo(model.valueStreams());
    assertThat(model.toString())
        .startsWith("JourneyModel{core=CoreModel{parties=2,")
        .endsWith(
            "journeys=1, observedJourneys=2, experiences=" + model.experiences().size() + "}");
  }

  @Test
  void theValidatorChecksTheCoreUnderItsPathAndEveryReference() {
    JourneyModel model =
        incidentModel()
            .withCore(
                CoreModel.builder()
                    .addParty(Party.organization(ACME, "Acme"))
                    .addParty(Party.organization(ACME, "Acme again"))
                    .addParty(Party.organization(DESK, "Desk"))
                    .addService(IncidentResolution.service(ACME, DESK))
                    .build())
            .withObservedJourneys(
                List.of(IncidentResolution.midWayCase(), IncidentResolution.midWayCase()))
            .withExperiences(
                List.of(
                    experience(JourneyId.of("nope"), IncidentResolution.FEEDBACK),
                    experience(IncidentResolution.JOURNEY, TouchpointId.of("ghost"))));
    assertThat(JourneyValidator.validate(model))
        .containsExactly(
            Violation.of(
                "core.parties[1].id", "Party id acme appears twice, first at parties[0]", "acme"),
            Violation.of(
                "observedJourneys[1].caseId",
                "Case id INC-1002 appears twice, first at observedJourneys[0]",
                "INC-1002"),
            Violation.of(
                "experiences[0].journey",
                "Unknown journey nope: the model holds no journey with that id",
                "nope"),
            Violation.of(
                "experiences[1].touchpoint",
                "Unknown touchpoint ghost: journey incident-resolution has no touchpoint with that id",
                "ghost"));
    assertThatThrownBy(() -> JourneyValidator.requireValid(model))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("4 violations:");
  }

  private static ExperienceObservation experience(JourneyId journey, TouchpointId touchpoint) {
    return ExperienceObservation.builder()
        .perceiver(ExperiencePerceiver.USER)
        .source(ExperienceSource.JOURNEY)
        .functional(Score.of(0.5))
        .journey(journey)
        .step(CustomerJourneyStep.REALIZE)
        .touchpoint(touchpoint)
        .build();
  }

  @Test
  void aModelInProgressCanBeBuiltWithDanglingReferences() {
    CustomerJourney journey = IncidentResolution.journey(ACME, DESK);
    JourneyModel unfinished = JourneyModel.builder().addJourney(journey).build();
    assertThat(unfinished.journeys()).containsExactly(journey);
    assertThat(JourneyValidator.validate(unfinished)).isNotEmpty();
  }
}
