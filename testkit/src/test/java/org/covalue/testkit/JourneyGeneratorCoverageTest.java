package org.covalue.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.covalue.core.Rule;
import org.covalue.core.party.ConsumerRole;
import org.covalue.core.party.PartyKind;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.ValueStreamId;
import org.covalue.journey.analysis.JourneyConformance;
import org.covalue.journey.analysis.JourneyPaths;
import org.covalue.journey.analysis.JourneyReturn;
import org.covalue.journey.analysis.JourneyValidator;
import org.covalue.journey.analysis.ValueStreamAnalysis;
import org.covalue.journey.experience.ExperienceObservation;
import org.covalue.journey.model.JourneyModel;
import org.junit.jupiter.api.Test;

/**
 * Checks that the journey generators reach the cases the journey laws depend on, so that no law
 * passes only because its input never shows the interesting case: a conformance law over designs
 * that are always linear could not fail where non-linear designs matter.
 */
class JourneyGeneratorCoverageTest {

  private static boolean nonLinear(CustomerJourney journey) {
    List<Touchpoint> touchpoints = journey.touchpoints();
    for (int i = 1; i < touchpoints.size(); i++) {
      if (touchpoints.get(i).step().isBefore(touchpoints.get(i - 1).step())) {
        return true;
      }
    }
    return false;
  }

  private static boolean interactionAtAStepWithoutTouchpoint(CustomerJourney journey) {
    Set<CustomerJourneyStep> steps = EnumSet.noneOf(CustomerJourneyStep.class);
    journey.touchpoints().forEach(touchpoint -> steps.add(touchpoint.step()));
    return journey.interactions().stream()
        .anyMatch(interaction -> !steps.contains(interaction.step()));
  }

  @Test
  void designedJourneysVaryInOrderVisibilityTransitionsAndInteractions() {
    Map<String, Predicate<CustomerJourney>> features = new HashMap<>();
    features.put("a non-linear step order", JourneyGeneratorCoverageTest::nonLinear);
    features.put(
        "a linear order over three steps or more",
        j ->
            !nonLinear(j)
                && j.touchpoints().stream().map(Touchpoint::step).distinct().count() >= 3);
    features.put("a single touchpoint", j -> j.touchpoints().size() == 1);
    features.put("six touchpoints or more", j -> j.touchpoints().size() >= 6);
    features.put(
        "an onboard transition",
        j -> j.touchpoints().stream().anyMatch(t -> t.transition().isPresent()));
    features.put(
        "a custom channel",
        j -> j.touchpoints().stream().anyMatch(t -> !t.channel().isPredefined()));
    features.put(
        "an interaction at a touchpoint",
        j -> j.interactions().stream().anyMatch(i -> i.touchpoint().isPresent()));
    features.put(
        "an interaction at no touchpoint",
        j -> j.interactions().stream().anyMatch(i -> i.touchpoint().isEmpty()));
    features.put(
        "an interaction at a step without touchpoints",
        JourneyGeneratorCoverageTest::interactionAtAStepWithoutTouchpoint);
    features.put("three providers", j -> j.providers().size() == 3);
    features.put("a user persona", j -> j.persona() == ConsumerRole.USER);
    features.put("a customer persona", j -> j.persona() == ConsumerRole.CUSTOMER);
    features.put("a scenario", j -> j.scenario().isPresent());
    features.put("stakeholder maps", j -> !j.stakeholderMaps().isEmpty());
    features.put(
        "an element in an activity",
        j -> j.touchpoints().stream().anyMatch(t -> !t.activities().isEmpty()));
    Coverage.assertEachSeenAtLeast(Coverage.sample(Journeys.journeys(), features), 10);
  }

  @Test
  void consistentModelsShowEveryInformationalFinding() {
    Map<String, Predicate<JourneyModel>> features = new HashMap<>();
    features.put("two journeys or more", m -> m.journeys().size() >= 2);
    features.put("observed journeys", m -> !m.observedJourneys().isEmpty());
    features.put("experiences", m -> !m.experiences().isEmpty());
    features.put(
        "a person", m -> m.core().parties().stream().anyMatch(p -> p.kind() == PartyKind.PERSON));
    features.put(
        "a shared value stream",
        m -> {
          Set<ValueStreamId> seen = new HashSet<>();
          for (CustomerJourney journey : m.journeys()) {
            for (ValueStreamId id : journey.valueStreams()) {
              if (!seen.add(id)) {
                return true;
              }
            }
          }
          return false;
        });
    features.put(
        "a hidden activity in a stream",
        m ->
            m.valueStreams().stream()
                .anyMatch(
                    s -> s.activities().stream().anyMatch(a -> !a.isVisibleToOtherParties())));
    features.put(
        "an element using an activity",
        m ->
            m.journeys().stream()
                .anyMatch(j -> j.touchpoints().stream().anyMatch(t -> !t.activities().isEmpty())));
    features.put(
        "an interaction using an activity",
        m ->
            m.journeys().stream()
                .anyMatch(j -> j.interactions().stream().anyMatch(i -> !i.activities().isEmpty())));
    for (Rule rule :
        List.of(
            ValueStreamAnalysis.SUPPORTS_ONE_JOURNEY,
            ValueStreamAnalysis.SPANS_VALUE_STREAMS,
            ValueStreamAnalysis.NOT_IN_ANY_JOURNEY)) {
      features.put(
          "a finding of " + rule, m -> !ValueStreamAnalysis.of(m).findings(rule).isEmpty());
    }
    Coverage.assertEachSeenAtLeast(Coverage.sample(JourneyModels.models(), features), 10);
  }

  @Test
  void invalidModelsCoverEveryKindOfDefect() {
    Map<String, Integer> kinds = new HashMap<>();
    Function<InvalidModel<JourneyModel>, String> kind =
        invalid ->
            invalid.expectedPaths().get(0).startsWith("core.")
                ? "core"
                : invalid.expectedPaths().get(0).replaceAll("\\[\\d+]", "[]")
                    + (invalid.description().contains("removed") ? " (removed)" : "");
    qt().withExamples(2000)
        .forAll(JourneyModels.invalidModels())
        .checkAssert(invalid -> kinds.merge(kind.apply(invalid), 1, Integer::sum));
    assertThat(kinds.keySet())
        .contains(
            "journeys[].id",
            "valueStreams[].id",
            "valueStreams[].activities[].id",
            "valueStreams[].owner",
            "journeys[].consumer",
            "journeys[].providers",
            "journeys[].valueStreams",
            "journeys[].touchpoints[].activities",
            "journeys[].interactions[].activities",
            "journeys[].valueStreams (removed)",
            "observedJourneys[].caseId",
            "experiences[].journey",
            "experiences[].touchpoint",
            "core");
    assertThat(kinds.keySet().stream().filter(k -> k.endsWith("(removed)")).count())
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void ruleBreachesCoverEveryRuleAndWay() {
    Map<String, Integer> ways = new HashMap<>();
    qt().withExamples(2000)
        .forAll(JourneyModels.ruleBreaches())
        .checkAssert(
            breach ->
                ways.merge(
                    breach.rule().id()
                        + " / "
                        + breach.description().substring(0, breach.description().indexOf(' ')),
                    1,
                    Integer::sum));
    Set<String> rules = new HashSet<>();
    ways.keySet().forEach(way -> rules.add(way.substring(0, way.indexOf(" / "))));
    assertThat(rules)
        .containsExactlyInAnyOrder(
            ValueStreamAnalysis.PARTY_WITHOUT_VALUE_STREAM.id(),
            ValueStreamAnalysis.HIDDEN_ACTIVITY_IN_JOURNEY.id(),
            ValueStreamAnalysis.ACTIVITY_OUTSIDE_LINKED_STREAMS.id(),
            ValueStreamAnalysis.STREAM_OF_NON_PARTICIPANT.id());
    Map<String, Predicate<ValueStreamRuleBreach>> features = new HashMap<>();
    features.put(
        "several missing participants",
        b ->
            b.rule().equals(ValueStreamAnalysis.PARTY_WITHOUT_VALUE_STREAM)
                && b.expectedFindings().size() >= 2);
    features.put(
        "a new provider without a stream", b -> b.description().contains("gains the provider"));
    features.put("a used activity made hidden", b -> b.description().contains("is made hidden"));
    features.put(
        "a new hidden activity used twice",
        b ->
            b.description().contains("use the hidden activity")
                && b.expectedFindings().size() >= 2);
    features.put(
        "an activity outside the linked streams",
        b -> b.rule().equals(ValueStreamAnalysis.ACTIVITY_OUTSIDE_LINKED_STREAMS));
    features.put(
        "a stream of a non-participant",
        b -> b.rule().equals(ValueStreamAnalysis.STREAM_OF_NON_PARTICIPANT));
    Coverage.assertEachSeenAtLeast(Coverage.sample(JourneyModels.ruleBreaches(), features), 10);
  }

  @Test
  void looseModelsHoldEveryKindOfOddity() {
    Map<String, Predicate<JourneyModel>> features = new HashMap<>();
    features.put(
        "a repeated id",
        m -> JourneyValidator.validate(m).stream().anyMatch(v -> v.path().endsWith("].id")));
    features.put(
        "a dangling reference",
        m ->
            JourneyValidator.validate(m).stream()
                .anyMatch(v -> v.message().startsWith("Unknown ")));
    features.put(
        "an activity in two streams",
        m ->
            JourneyValidator.validate(m).stream()
                .anyMatch(v -> v.path().contains("].activities[")));
    features.put(
        "a participant without a stream",
        m ->
            !ValueStreamAnalysis.of(m)
                .findings(ValueStreamAnalysis.PARTY_WITHOUT_VALUE_STREAM)
                .isEmpty());
    features.put(
        "a hidden activity in a journey",
        m ->
            !ValueStreamAnalysis.of(m)
                .findings(ValueStreamAnalysis.HIDDEN_ACTIVITY_IN_JOURNEY)
                .isEmpty());
    features.put(
        "an activity outside the linked streams",
        m ->
            !ValueStreamAnalysis.of(m)
                .findings(ValueStreamAnalysis.ACTIVITY_OUTSIDE_LINKED_STREAMS)
                .isEmpty());
    features.put(
        "a stream of a non-participant",
        m ->
            !ValueStreamAnalysis.of(m)
                .findings(ValueStreamAnalysis.STREAM_OF_NON_PARTICIPANT)
                .isEmpty());
    Coverage.assertEachSeenAtLeast(Coverage.sample(JourneyModels.looseModels(), features), 5);
  }

  @Test
  void observedCasesApplyEveryDeviationAndTheAnalysesSeeThem() {
    Map<String, Predicate<ObservedCase>> features = new HashMap<>();
    for (JourneyDeviation deviation : JourneyDeviation.values()) {
      features.put("the deviation " + deviation, c -> c.deviations().contains(deviation));
    }
    features.put("no deviation", c -> c.deviations().isEmpty());
    features.put("four deviations or more", c -> c.deviations().size() >= 4);
    features.put("a loop and forth", c -> c.returnIndices().size() >= 2);
    features.put("two swaps", c -> c.swappedLater().size() >= 2);
    features.put(
        "equal times",
        c -> {
          for (int i = 1; i < c.observed().events().size(); i++) {
            if (c.observed().events().get(i).at().equals(c.observed().events().get(i - 1).at())) {
              return true;
            }
          }
          return false;
        });
    Function<ObservedCase, JourneyConformance> check =
        c -> JourneyConformance.of(c.designed(), c.observed());
    features.put(
        "a return to an earlier step",
        c ->
            check.apply(c).paths().returns().stream()
                .anyMatch(r -> r.kind() == JourneyReturn.Kind.EARLIER_STEP));
    features.put(
        "a designed step back, forgiven",
        c -> JourneyPaths.movesBack(c.observed()).size() > check.apply(c).paths().returns().size());
    features.put("a skipped step", c -> !check.apply(c).paths().skippedSteps().isEmpty());
    features.put("a reordered touchpoint", c -> !check.apply(c).reordered().isEmpty());
    features.put(
        "a mid-way entry reaching passed-by touchpoints later",
        c -> c.entryPosition() > 0 && c.leftOut().size() < c.entryPosition());
    features.put("conformance", c -> check.apply(c).isConforming());
    Coverage.assertEachSeenAtLeast(Coverage.sample(ObservedJourneys.cases(), features), 5);
  }

  @Test
  void invalidJourneysCoverEveryRule() {
    Set<String> paths = new HashSet<>();
    qt().withExamples(2000)
        .forAll(Journeys.invalidJourneys())
        .checkAssert(input -> paths.add(input.expectedPaths().get(0).replaceAll("\\[\\d+]", "[]")));
    assertThat(paths)
        .contains(
            "name",
            "persona",
            "providers",
            "touchpoints",
            "touchpoints[].id",
            "interactions[].id",
            "touchpoints[].parties",
            "interactions[].provider",
            "interactions[].consumer",
            "interactions[].touchpoint",
            "interactions[].step",
            "id",
            "consumer",
            "stakeholderMaps[].step");
    Set<String> touchpointPaths = new HashSet<>();
    qt().withExamples(1000)
        .forAll(Journeys.invalidTouchpoints())
        .checkAssert(input -> touchpointPaths.add(input.expectedPaths().get(0)));
    assertThat(touchpointPaths)
        .contains("name", "parties", "transition", "id", "step", "channel")
        .doesNotContain("hiddenFrom");
  }

  @Test
  void observationsRateOneSideOrBothFromEverySource() {
    Map<String, Predicate<ExperienceObservation>> features = new HashMap<>();
    features.put("functional only", o -> o.functional().isPresent() && o.emotional().isEmpty());
    features.put("emotional only", o -> o.functional().isEmpty() && o.emotional().isPresent());
    features.put("both sides", o -> o.functional().isPresent() && o.emotional().isPresent());
    features.put("a custom source", o -> !o.source().isPredefined());
    features.put("a step", o -> o.step().isPresent());
    features.put(
        "a rating on an edge of the scale",
        o ->
            o.functional().map(s -> s.value() == 0.0 || s.value() == 1.0).orElse(false)
                || o.emotional().map(s -> s.value() == 0.0 || s.value() == 1.0).orElse(false));
    Coverage.assertEachSeenAtLeast(Coverage.sample(Experiences.observations(), features), 10);
  }

  /** A journey and an element drawn to fit it. */
  private record Fitting<T>(CustomerJourney journey, T element) {}

  @Test
  void elementsDrawnForAJourneyFitIt() {
    qt().forAll(
            Journeys.journeys()
                .flatMap(j -> Journeys.interactions(j).map(i -> new Fitting<>(j, i))))
        .checkAssert(
            fitting -> {
              List<ServiceInteraction> more = new ArrayList<>(fitting.journey().interactions());
              more.removeIf(i -> i.id().equals(fitting.element().id()));
              more.add(fitting.element());
              assertThat(fitting.journey().withInteractions(more).interactions())
                  .contains(fitting.element());
            });
    qt().forAll(
            Journeys.journeys()
                .flatMap(
                    j ->
                        Journeys.touchpoints(j.consumer(), new ArrayList<>(j.providers()))
                            .map(t -> new Fitting<>(j, t))))
        .checkAssert(
            fitting -> {
              if (fitting.journey().touchpoint(fitting.element().id()).isPresent()) {
                return;
              }
              List<Touchpoint> more = new ArrayList<>(fitting.journey().touchpoints());
              more.add(fitting.element());
              assertThat(fitting.journey().withTouchpoints(more).touchpoints())
                  .contains(fitting.element());
            });
  }
}
