package org.covalue.visibility.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.covalue.core.PartyId;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.Resource;
import org.covalue.core.offering.ResourceAccess;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceAction;
import org.covalue.core.offering.ServiceActionPerformer;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.party.ConsumerRole;
import org.covalue.core.party.Party;
import org.covalue.core.relationship.BandWidth;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.covalue.journey.Channel;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.ValueStreamId;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.covalue.visibility.Dependency;
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.EnvironmentElement;
import org.covalue.visibility.EnvironmentElementId;
import org.covalue.visibility.LineOfVisibility;
import org.covalue.visibility.Responsibility;
import org.covalue.visibility.ServiceActionDependency;
import org.covalue.visibility.analysis.BandOfVisibility;
import org.covalue.visibility.analysis.BandWidthAssessment;
import org.covalue.visibility.analysis.BandWidthCheck;
import org.covalue.visibility.analysis.HiddenDependencies;
import org.covalue.visibility.analysis.ManagedBand;
import org.covalue.visibility.analysis.ProductVisibility;
import org.covalue.visibility.analysis.VisibilityValidator;
import org.covalue.visibility.model.VisibilityModel;
import org.junit.jupiter.api.Test;

/**
 * The code tour of docs/visibility.md, as written there, with what its comments say checked. Keep
 * the two in step: a change here belongs in the guide too.
 */
class VisibilityGuideTest {

  @Test
  void theTourRunsAsTheGuideSays() {
    // --- from docs/visibility.md, "A code tour" ---
    PartyId it = PartyId.of("it");
    PartyId warehouse = PartyId.of("warehouse");
    ProductId repair = ProductId.of("scanner-repair");
    ResourceId portal = ResourceId.of("repair-portal");
    ResourceId bench = ResourceId.of("repair-bench");
    ValueStreamActivityId logRepair = ValueStreamActivityId.of("log-repair");
    ValueStreamActivityId diagnose = ValueStreamActivityId.of("diagnose");
    ValueStreamActivityId pickOrders = ValueStreamActivityId.of("pick-orders");
    EnvironmentElementId floor = EnvironmentElementId.of("warehouse-floor");
    JourneyId journey = JourneyId.of("broken-scanner");
    ServiceOfferingId repairs = ServiceOfferingId.of("scanner-repairs");

    ServiceRelationship relationship =
        ServiceRelationship.builder()
            .id(ServiceRelationshipId.of("it-for-warehouse"))
            .provider(it)
            .consumer(warehouse)
            .type(ServiceRelationshipType.COOPERATIVE)
            .addOffering(repairs)
            .build();

    CoreModel core =
        CoreModel.builder()
            .addParties(
                Party.organization(it, "IT department"), Party.organization(warehouse, "Warehouse"))
            .addResources(
                Resource.builder().id(portal).name("Repair portal").owner(it).build(),
                Resource.builder().id(bench).name("Repair bench").owner(it).build())
            .addProduct(
                Product.builder()
                    .id(repair)
                    .name("Scanner repair")
                    .provider(it)
                    .addResources(portal, bench)
                    .build())
            .addService(
                Service.builder()
                    .id(ServiceId.of("repair"))
                    .name("Repair")
                    .addProduct(repair)
                    .build())
            .addOffering(
                ServiceOffering.builder()
                    .id(repairs)
                    .name("Scanner repairs")
                    .provider(it)
                    .targetConsumerGroup("Warehouse sites")
                    .addService(ServiceId.of("repair"))
                    .addResourceAccess(ResourceAccess.of("Repair portal", portal))
                    .addServiceAction(
                        ServiceAction.of("Track a repair", ServiceActionPerformer.USER))
                    .build())
            .addRelationship(relationship)
            .build();

    JourneyModel journeys =
        JourneyModel.builder()
            .core(core)
            .addValueStreams(
                ValueStream.builder()
                    .id(ValueStreamId.of("repair-devices"))
                    .name("Repair devices")
                    .owner(it)
                    .addActivities(
                        ValueStreamActivity.visible(logRepair, "Log the repair"),
                        ValueStreamActivity.hidden(diagnose, "Diagnose the fault"))
                    .build(),
                ValueStream.builder()
                    .id(ValueStreamId.of("ship-goods"))
                    .name("Ship goods")
                    .owner(warehouse)
                    .addActivities(ValueStreamActivity.hidden(pickOrders, "Pick orders"))
                    .build())
            .addJourney(
                CustomerJourney.builder()
                    .id(journey)
                    .name("A broken scanner")
                    .consumer(warehouse)
                    .addProvider(it)
                    .persona(ConsumerRole.USER)
                    .addValueStreams(
                        ValueStreamId.of("repair-devices"), ValueStreamId.of("ship-goods"))
                    .addTouchpoint(
                        Touchpoint.builder()
                            .id(TouchpointId.of("report"))
                            .name("Reports it")
                            .step(CustomerJourneyStep.CO_CREATE)
                            .channel(Channel.WEB)
                            .addParties(warehouse, it)
                            .addActivity(logRepair)
                            .build())
                    .build())
            .build();

    VisibilityModel model =
        VisibilityModel.builder()
            .journey(journeys)
            .addEnvironmentElement(
                EnvironmentElement.builder()
                    .id(floor)
                    .name("Warehouse floor")
                    .owner(warehouse)
                    .build())
            .addLines(
                LineOfVisibility.of(it)
                    .show(repair)
                    .show(portal)
                    .hide(bench), // the IT's general line
                LineOfVisibility.of(warehouse).show(floor)) // the warehouse's
            .addServiceActionDependency(
                ServiceActionDependency.of(repairs, "Track a repair", portal))
            .addResponsibility(
                Responsibility.of(ElementRef.of(journey, TouchpointId.of("report")), it))
            .build();
    // --- end of the tour's model; what the comments of the tour say: ---

    assertThat(VisibilityValidator.validate(model)).isEmpty();

    BandOfVisibility band = BandOfVisibility.of(model, relationship);
    assertThat(band.contains(portal)).isTrue();
    assertThat(band.contains(bench)).isFalse();
    assertThat(band.contains(diagnose)).isFalse();
    assertThat(band.width().placeableInBand()).isEqualTo(3);
    assertThat(band.width().placeableTotal()).isEqualTo(6);
    assertThat(band.width().placeableShare()).isEqualTo(0.5);

    BandWidthAssessment width = BandWidthCheck.DEFAULT.check(band);
    assertThat(width.measured()).isEqualTo(BandWidth.MODERATE);
    assertThat(width.findings()).isEmpty();

    assertThat(HiddenDependencies.of(model, relationship).dependencies().toString())
        .isEqualTo("[HiddenDependency{path=[scanner-repair, repair-bench]}]");
    assertThat(ManagedBand.of(model, relationship).unmanaged().toString())
        .isEqualTo(
            "[value stream activity log-repair, resource repair-portal, product scanner-repair]");
    assertThat(ProductVisibility.of(model, repair, "Warehouse sites").visible())
        .containsExactly(repair, portal);

    // "add Dependency.of(ElementRef.of(journey, TouchpointId.of("report")), floor) and it joins"
    VisibilityModel withFloor =
        model.withDependencies(
            List.of(Dependency.of(ElementRef.of(journey, TouchpointId.of("report")), floor)));
    assertThat(BandOfVisibility.of(withFloor, relationship).contains(floor)).isTrue();
    assertThat(band.contains(floor)).isFalse();
  }

  @Test
  void theSampleNumbersAreTheGuides() {
    VisibilityModel model = ServerHosting.model();
    BandOfVisibility commodity = BandOfVisibility.of(model, ServerHosting.commodity());
    BandOfVisibility partnership = BandOfVisibility.of(model, ServerHosting.partnership());

    assertThat(commodity.width().placeableShare()).isEqualTo(7.0 / 23);
    assertThat(partnership.width().placeableShare()).isEqualTo(17.0 / 21);
    assertThat(BandWidthCheck.DEFAULT.check(commodity).findings()).isEmpty();
    assertThat(BandWidthCheck.DEFAULT.check(partnership).findings()).isEmpty();
  }
}
