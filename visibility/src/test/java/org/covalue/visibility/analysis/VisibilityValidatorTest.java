package org.covalue.visibility.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.covalue.visibility.Scenario.CONSUMER;
import static org.covalue.visibility.Scenario.GROUP;
import static org.covalue.visibility.Scenario.JOURNEY;
import static org.covalue.visibility.Scenario.OFFERING;
import static org.covalue.visibility.Scenario.PROVIDER;

import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.core.PartyId;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.Violation;
import org.covalue.core.analysis.CoreModelValidator;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.analysis.JourneyValidator;
import org.covalue.visibility.Dependency;
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.EnvironmentElement;
import org.covalue.visibility.EnvironmentElementId;
import org.covalue.visibility.LineOfVisibility;
import org.covalue.visibility.Practice;
import org.covalue.visibility.PracticeId;
import org.covalue.visibility.Responsibility;
import org.covalue.visibility.Scenario;
import org.covalue.visibility.ServiceActionDependency;
import org.covalue.visibility.model.VisibilityModel;
import org.covalue.visibility.sample.ServerHosting;
import org.junit.jupiter.api.Test;

class VisibilityValidatorTest {

  private static final PartyId NOBODY = PartyId.of("nobody");

  private static List<Violation> validate(Scenario scenario) {
    return VisibilityValidator.validate(scenario.model());
  }

  @Test
  void aConsistentModelHasNoViolation() {
    VisibilityModel model = ServerHosting.model();
    assertThat(VisibilityValidator.validate(model)).isEmpty();
    assertThat(VisibilityValidator.requireValid(model)).isSameAs(model);
    assertThat(validate(new Scenario())).isEmpty();
  }

  @Test
  void theJourneyModelsViolationsComeFirstUnderJourney() {
    VisibilityModel model =
        new Scenario()
            .model()
            .withEnvironmentElements(
                List.of(
                    EnvironmentElement.builder()
                        .id(EnvironmentElementId.of("office"))
                        .name("Office")
                        .owner(NOBODY)
                        .build()));
    VisibilityModel broken =
        model.withJourney(model.journey().withCore(model.journey().core().withParties(List.of())));

    List<Violation> violations = VisibilityValidator.validate(broken);

    List<Violation> journey = JourneyValidator.validate(broken.journey());
    assertThat(violations.subList(0, journey.size()))
        .isEqualTo(journey.stream().map(v -> v.under("journey")).toList());
    assertThat(CoreModelValidator.validate(broken.journey().core())).isNotEmpty();
    assertThat(violations.get(0).path()).startsWith("journey.core.");
    assertThat(violations.get(violations.size() - 1).path())
        .isEqualTo("environmentElements[0].owner");
  }

  @Test
  void environmentElementsAndPracticesHaveUniqueIdsAndKnownOwners() {
    EnvironmentElement office = EnvironmentElement.of(EnvironmentElementId.of("office"), "Office");
    Practice desk = Practice.of(PracticeId.of("desk"), "Desk", NOBODY);
    Scenario scenario =
        new Scenario()
            .visibility(
                model ->
                    model
                        .addEnvironmentElements(office, office.withOwner(NOBODY))
                        .addPractices(desk, desk.withOwner(PROVIDER)));

    assertThat(validate(scenario))
        .extracting(Violation::path, Violation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "environmentElements[1].id",
                "Environment element id office appears twice, first at environmentElements[0]"),
            org.assertj.core.groups.Tuple.tuple(
                "environmentElements[1].owner",
                "Unknown party nobody: the model holds no party with that id"),
            org.assertj.core.groups.Tuple.tuple(
                "practices[1].id", "Practice id desk appears twice, first at practices[0]"),
            org.assertj.core.groups.Tuple.tuple(
                "practices[0].owner",
                "Unknown party nobody: the model holds no party with that id"));
  }

  @Test
  void linesAreDrawnOnceByKnownPartiesForGroupsTheyServeOverTheirOwnElements() {
    Scenario scenario =
        new Scenario()
            .providerActivity("log", true)
            .resource("desk", PROVIDER)
            .unownedResource("shared")
            .visibility(
                model ->
                    model.addLines(
                        LineOfVisibility.of(NOBODY),
                        LineOfVisibility.of(PROVIDER).show(ResourceId.of("desk")),
                        LineOfVisibility.of(PROVIDER),
                        LineOfVisibility.of(PROVIDER, GROUP).show(ResourceId.of("shared")),
                        LineOfVisibility.of(PROVIDER, "Large firms"),
                        LineOfVisibility.of(CONSUMER)
                            .show(ValueStreamActivityId.of("log"))
                            .hide(ProductId.of("missing"))));

    assertThat(validate(scenario))
        .extracting(Violation::path, Violation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "lines[0].party", "Unknown party nobody: the model holds no party with that id"),
            org.assertj.core.groups.Tuple.tuple(
                "lines[2]", "The general line of provider is drawn twice, first at lines[1]"),
            org.assertj.core.groups.Tuple.tuple(
                "lines[4].targetConsumerGroup",
                "The line of provider is tailored to \"Large firms\", but none of its offerings"
                    + " serves that target consumer group"),
            org.assertj.core.groups.Tuple.tuple(
                "lines[5].shown",
                "The line of consumer places value stream activity log, which belongs to provider;"
                    + " a party places only its own elements and those nobody owns"),
            org.assertj.core.groups.Tuple.tuple(
                "lines[5].hidden",
                "Unknown product missing: the model holds no product with that id"));
  }

  @Test
  void aTailoredLineIsDrawnOncePerGroup() {
    Scenario scenario =
        new Scenario()
            .visibility(
                model ->
                    model.addLines(
                        LineOfVisibility.of(PROVIDER, GROUP),
                        LineOfVisibility.of(PROVIDER, GROUP)));

    assertThat(validate(scenario))
        .extracting(Violation::path, Violation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "lines[1]",
                "The line of provider for \"Small firms\" is drawn twice, first at lines[0]"));
  }

  @Test
  void dependenciesAndResponsibilitiesReferToWhatTheModelHolds() {
    Scenario scenario =
        new Scenario()
            .resource("desk", PROVIDER)
            .visibility(
                model ->
                    model
                        .addDependencies(
                            Dependency.of(
                                ElementRef.of(JOURNEY, TouchpointId.of("nowhere")),
                                ResourceId.of("desk")),
                            Dependency.of(ResourceId.of("desk"), ResourceId.of("gone")))
                        .addServiceActionDependencies(
                            ServiceActionDependency.of(
                                ServiceOfferingId.of("none"), "Use it", ResourceId.of("desk")),
                            ServiceActionDependency.of(OFFERING, "Dance", ResourceId.of("desk")),
                            ServiceActionDependency.of(OFFERING, "Use it", ResourceId.of("gone")))
                        .addResponsibilities(
                            Responsibility.of(ResourceId.of("desk"), NOBODY),
                            Responsibility.of(ResourceId.of("desk"), PracticeId.of("none")),
                            Responsibility.of(
                                ElementRef.of(JOURNEY, TouchpointId.of("contact")), PROVIDER)));

    assertThat(validate(scenario))
        .extracting(Violation::path)
        .containsExactly(
            "dependencies[0].dependent",
            "dependencies[1].dependsOn",
            "serviceActionDependencies[0].offering",
            "serviceActionDependencies[1].action",
            "serviceActionDependencies[2].dependsOn",
            "responsibilities[0].holder",
            "responsibilities[1].holder");
    assertThat(validate(scenario).get(0).message())
        .isEqualTo(
            "Unknown touchpoint nowhere of journey journey: the model holds no touchpoint with"
                + " that id");
    assertThat(validate(scenario).get(3).message())
        .isEqualTo("Service offering offering has no service action \"Dance\"");
  }

  @Test
  void requireValidThrowsEveryViolation() {
    VisibilityModel model =
        new Scenario()
            .visibility(
                model2 -> model2.addLines(LineOfVisibility.of(NOBODY), LineOfVisibility.of(NOBODY)))
            .model();

    assertThatThrownBy(() -> VisibilityValidator.requireValid(model))
        .isInstanceOf(InvalidModelException.class)
        .satisfies(
            e ->
                assertThat(((InvalidModelException) e).violations())
                    .isEqualTo(VisibilityValidator.validate(model)));
  }
}
