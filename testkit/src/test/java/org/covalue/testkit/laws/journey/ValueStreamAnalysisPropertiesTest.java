package org.covalue.testkit.laws.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.covalue.core.Finding;
import org.covalue.core.PartyId;
import org.covalue.core.Rule;
import org.covalue.core.Severity;
import org.covalue.core.TypedId;
import org.covalue.core.party.Party;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.JourneyElement;
import org.covalue.journey.JourneyId;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.ServiceInteractionId;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.ValueStreamId;
import org.covalue.journey.analysis.ValueStreamAnalysis;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.covalue.testkit.JourneyModels;
import org.covalue.testkit.ValueStreamRuleBreach;
import org.covalue.testkit.internal.Draw;
import org.covalue.testkit.internal.IdGens;
import org.covalue.testkit.internal.Texts;
import org.covalue.testkit.laws.Laws;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of the value-stream analysis of Figure 1.4 (§1.2.4): consistent models satisfy them, each
 * breach is reported as it should be, every finding matches a naive re-reading of the five
 * statements, and findings depend neither on the order of the value streams nor on the ids.
 */
class ValueStreamAnalysisPropertiesTest {

  private static final int MODEL_EXAMPLES = 300;

  /** Consistent models and rule breaches: models whose ids are unique. */
  private static Gen<JourneyModel> cleanModels() {
    return JourneyModels.models()
        .mix(JourneyModels.ruleBreaches().map(ValueStreamRuleBreach::model), 50);
  }

  /** Every kind of model, loose ones included. */
  private static Gen<JourneyModel> anyModels() {
    return cleanModels().mix(JourneyModels.looseModels(), 40);
  }

  @Test
  void consistentModelsAreSatisfiedWithOnlyInformationalFindings() {
    qt().withExamples(MODEL_EXAMPLES)
        .forAll(JourneyModels.models())
        .checkAssert(
            model -> {
              ValueStreamAnalysis rules = ValueStreamAnalysis.of(model);
              assertThat(rules.hasErrors()).as("%s", rules.findings()).isFalse();
              for (Finding finding : rules.findings()) {
                assertThat(finding.severity()).as("%s", finding).isEqualTo(Severity.INFO);
                assertThat(finding.rule())
                    .isIn(
                        ValueStreamAnalysis.SUPPORTS_ONE_JOURNEY,
                        ValueStreamAnalysis.SPANS_VALUE_STREAMS,
                        ValueStreamAnalysis.NOT_IN_ANY_JOURNEY,
                        ValueStreamAnalysis.ONLY_DEPENDED_ON,
                        ValueStreamAnalysis.ALL_ACTIVITIES_HIDDEN);
                assertThat(finding.reference().section()).isEqualTo("1.2.4");
                assertThat(finding.reference().artefact()).contains("Figure 1.4");
              }
            });
  }

  @Test
  void eachBreachIsReportedByItsRuleWithTheExpectedElements() {
    qt().withExamples(MODEL_EXAMPLES)
        .forAll(JourneyModels.ruleBreaches())
        .checkAssert(
            breach -> {
              ValueStreamAnalysis rules = ValueStreamAnalysis.of(breach.model());
              assertThat(Laws.multiset(Laws.elementsOf(rules.findings(), breach.rule())))
                  .as("%s", breach)
                  .isEqualTo(Laws.multiset(breach.expectedFindings()));
              assertThat(rules.findings(breach.rule())).hasSize(breach.expectedFindings().size());
              boolean error = breach.rule().defaultSeverity() == Severity.ERROR;
              assertThat(rules.hasErrors()).isEqualTo(error);
            });
  }

  @Test
  void aJourneyGetsOneMissingValueStreamFindingPerParticipantWithoutOne() {
    qt().withExamples(MODEL_EXAMPLES)
        .forAll(anyModels())
        .checkAssert(
            model -> {
              Map<ValueStreamId, ValueStream> streams = firstById(model.valueStreams());
              List<List<TypedId<?>>> expected = new ArrayList<>();
              for (CustomerJourney journey : model.journeys()) {
                Set<PartyId> owners = new LinkedHashSet<>();
                for (ValueStreamId link : journey.linkedValueStreams()) {
                  ValueStream stream = streams.get(link);
                  if (stream != null) {
                    owners.add(stream.owner());
                  }
                }
                for (PartyId participant : journey.participants()) {
                  if (!owners.contains(participant)) {
                    expected.add(List.of(journey.id(), participant));
                  }
                }
              }
              List<Finding> found =
                  ValueStreamAnalysis.of(model)
                      .findings(ValueStreamAnalysis.PARTY_WITHOUT_VALUE_STREAM);
              assertThat(
                      Laws.multiset(
                          Laws.elementsOf(found, ValueStreamAnalysis.PARTY_WITHOUT_VALUE_STREAM)))
                  .isEqualTo(Laws.multiset(expected));
              found.forEach(finding -> assertThat(finding.severity()).isEqualTo(Severity.ERROR));
            });
  }

  @Test
  void aHiddenActivityUsedByAnElementIsAlwaysReported() {
    qt().withExamples(MODEL_EXAMPLES)
        .forAll(anyModels())
        .checkAssert(
            model -> {
              Map<ValueStreamActivityId, ValueStreamActivity> activities =
                  firstActivities(model.valueStreams());
              List<List<TypedId<?>>> expected = new ArrayList<>();
              for (CustomerJourney journey : model.journeys()) {
                for (JourneyElement element : elements(journey)) {
                  for (ValueStreamActivityId id : element.activities()) {
                    ValueStreamActivity activity = activities.get(id);
                    if (activity != null && !activity.isVisibleToOtherParties()) {
                      expected.add(List.of(journey.id(), element.id(), id));
                    }
                  }
                }
              }
              ValueStreamAnalysis rules = ValueStreamAnalysis.of(model);
              assertThat(
                      Laws.multiset(
                          Laws.elementsOf(
                              rules.findings(), ValueStreamAnalysis.HIDDEN_ACTIVITY_IN_JOURNEY)))
                  .isEqualTo(Laws.multiset(expected));
              if (!expected.isEmpty()) {
                assertThat(rules.hasErrors()).isTrue();
              }
            });
  }

  @Test
  void everyFindingMatchesANaiveReadingOfTheFiveStatements() {
    qt().withExamples(MODEL_EXAMPLES)
        .forAll(anyModels())
        .checkAssert(
            model -> {
              ValueStreamAnalysis rules = ValueStreamAnalysis.of(model);
              assertThat(Laws.multiset(keys(rules.findings())))
                  .as("%s", model)
                  .isEqualTo(Laws.multiset(naiveFindings(model)));
              boolean errors =
                  rules.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
              assertThat(rules.hasErrors()).isEqualTo(errors);
              for (Finding finding : rules.findings()) {
                assertThat(rules.findings(finding.rule())).contains(finding);
              }
            });
  }

  @Test
  void findingsDoNotDependOnTheOrderOfTheValueStreams() {
    Gen<Reordered> reordered =
        in -> {
          JourneyModel model = cleanModels().generate(in);
          return new Reordered(
              model, model.withValueStreams(Draw.shuffle(in, model.valueStreams())));
        };
    qt().withExamples(MODEL_EXAMPLES)
        .forAll(reordered)
        .checkAssert(
            pair -> {
              List<Finding> before = ValueStreamAnalysis.of(pair.original()).findings();
              List<Finding> after = ValueStreamAnalysis.of(pair.reordered()).findings();
              assertThat(Laws.multiset(after)).isEqualTo(Laws.multiset(before));
            });
  }

  @Test
  void findingsDoNotDependOnTheIds() {
    qt().withExamples(MODEL_EXAMPLES)
        .forAll(renamings())
        .checkAssert(
            renaming -> {
              List<FindingKey> before = keys(ValueStreamAnalysis.of(renaming.model()).findings());
              List<FindingKey> expected = new ArrayList<>();
              for (FindingKey key : before) {
                List<TypedId<?>> elements = new ArrayList<>();
                key.elements().forEach(element -> elements.add(renaming.id(element)));
                expected.add(new FindingKey(key.rule(), key.severity(), elements, key.evidence()));
              }
              List<FindingKey> after = keys(ValueStreamAnalysis.of(renaming.renamed()).findings());
              assertThat(Laws.multiset(after)).isEqualTo(Laws.multiset(expected));
            });
  }

  // ---- helpers ----

  /** What identifies a finding apart from its message: rule, severity, elements and evidence. */
  private record FindingKey(
      Rule rule, Severity severity, List<TypedId<?>> elements, Map<String, Double> evidence) {}

  private static List<FindingKey> keys(List<Finding> findings) {
    List<FindingKey> keys = new ArrayList<>();
    findings.forEach(
        f -> keys.add(new FindingKey(f.rule(), f.severity(), f.elements(), f.evidence())));
    return keys;
  }

  /** A model and the same model with its value streams in another order. */
  private record Reordered(JourneyModel original, JourneyModel reordered) {}

  private static Map<ValueStreamId, ValueStream> firstById(List<ValueStream> valueStreams) {
    Map<ValueStreamId, ValueStream> streams = new LinkedHashMap<>();
    valueStreams.forEach(stream -> streams.putIfAbsent(stream.id(), stream));
    return streams;
  }

  private static Map<ValueStreamActivityId, ValueStreamActivity> firstActivities(
      List<ValueStream> valueStreams) {
    Map<ValueStreamActivityId, ValueStreamActivity> activities = new HashMap<>();
    valueStreams.forEach(
        stream ->
            stream
                .activities()
                .forEach(activity -> activities.putIfAbsent(activity.id(), activity)));
    return activities;
  }

  private static List<JourneyElement> elements(CustomerJourney journey) {
    List<JourneyElement> elements = new ArrayList<>(journey.touchpoints());
    elements.addAll(journey.interactions());
    return elements;
  }

  /**
   * The five statements of Figure 1.4 as the class Javadoc of ValueStreamAnalysis words them,
   * computed plainly.
   */
  private static List<FindingKey> naiveFindings(JourneyModel model) {
    Map<ValueStreamId, ValueStream> streams = firstById(model.valueStreams());
    Map<ValueStreamActivityId, ValueStream> streamOf = new HashMap<>();
    for (ValueStream stream : model.valueStreams()) {
      stream.activities().forEach(activity -> streamOf.putIfAbsent(activity.id(), stream));
    }
    Map<ValueStreamActivityId, ValueStreamActivity> activities =
        firstActivities(model.valueStreams());
    Map<ValueStreamId, List<JourneyId>> supported = new LinkedHashMap<>();
    streams.keySet().forEach(id -> supported.put(id, new ArrayList<>()));
    Set<ValueStreamId> directParts = new HashSet<>();
    List<FindingKey> findings = new ArrayList<>();
    for (CustomerJourney journey : model.journeys()) {
      JourneyId j = journey.id();
      List<ValueStream> linked = new ArrayList<>();
      Set<ValueStreamId> links = new LinkedHashSet<>(journey.valueStreams());
      links.addAll(journey.directPartOf());
      for (ValueStreamId id : links) {
        ValueStream stream = streams.get(id);
        if (stream != null) {
          linked.add(stream);
          supported.computeIfAbsent(id, k -> new ArrayList<>()).add(j);
          if (journey.directPartOf().contains(id)) {
            directParts.add(id);
          }
          if (stream.activities().stream().noneMatch(a -> a.isVisibleToOtherParties())) {
            boolean direct = journey.directPartOf().contains(id);
            findings.add(
                key(
                    ValueStreamAnalysis.ALL_ACTIVITIES_HIDDEN,
                    direct ? Severity.WARNING : Severity.INFO,
                    Map.of("activities", (double) stream.activities().size()),
                    j,
                    id,
                    stream.owner()));
          }
        }
      }
      Set<PartyId> owners = new LinkedHashSet<>();
      linked.forEach(stream -> owners.add(stream.owner()));
      for (PartyId participant : journey.participants()) {
        if (!owners.contains(participant)) {
          findings.add(
              key(
                  ValueStreamAnalysis.PARTY_WITHOUT_VALUE_STREAM,
                  Severity.ERROR,
                  Map.of(),
                  j,
                  participant));
        }
      }
      for (ValueStream stream : linked) {
        if (!journey.participants().contains(stream.owner())) {
          findings.add(
              key(
                  ValueStreamAnalysis.STREAM_OF_NON_PARTICIPANT,
                  Severity.WARNING,
                  Map.of(),
                  j,
                  stream.id(),
                  stream.owner()));
        }
      }
      List<TypedId<?>> spanned = new ArrayList<>();
      spanned.add(j);
      Set<PartyId> providers = new LinkedHashSet<>();
      int providerStreams = 0;
      for (ValueStream stream : linked) {
        if (journey.providers().contains(stream.owner())) {
          providerStreams++;
          providers.add(stream.owner());
        }
      }
      spanned.addAll(providers);
      if (providerStreams > 1) {
        findings.add(
            new FindingKey(
                ValueStreamAnalysis.SPANS_VALUE_STREAMS,
                Severity.INFO,
                spanned,
                Map.of(
                    "valueStreams",
                    (double) providerStreams,
                    "providers",
                    (double) providers.size())));
      }
      for (JourneyElement element : elements(journey)) {
        for (ValueStreamActivityId id : element.activities()) {
          ValueStreamActivity activity = activities.get(id);
          ValueStream stream = streamOf.get(id);
          if (activity == null || stream == null) {
            continue;
          }
          if (!activity.isVisibleToOtherParties()) {
            findings.add(
                key(
                    ValueStreamAnalysis.HIDDEN_ACTIVITY_IN_JOURNEY,
                    Severity.ERROR,
                    Map.of(),
                    j,
                    element.id(),
                    id));
          }
          if (!links.contains(stream.id())) {
            findings.add(
                key(
                    ValueStreamAnalysis.ACTIVITY_OUTSIDE_LINKED_STREAMS,
                    Severity.WARNING,
                    Map.of(),
                    j,
                    element.id(),
                    stream.id()));
          }
        }
      }
    }
    supported.forEach(
        (id, journeys) -> {
          if (journeys.isEmpty()) {
            findings.add(key(ValueStreamAnalysis.NOT_IN_ANY_JOURNEY, Severity.INFO, Map.of(), id));
          } else if (!directParts.contains(id)) {
            findings.add(
                key(
                    ValueStreamAnalysis.ONLY_DEPENDED_ON,
                    Severity.INFO,
                    Map.of("journeys", (double) journeys.size()),
                    id));
          }
          if (journeys.size() == 1) {
            findings.add(
                key(
                    ValueStreamAnalysis.SUPPORTS_ONE_JOURNEY,
                    Severity.INFO,
                    Map.of(),
                    id,
                    journeys.get(0)));
          }
        });
    return findings;
  }

  private static FindingKey key(
      Rule rule, Severity severity, Map<String, Double> evidence, TypedId<?>... elements) {
    return new FindingKey(rule, severity, List.of(elements), evidence);
  }

  /** Every id text a model uses, of any kind. */
  private static Set<String> texts(JourneyModel model) {
    Set<String> texts = new LinkedHashSet<>();
    for (Party party : model.core().parties()) {
      texts.add(party.id().value());
      party.memberOf().ifPresent(group -> texts.add(group.value()));
    }
    for (ValueStream stream : model.valueStreams()) {
      texts.add(stream.id().value());
      texts.add(stream.owner().value());
      stream.activities().forEach(activity -> texts.add(activity.id().value()));
    }
    for (CustomerJourney journey : model.journeys()) {
      texts.add(journey.id().value());
      journey.participants().forEach(party -> texts.add(party.value()));
      journey.valueStreams().forEach(stream -> texts.add(stream.value()));
      journey.directPartOf().forEach(stream -> texts.add(stream.value()));
      for (Touchpoint touchpoint : journey.touchpoints()) {
        texts.add(touchpoint.id().value());
        touchpoint.parties().forEach(party -> texts.add(party.value()));
        touchpoint.activities().forEach(activity -> texts.add(activity.value()));
      }
      for (ServiceInteraction interaction : journey.interactions()) {
        texts.add(interaction.id().value());
        interaction.activities().forEach(activity -> texts.add(activity.value()));
        interaction.touchpoint().ifPresent(at -> texts.add(at.value()));
      }
    }
    return texts;
  }

  private static Gen<Renaming> renamings() {
    return in -> {
      JourneyModel model = cleanModels().generate(in);
      Set<String> olds = texts(model);
      List<String> fresh = Draw.shuffle(in, Texts.uniqueIdTexts(in, olds.size()));
      Map<String, String> map = new HashMap<>();
      int i = 0;
      for (String old : olds) {
        map.put(old, "n" + fresh.get(i++));
      }
      return new Renaming(model, map);
    };
  }

  /**
   * A model and a consistent renaming of every id text in it: the same text, of any kind, gets the
   * same new text.
   */
  private record Renaming(JourneyModel model, Map<String, String> map) {

    String text(String old) {
      String renamed = map.get(old);
      if (renamed == null) {
        throw new AssertionError("no new text for " + old);
      }
      return renamed;
    }

    TypedId<?> id(TypedId<?> old) {
      for (Function<String, ? extends TypedId<?>> factory : IdGens.FACTORIES) {
        TypedId<?> renamed = factory.apply(text(old.value()));
        if (renamed.getClass() == old.getClass()) {
          return renamed;
        }
      }
      throw new AssertionError("unknown id kind " + old.getClass());
    }

    private PartyId party(PartyId id) {
      return PartyId.of(text(id.value()));
    }

    private ValueStreamActivityId activity(ValueStreamActivityId id) {
      return ValueStreamActivityId.of(text(id.value()));
    }

    private List<PartyId> parties(Set<PartyId> ids) {
      List<PartyId> renamed = new ArrayList<>();
      ids.forEach(id -> renamed.add(party(id)));
      return renamed;
    }

    private List<ValueStreamActivityId> activities(Set<ValueStreamActivityId> ids) {
      List<ValueStreamActivityId> renamed = new ArrayList<>();
      ids.forEach(id -> renamed.add(activity(id)));
      return renamed;
    }

    JourneyModel renamed() {
      List<Party> parties = new ArrayList<>();
      for (Party party : model.core().parties()) {
        Party.Builder builder = Party.builder().from(party).id(party(party.id()));
        Optional<PartyId> group = party.memberOf();
        group.ifPresent(g -> builder.memberOf(party(g)));
        parties.add(builder.build());
      }
      List<ValueStream> streams = new ArrayList<>();
      for (ValueStream stream : model.valueStreams()) {
        List<ValueStreamActivity> activities = new ArrayList<>();
        for (ValueStreamActivity activity : stream.activities()) {
          activities.add(
              activity.isVisibleToOtherParties()
                  ? ValueStreamActivity.visible(activity(activity.id()), activity.name())
                  : ValueStreamActivity.hidden(activity(activity.id()), activity.name()));
        }
        streams.add(
            ValueStream.builder()
                .from(stream)
                .id(ValueStreamId.of(text(stream.id().value())))
                .owner(party(stream.owner()))
                .activities(activities)
                .build());
      }
      List<CustomerJourney> journeys = new ArrayList<>();
      for (CustomerJourney journey : model.journeys()) {
        List<Touchpoint> touchpoints = new ArrayList<>();
        for (Touchpoint touchpoint : journey.touchpoints()) {
          touchpoints.add(
              Touchpoint.builder()
                  .from(touchpoint)
                  .id(TouchpointId.of(text(touchpoint.id().value())))
                  .parties(parties(touchpoint.parties()))
                  .activities(activities(touchpoint.activities()))
                  .build());
        }
        List<ServiceInteraction> interactions = new ArrayList<>();
        for (ServiceInteraction interaction : journey.interactions()) {
          interactions.add(
              ServiceInteraction.builder()
                  .from(interaction)
                  .id(ServiceInteractionId.of(text(interaction.id().value())))
                  .provider(party(interaction.provider()))
                  .consumer(party(interaction.consumer()))
                  .activities(activities(interaction.activities()))
                  .touchpoint(interaction.touchpoint().map(at -> TouchpointId.of(text(at.value()))))
                  .build());
        }
        List<ValueStreamId> links = new ArrayList<>();
        journey.valueStreams().forEach(link -> links.add(ValueStreamId.of(text(link.value()))));
        List<ValueStreamId> direct = new ArrayList<>();
        journey.directPartOf().forEach(link -> direct.add(ValueStreamId.of(text(link.value()))));
        journeys.add(
            CustomerJourney.builder()
                .from(journey)
                .id(JourneyId.of(text(journey.id().value())))
                .consumer(party(journey.consumer()))
                .providers(parties(journey.providers()))
                .valueStreams(links)
                .directPartOf(direct)
                .touchpoints(touchpoints)
                .interactions(interactions)
                .build());
      }
      return model
          .withCore(model.core().withParties(parties))
          .withValueStreams(streams)
          .withJourneys(journeys);
    }
  }
}
