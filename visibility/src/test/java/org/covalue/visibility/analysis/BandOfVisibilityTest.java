package org.covalue.visibility.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.covalue.visibility.Scenario.CONSUMER;
import static org.covalue.visibility.Scenario.GROUP;
import static org.covalue.visibility.Scenario.JOURNEY;
import static org.covalue.visibility.Scenario.OTHER;
import static org.covalue.visibility.Scenario.PROVIDER;

import java.util.List;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.offering.Goods;
import org.covalue.core.offering.ResourceAccess;
import org.covalue.core.party.ConsumerRole;
import org.covalue.journey.Channel;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.ServiceInteractionId;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.ValueStreamId;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.covalue.visibility.Dependency;
import org.covalue.visibility.ElementKind;
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.EnvironmentElement;
import org.covalue.visibility.EnvironmentElementId;
import org.covalue.visibility.LineOfVisibility;
import org.covalue.visibility.Scenario;
import org.covalue.visibility.model.VisibilityModel;
import org.junit.jupiter.api.Test;

class BandOfVisibilityTest {

  private static final ResourceId PORTAL = ResourceId.of("portal");
  private static final ProductId APP = ProductId.of("app");

  private static ElementRef activity(String id) {
    return ElementRef.of(ValueStreamActivityId.of(id));
  }

  /** A provider's product with one resource, offered as goods to the relationship. */
  private static Scenario withApp() {
    return new Scenario()
        .resource("portal", PROVIDER)
        .product("app", PROVIDER, List.of("portal"), List.of())
        .offering(offering -> offering.addGoods(Goods.of("The app", APP)));
  }

  @Test
  void touchpointsAndInteractionsOfBothPartiesAreInTheBandByDefinition() {
    Scenario scenario =
        new Scenario()
            .touchpoint("ask", CustomerJourneyStep.ENGAGE)
            .interaction("talk", CustomerJourneyStep.ENGAGE);
    BandOfVisibility band = BandOfVisibility.of(scenario.model(), scenario.relationship());

    assertThat(band.elements())
        .containsExactly(
            ElementRef.of(JOURNEY, TouchpointId.of("ask")),
            ElementRef.of(JOURNEY, ServiceInteractionId.of("talk")));
    assertThat(band.elements(ElementKind.TOUCHPOINT)).hasSize(1);
    assertThat(band.width().share(ElementKind.TOUCHPOINT)).isEqualTo(1.0);
  }

  @Test
  void elementsOfAnotherProviderOrAnotherJourneyAreNotTheRelationships() {
    CustomerJourney shared =
        CustomerJourney.builder()
            .id(JourneyId.of("shared"))
            .name("Shared journey")
            .consumer(CONSUMER)
            .addProviders(PROVIDER, OTHER)
            .persona(ConsumerRole.USER)
            .addTouchpoints(
                touchpoint("with-provider", CONSUMER, PROVIDER),
                touchpoint("with-other", CONSUMER, OTHER),
                touchpoint("alone", CONSUMER))
            .addInteraction(
                ServiceInteraction.builder()
                    .id(ServiceInteractionId.of("other-talk"))
                    .name("Talks to the other provider")
                    .step(CustomerJourneyStep.ENGAGE)
                    .channel(Channel.PHONE)
                    .provider(OTHER)
                    .consumer(CONSUMER)
                    .build())
            .build();
    CustomerJourney othersOwn =
        CustomerJourney.builder()
            .id(JourneyId.of("others-own"))
            .name("The other party's journey")
            .consumer(OTHER)
            .addProvider(PROVIDER)
            .persona(ConsumerRole.USER)
            .addTouchpoint(touchpoint("elsewhere", OTHER, PROVIDER))
            .build();
    Scenario scenario = new Scenario().otherJourney(shared).otherJourney(othersOwn);

    BandOfVisibility band = BandOfVisibility.of(scenario.model(), scenario.relationship());

    assertThat(band.journeys()).containsExactly(JOURNEY, JourneyId.of("shared"));
    assertThat(band.elements())
        .containsExactly(
            ElementRef.of(JOURNEY, TouchpointId.of("contact")),
            ElementRef.of(JourneyId.of("shared"), TouchpointId.of("with-provider")));
  }

  private static Touchpoint touchpoint(String id, org.covalue.core.PartyId... parties) {
    return Touchpoint.builder()
        .id(TouchpointId.of(id))
        .name("Touchpoint " + id)
        .step(CustomerJourneyStep.ENGAGE)
        .channel(Channel.WEB)
        .addParties(parties)
        .build();
  }

  @Test
  void activitiesFollowTheirOwnFlagUnlessALineOfTheirOwnerPlacesThem() {
    Scenario scenario =
        new Scenario()
            .providerActivity("open", true)
            .providerActivity("secret", false)
            .providerActivity("shown-by-line", false)
            .providerActivity("hidden-by-line", true)
            .consumerActivity("mine", true)
            .visibility(
                model ->
                    model.addLine(
                        LineOfVisibility.of(PROVIDER)
                            .show(ValueStreamActivityId.of("shown-by-line"))
                            .hide(ValueStreamActivityId.of("hidden-by-line"))));
    BandOfVisibility band = BandOfVisibility.of(scenario.model(), scenario.relationship());

    assertThat(band.elements(ElementKind.VALUE_STREAM_ACTIVITY))
        .containsExactly(activity("open"), activity("shown-by-line"), activity("mine"));
    assertThat(band.outside()).containsExactly(activity("secret"), activity("hidden-by-line"));
    assertThat(band.width().share(ElementKind.VALUE_STREAM_ACTIVITY)).isEqualTo(3.0 / 5);
  }

  @Test
  void aProductNoLinePlacesIsBehindTheLine() {
    Scenario scenario = withApp();
    BandOfVisibility band = BandOfVisibility.of(scenario.model(), scenario.relationship());

    assertThat(band.contains(APP)).isFalse();
    assertThat(band.outside()).contains(ElementRef.of(APP), ElementRef.of(PORTAL));
  }

  @Test
  void aLineTailoredToTheRelationshipsGroupTakesPrecedenceOverTheGeneralLine() {
    Scenario scenario =
        withApp()
            .visibility(
                model ->
                    model.addLines(
                        LineOfVisibility.of(PROVIDER).show(APP).hide(PORTAL),
                        LineOfVisibility.of(PROVIDER, GROUP).show(PORTAL),
                        LineOfVisibility.of(PROVIDER, "Large firms").hide(APP)));
    BandOfVisibility band = BandOfVisibility.of(scenario.model(), scenario.relationship());

    assertThat(band.contains(APP)).as("the general line shows it").isTrue();
    assertThat(band.contains(PORTAL)).as("the group's line shows it").isTrue();

    BandOfVisibility withoutGroup =
        BandOfVisibility.of(scenario.model(), scenario.relationship().withOfferings(List.of()));
    assertThat(withoutGroup.targetConsumerGroups()).isEmpty();
    assertThat(withoutGroup.contains(PORTAL)).isFalse();
  }

  @Test
  void theConsumersLinesTailoredToItsOwnConsumersDoNotApplyWhenItConsumes() {
    Scenario scenario =
        new Scenario()
            .consumerActivity("plan", false)
            .visibility(
                model ->
                    model.addLine(
                        LineOfVisibility.of(CONSUMER, GROUP)
                            .show(ValueStreamActivityId.of("plan"))));
    BandOfVisibility band = BandOfVisibility.of(scenario.model(), scenario.relationship());

    assertThat(band.contains(ValueStreamActivityId.of("plan"))).isFalse();
  }

  @Test
  void anElementNobodyOwnsIsInTheBandWhenOneLineShowsItAndNoneHidesIt() {
    EnvironmentElementId internet = EnvironmentElementId.of("internet");
    Scenario base =
        new Scenario()
            .touchpoint("browse", CustomerJourneyStep.EXPLORE)
            .visibility(
                model ->
                    model
                        .addEnvironmentElement(EnvironmentElement.of(internet, "The internet"))
                        .addDependency(
                            Dependency.of(
                                ElementRef.of(JOURNEY, TouchpointId.of("browse")), internet)));

    assertThat(band(base).contains(internet)).as("placed by nobody").isFalse();
    assertThat(band(base).outside()).contains(ElementRef.of(internet));
    Scenario shownByConsumer =
        base.visibility(model -> model.addLine(LineOfVisibility.of(CONSUMER).show(internet)));
    assertThat(band(shownByConsumer).contains(internet)).isTrue();
    Scenario hiddenByProvider =
        shownByConsumer.visibility(
            model -> model.addLine(LineOfVisibility.of(PROVIDER).hide(internet)));
    assertThat(band(hiddenByProvider).contains(internet)).isFalse();
  }

  @Test
  void anElementOfAThirdPartyIsSeenWhenItsOwnersGeneralLineShowsIt() {
    Scenario scenario =
        new Scenario()
            .resource("cloud", OTHER)
            .product("app", PROVIDER, List.of("cloud"), List.of())
            .offering(offering -> offering.addGoods(Goods.of("The app", APP)))
            .visibility(
                model ->
                    model
                        .addLine(LineOfVisibility.of(PROVIDER).show(APP))
                        .addLine(LineOfVisibility.of(OTHER).show(ResourceId.of("cloud"))));

    assertThat(band(scenario).contains(ResourceId.of("cloud"))).isTrue();
  }

  @Test
  void theRelationshipsElementsAreFoundThroughEveryDependency() {
    Scenario scenario =
        new Scenario()
            .resource("portal", PROVIDER)
            .resource("kb", PROVIDER)
            .resource("unrelated", PROVIDER)
            .product("app", PROVIDER, List.of("portal"), List.of("base"))
            .product("base", PROVIDER, List.of("kb"), List.of())
            .serviceBasedOn("app")
            .visibility(
                model ->
                    model.addDependency(
                        Dependency.of(ResourceId.of("kb"), ResourceId.of("portal"))));

    BandOfVisibility band = band(scenario);

    assertThat(band.outside())
        .contains(
            ElementRef.of(APP),
            ElementRef.of(ProductId.of("base")),
            ElementRef.of(PORTAL),
            ElementRef.of(ResourceId.of("kb")))
        .doesNotContain(ElementRef.of(ResourceId.of("unrelated")));
  }

  @Test
  void aStreamTheJourneyIsADirectPartOfCountsAsOneItDependsOn() {
    ValueStream extra =
        ValueStream.builder()
            .id(ValueStreamId.of("extra"))
            .name("Extra")
            .owner(PROVIDER)
            .addActivities(
                ValueStreamActivity.visible(ValueStreamActivityId.of("shown-work"), "Shown"),
                ValueStreamActivity.hidden(ValueStreamActivityId.of("hidden-work"), "Hidden"))
            .build();
    Scenario scenario = new Scenario().otherStream(extra);
    VisibilityModel model = scenario.model();
    assertThat(BandOfVisibility.of(model, scenario.relationship()).contains(activity("shown-work")))
        .as("not linked yet")
        .isFalse();
    List<CustomerJourney> journeys = new java.util.ArrayList<>();
    for (CustomerJourney journey : model.journey().journeys()) {
      journeys.add(journey.withDirectPartOf(List.of(ValueStreamId.of("extra"))));
    }
    BandOfVisibility band =
        BandOfVisibility.of(
            model.withJourney(model.journey().withJourneys(journeys)), scenario.relationship());

    assertThat(band.contains(activity("shown-work"))).isTrue();
    assertThat(band.outside()).contains(activity("hidden-work"));
  }

  @Test
  void theServicesTheJourneyInvolvesAreTheRelationships() {
    Scenario scenario =
        new Scenario()
            .resource("server", PROVIDER)
            .product("app", PROVIDER, List.of("server"), List.of())
            .visibility(model -> model.addLine(LineOfVisibility.of(PROVIDER).show(APP)));
    VisibilityModel model =
        HiddenDependenciesTest.withJourneyService(scenario.model(), "booking", "app");

    BandOfVisibility band = BandOfVisibility.of(model, scenario.relationship());

    assertThat(band.contains(APP)).isTrue();
    assertThat(band.outside()).contains(ElementRef.of(ResourceId.of("server")));
  }

  @Test
  void theWidthCountsEachStepsElementsAndTheActivitiesTheyUse() {
    Scenario scenario =
        new Scenario()
            .providerActivity("log", true)
            .providerActivity("triage", false)
            .touchpoint("report", CustomerJourneyStep.ENGAGE, "log", "triage")
            .touchpoint("update", CustomerJourneyStep.CO_CREATE, "log")
            .interaction("fix", CustomerJourneyStep.CO_CREATE)
            .offering(offering -> offering.addResourceAccess(ResourceAccess.of("Portal", PORTAL)))
            .resource("portal", PROVIDER)
            .visibility(model -> model.addLine(LineOfVisibility.of(PROVIDER).show(PORTAL)));
    BandWidthMeasure width = band(scenario).width();

    assertThat(width.inBandByStep())
        .containsEntry(CustomerJourneyStep.ENGAGE, 2)
        .containsEntry(CustomerJourneyStep.CO_CREATE, 3)
        .containsEntry(CustomerJourneyStep.REALIZE, 0);
    assertThat(width.outsideByStep()).containsEntry(CustomerJourneyStep.ENGAGE, 1);
    assertThat(width.share(CustomerJourneyStep.ENGAGE)).isEqualTo(2.0 / 3);
    assertThat(width.share(CustomerJourneyStep.REALIZE)).isZero();
    assertThat(width.size()).as("report, update, fix, log and the portal").isEqualTo(5);
    assertThat(width.placeableInBand()).isEqualTo(2);
    assertThat(width.placeableTotal()).as("and triage and the consumer's work").isEqualTo(4);
    assertThat(width.placeableShare()).isEqualTo(0.5);
    assertThat(width.total(ElementKind.VALUE_STREAM_ACTIVITY)).isEqualTo(3);
    assertThat(width.composition().values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1.0, within(1e-12));
    assertThat(width.composition()).containsEntry(ElementKind.RESOURCE, 0.2);
    assertThat(width.toString()).isEqualTo("BandWidthMeasure{inBand=5, outside=2, placeable=2/4}");
  }

  @Test
  void anEmptyBandHasZeroShares() {
    VisibilityModel empty = VisibilityModel.builder().build();
    BandOfVisibility band = BandOfVisibility.of(empty, new Scenario().relationship());

    assertThat(band.elements()).isEmpty();
    assertThat(band.width().placeableShare()).isZero();
    assertThat(band.width().composition().values()).containsOnly(0.0);
    assertThat(band.toString())
        .isEqualTo(
            "BandOfVisibility{relationship=relationship, journeys=0, elements=0, outside=0,"
                + " placeableShare=0.00}");
  }

  @Test
  void containsIsFalseForIdsThatAreNotPlacedOnLines() {
    Scenario scenario = new Scenario();
    BandOfVisibility band = band(scenario);

    assertThat(band.contains(TouchpointId.of("contact"))).isFalse();
    assertThat(band.contains(ElementRef.of(JOURNEY, TouchpointId.of("contact")))).isTrue();
    assertThat(band.contains(PROVIDER)).isFalse();
  }

  @Test
  void aModelWithRepeatedIdsAndDanglingReferencesStillHasABand() {
    Scenario scenario =
        withApp()
            .touchpoint("ghost", CustomerJourneyStep.ENGAGE, "no-such-activity")
            .visibility(
                model ->
                    model
                        .addLine(LineOfVisibility.of(PROVIDER).show(APP))
                        .addLine(LineOfVisibility.of(PROVIDER).hide(APP))
                        .addDependency(Dependency.of(APP, ResourceId.of("no-such-resource"))));
    VisibilityModel model = scenario.model();
    JourneyModel journeys = model.journey();
    VisibilityModel doubled =
        model.withJourney(
            journeys.withJourneys(List.of(journeys.journeys().get(0), journeys.journeys().get(0))));

    BandOfVisibility band = BandOfVisibility.of(doubled, scenario.relationship());

    assertThat(band.contains(APP)).as("the first general line counts").isTrue();
    assertThat(band.journeys()).containsExactly(JOURNEY);
    assertThat(band.outside()).doesNotContain(activity("no-such-activity"));
  }

  private static BandOfVisibility band(Scenario scenario) {
    return BandOfVisibility.of(scenario.model(), scenario.relationship());
  }
}
