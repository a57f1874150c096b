package org.covalue.core.offering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.core.ItilReference;
import org.covalue.core.PartyId;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.junit.jupiter.api.Test;

class OfferingModelTest {

  private static final PartyId IT = PartyId.of("it");

  static ServiceOffering.Builder deskOffering() {
    return ServiceOffering.builder()
        .id(ServiceOfferingId.of("desk"))
        .name("Service desk")
        .provider(IT)
        .targetConsumerGroup("Office staff")
        .addService(ServiceId.of("incident-resolution"));
  }

  @Test
  void onlyGoodsTransferOwnership() {
    assertThat(ServiceOfferingComponentType.GOODS.transfersOwnership()).isTrue();
    assertThat(ServiceOfferingComponentType.ACCESS_TO_RESOURCES.transfersOwnership()).isFalse();
    assertThat(ServiceOfferingComponentType.SERVICE_ACTION.transfersOwnership()).isFalse();
    assertThat(ServiceOfferingComponentType.ACCESS_TO_RESOURCES.description())
        .contains("stays with the provider");
    assertThat(ServiceOfferingComponentType.GOODS.description()).contains("passes to the consumer");
    assertThat(ServiceOfferingComponentType.SERVICE_ACTION.reference())
        .isEqualTo(ItilReference.section("1.2.7"));
  }

  @Test
  void serviceActionsArePerformedByProviderUserOrBoth() {
    assertThat(ServiceActionPerformer.values())
        .containsExactly(
            ServiceActionPerformer.PROVIDER_RESOURCE,
            ServiceActionPerformer.USER,
            ServiceActionPerformer.JOINT);
    ServiceAction reset = ServiceAction.of("Reset password", ServiceActionPerformer.JOINT);
    assertThat(reset.performedBy()).isEqualTo(ServiceActionPerformer.JOINT);
    assertThat(reset.type()).isEqualTo(ServiceOfferingComponentType.SERVICE_ACTION);
  }

  @Test
  void componentsKnowTheirType() {
    assertThat(Goods.of("Laptop").type()).isEqualTo(ServiceOfferingComponentType.GOODS);
    assertThat(Goods.of("Laptop").product()).isEmpty();
    assertThat(Goods.of("Laptop", ProductId.of("laptop")).product())
        .contains(ProductId.of("laptop"));
    ResourceAccess portal = ResourceAccess.of("Portal", ResourceId.of("portal"));
    assertThat(portal.type()).isEqualTo(ServiceOfferingComponentType.ACCESS_TO_RESOURCES);
    assertThat(portal.resource()).isEqualTo(ResourceId.of("portal"));
  }

  @Test
  void blankComponentNamesAreRefused() {
    assertThatThrownBy(() -> Goods.of(" ")).hasMessage("name: Goods name must not be blank");
    assertThatThrownBy(() -> ResourceAccess.of("", ResourceId.of("p")))
        .hasMessage("name: Resource access name must not be blank");
    assertThatThrownBy(() -> ServiceAction.of("\t", ServiceActionPerformer.USER))
        .hasMessage("name: Service action name must not be blank");
  }

  @Test
  void offeringListsItsComponentsGoodsFirst() {
    ServiceOffering offering =
        deskOffering()
            .addServiceAction(ServiceAction.of("Reset password", ServiceActionPerformer.JOINT))
            .addResourceAccess(ResourceAccess.of("Portal", ResourceId.of("portal")))
            .addGoods(Goods.of("Laptop"))
            .build();
    assertThat(offering.components())
        .extracting(OfferingComponent::type)
        .containsExactly(
            ServiceOfferingComponentType.GOODS,
            ServiceOfferingComponentType.ACCESS_TO_RESOURCES,
            ServiceOfferingComponentType.SERVICE_ACTION);
    assertThat(offering.targetConsumerGroup()).isEqualTo("Office staff");
    assertThat(ServiceOffering.builder().from(offering).build()).isEqualTo(offering);
  }

  @Test
  void offeringWithoutAnyPartOrServiceIsRefused() {
    assertThatThrownBy(
            () ->
                ServiceOffering.builder()
                    .id(ServiceOfferingId.of("empty"))
                    .name("Empty")
                    .provider(IT)
                    .targetConsumerGroup(" ")
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining(
            "targetConsumerGroup: Service offering target consumer group must not be blank")
        .hasMessageContaining("services: Service offering empty must describe at least one service")
        .hasMessageNotContaining("components");
  }

  @Test
  void anOfferingWithoutPartsIsADraftThatCanBeBuilt() {
    ServiceOffering draft = deskOffering().build();
    assertThat(draft.components()).isEmpty();
  }

  @Test
  void anyOnePartIsEnough() {
    assertThat(deskOffering().addGoods(Goods.of("Laptop")).build().components()).hasSize(1);
    assertThat(
            deskOffering()
                .addResourceAccess(ResourceAccess.of("Portal", ResourceId.of("p")))
                .build()
                .components())
        .hasSize(1);
    assertThat(
            deskOffering()
                .addServiceAction(ServiceAction.of("Fix", ServiceActionPerformer.PROVIDER_RESOURCE))
                .build()
                .components())
        .hasSize(1);
  }

  @Test
  void productConfiguresResourcesOrOtherProducts() {
    Product laptop =
        Product.builder()
            .id(ProductId.of("laptop"))
            .name("Managed laptop")
            .provider(IT)
            .addResource(ResourceId.of("hardware"))
            .build();
    Product workplace =
        Product.builder()
            .id(ProductId.of("workplace"))
            .name("Digital workplace")
            .provider(IT)
            .addComponent(laptop.id())
            .build();
    assertThat(laptop.resources()).containsExactly(ResourceId.of("hardware"));
    assertThat(workplace.components()).containsExactly(ProductId.of("laptop"));
    assertThat(workplace.resources()).isEmpty();
    assertThat(workplace.provider()).isEqualTo(IT);
  }

  @Test
  void productThatConfiguresNothingOrItselfIsRefused() {
    assertThatThrownBy(() -> Product.builder().id(ProductId.of("p")).name("P").provider(IT).build())
        .hasMessage(
            "resources: Product p must configure at least one resource, component product or used service");
    assertThatThrownBy(
            () ->
                Product.builder()
                    .id(ProductId.of("p"))
                    .name("P")
                    .provider(IT)
                    .addComponent(ProductId.of("p"))
                    .build())
        .hasMessage("components: Product p cannot be a component of itself");
  }

  @Test
  void resourceAndService() {
    Resource portal = Resource.of(ResourceId.of("portal"), "Self-service portal");
    assertThat(portal.owner()).isEmpty();
    assertThat(Resource.builder().from(portal).owner(IT).build().owner()).contains(IT);
    Service service =
        Service.builder()
            .id(ServiceId.of("s"))
            .name("Incident resolution")
            .description("Restores normal service")
            .addProduct(ProductId.of("laptop"))
            .build();
    assertThat(service.products()).containsExactly(ProductId.of("laptop"));
    assertThat(service.description()).contains("Restores normal service");
    assertThatThrownBy(() -> Resource.of(ResourceId.of("r"), ""))
        .hasMessage("name: Resource name must not be blank");
    assertThatThrownBy(() -> Service.builder().id(ServiceId.of("s")).name(" ").build())
        .hasMessage("name: Service name must not be blank");
  }

  @Test
  void copiesChangeOneAttributeAndKeepTheOthers() {
    Resource portal = Resource.of(ResourceId.of("portal"), "Portal");
    assertThat(portal.withName("Web portal").name()).isEqualTo("Web portal");
    assertThat(portal.withOwner(IT).owner()).contains(IT);
    assertThat(portal.withOwner(IT).name()).isEqualTo("Portal");

    Product laptop =
        Product.builder()
            .id(ProductId.of("laptop"))
            .name("Laptop")
            .provider(IT)
            .addResource(ResourceId.of("hw"))
            .build();
    assertThat(laptop.withName("Managed laptop").resources()).containsExactly(ResourceId.of("hw"));
    assertThat(laptop.withComponents(List.of(ProductId.of("os"))).components())
        .containsExactly(ProductId.of("os"));
    assertThat(laptop.withResources(List.of(ResourceId.of("hw2"))).resources())
        .containsExactly(ResourceId.of("hw2"));
    assertThatThrownBy(() -> laptop.withResources(List.of()))
        .hasMessage(
            "resources: Product laptop must configure at least one resource, component product or used service");

    Service service = Service.builder().id(ServiceId.of("s")).name("S").build();
    assertThat(service.withDescription("d").description()).contains("d");
    assertThat(service.withProducts(List.of(ProductId.of("p"))).products())
        .containsExactly(ProductId.of("p"));
    assertThat(service.withName("T").id()).isEqualTo(ServiceId.of("s"));

    ServiceOffering offering = deskOffering().addGoods(Goods.of("Laptop")).build();
    assertThat(offering.withName("Desk").goods()).isEqualTo(offering.goods());
    assertThat(offering.withTargetConsumerGroup("Everyone").targetConsumerGroup())
        .isEqualTo("Everyone");
    assertThat(offering.withServices(List.of(ServiceId.of("other"))).services())
        .containsExactly(ServiceId.of("other"));
    assertThat(
            offering
                .withServiceActions(List.of(ServiceAction.of("Fix", ServiceActionPerformer.JOINT)))
                .serviceActions())
        .hasSize(1);
    assertThat(
            offering
                .withResourceAccesses(List.of(ResourceAccess.of("Portal", ResourceId.of("p"))))
                .resourceAccesses())
        .hasSize(1);
    assertThat(offering.withGoods(List.of()).goods()).isEmpty();
  }

  @Test
  void anAgreementNeedsAScopeAndAPartyThatAgreedIt() {
    ServiceAgreement agreed =
        ServiceAgreement.builder()
            .scope("Incidents")
            .agreedOn(java.time.LocalDate.of(2026, 1, 15))
            .addParty(PartyId.of("it"))
            .build();
    assertThatThrownBy(() -> agreed.withScope(" "))
        .isInstanceOf(InvalidModelException.class)
        .satisfies(
            e ->
                assertThat(((InvalidModelException) e).violations())
                    .extracting(org.covalue.core.Violation::path)
                    .containsExactly("scope"));
    assertThatThrownBy(() -> agreed.withParties(List.of()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining(
            "parties: A service agreement names at least one party that agreed it");
  }
}
