package org.covalue.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.covalue.core.analysis.Fixtures.party;

import org.covalue.core.Finding;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.Severity;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Goods;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.Resource;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.junit.jupiter.api.Test;

/**
 * §1.2.3, Figure 1.3: a consumer uses what it obtains from its providers to build products of its
 * own for another group of consumers, and so becomes a provider. A cloud provider hosts servers; an
 * IT department builds a service desk tool on the hosting and offers incident resolution to Acme.
 */
class ProductSupplyAnalysisTest {

  private static final ResourceId DATA_CENTRE = ResourceId.of("data-centre");
  private static final ProductId SERVERS = ProductId.of("servers");
  private static final ServiceId HOSTING = ServiceId.of("hosting");
  private static final ServiceOfferingId HOSTING_OFFER = ServiceOfferingId.of("hosting-offer");
  private static final ProductId DESK_TOOL = ProductId.of("desk-tool");
  private static final ServiceId INCIDENTS = ServiceId.of("incidents");
  private static final ServiceOfferingId DESK_OFFER = ServiceOfferingId.of("desk-offer");

  private static CoreModel.Builder chain() {
    return CoreModel.builder()
        .addResource(Resource.of(DATA_CENTRE, "Data centre"))
        .addProduct(
            Product.builder()
                .id(SERVERS)
                .name("Virtual servers")
                .provider(party("cloud"))
                .addResource(DATA_CENTRE)
                .build())
        .addService(Service.builder().id(HOSTING).name("Hosting").addProduct(SERVERS).build())
        .addOffering(
            ServiceOffering.builder()
                .id(HOSTING_OFFER)
                .name("Hosting")
                .provider(party("cloud"))
                .targetConsumerGroup("Businesses")
                .addService(HOSTING)
                .addGoods(Goods.of("Server", SERVERS))
                .build())
        .addProduct(
            Product.builder()
                .id(DESK_TOOL)
                .name("Desk tool")
                .provider(party("it"))
                .addUsedService(HOSTING)
                .build())
        .addService(
            Service.builder()
                .id(INCIDENTS)
                .name("Incident resolution")
                .addProduct(DESK_TOOL)
                .build())
        .addOffering(
            ServiceOffering.builder()
                .id(DESK_OFFER)
                .name("Service desk")
                .provider(party("it"))
                .targetConsumerGroup("Office staff")
                .addService(INCIDENTS)
                .build());
  }

  private static ServiceRelationship hostingForIt() {
    return ServiceRelationship.builder()
        .id(ServiceRelationshipId.of("cloud-it"))
        .provider(party("cloud"))
        .consumer(party("it"))
        .type(ServiceRelationshipType.BASIC)
        .addOffering(HOSTING_OFFER)
        .build();
  }

  @Test
  void theChainRunsFromTheCloudsDataCentreToTheServiceDesk() {
    ProductSupplyAnalysis supply =
        ProductSupplyAnalysis.of(chain().addRelationship(hostingForIt()).build());
    assertThat(supply.findings()).isEmpty();
    assertThat(supply.sources()).hasSize(1);
    ProductSupplyAnalysis.ServiceSource source = supply.sources().get(0);
    assertThat(source.product()).isEqualTo(DESK_TOOL);
    assertThat(source.relationships()).containsExactly(ServiceRelationshipId.of("cloud-it"));
    assertThat(source.isProvided()).isTrue();
    assertThat(supply.downstreamOfferings(DATA_CENTRE)).containsExactly(HOSTING_OFFER, DESK_OFFER);
    assertThat(supply.upstreamResources(DESK_OFFER)).containsExactly(DATA_CENTRE);
    assertThat(supply.chain(DATA_CENTRE, DESK_OFFER))
        .containsExactly(DATA_CENTRE, SERVERS, HOSTING, DESK_TOOL, INCIDENTS, DESK_OFFER);
    assertThat(supply.chain(ResourceId.of("elsewhere"), DESK_OFFER)).isEmpty();
  }

  @Test
  void goodsLeadUpstreamToTheResourcesOfTheirProduct() {
    ServiceOfferingId sale = ServiceOfferingId.of("server-sale");
    ResourceId vans = ResourceId.of("vans");
    ProductSupplyAnalysis supply =
        ProductSupplyAnalysis.of(
            chain()
                .addRelationship(hostingForIt())
                .addResource(Resource.of(vans, "Vans"))
                .addProduct(
                    Product.builder()
                        .id(ProductId.of("delivery"))
                        .name("Delivery")
                        .provider(party("cloud"))
                        .addResource(vans)
                        .build())
                .addService(
                    Service.builder()
                        .id(ServiceId.of("delivery-service"))
                        .name("Delivery")
                        .addProduct(ProductId.of("delivery"))
                        .build())
                .addOffering(
                    ServiceOffering.builder()
                        .id(sale)
                        .name("Servers to keep")
                        .provider(party("cloud"))
                        .targetConsumerGroup("Businesses")
                        .addService(ServiceId.of("delivery-service"))
                        .addGoods(Goods.of("Server", SERVERS))
                        .build())
                .build());
    // The vans through the delivery service, the data centre only through the goods.
    assertThat(supply.upstreamResources(sale)).containsExactlyInAnyOrder(vans, DATA_CENTRE);
    assertThat(supply.chain(DATA_CENTRE, sale)).containsExactly(DATA_CENTRE, SERVERS, sale);
    assertThat(supply).hasToString("ProductSupplyAnalysis{sources=1, unprovided=0}");
  }

  @Test
  void aProductThatReliesOnAServiceItsProviderDoesNotObtainIsReported() {
    ProductSupplyAnalysis supply = ProductSupplyAnalysis.of(chain().build());
    Finding finding = supply.findings().get(0);
    assertThat(finding.rule()).isEqualTo(ProductSupplyAnalysis.SERVICE_NOT_PROVIDED);
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.elements()).containsExactly(DESK_TOOL, HOSTING, party("it"));
    assertThat(finding.data()).containsExactly(entry("reason", "not-obtained"));
    assertThat(finding.evidence()).containsExactly(entry("offerings", 1.0));
    assertThat(finding.message())
        .isEqualTo(
            "Product desk-tool of it relies on service hosting, but no relationship in which it"
                + " consumes offers it");
  }

  @Test
  void aServiceNoOfferingDescribesIsNotOffered() {
    CoreModel model =
        CoreModel.builder()
            .addProduct(
                Product.builder()
                    .id(DESK_TOOL)
                    .name("Desk tool")
                    .provider(party("it"))
                    .addUsedService(HOSTING)
                    .build())
            .build();
    assertThat(ProductSupplyAnalysis.of(model).findings().get(0).data())
        .containsExactly(entry("reason", "not-offered"));
  }

  @Test
  void aServiceTheProviderOffersItselfIsProvided() {
    CoreModel model =
        chain()
            .addOffering(
                ServiceOffering.builder()
                    .id(ServiceOfferingId.of("own-hosting"))
                    .name("Own hosting")
                    .provider(party("it"))
                    .targetConsumerGroup("Own teams")
                    .addService(HOSTING)
                    .build())
            .build();
    ProductSupplyAnalysis supply = ProductSupplyAnalysis.of(model);
    assertThat(supply.findings()).isEmpty();
    assertThat(supply.sources().get(0).ownOfferings())
        .containsExactly(ServiceOfferingId.of("own-hosting"));
  }
}
