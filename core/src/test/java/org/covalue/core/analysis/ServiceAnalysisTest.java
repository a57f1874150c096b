package org.covalue.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.covalue.core.analysis.Fixtures.party;

import java.time.LocalDate;
import org.covalue.core.Finding;
import org.covalue.core.ProductId;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Goods;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceAgreement;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.junit.jupiter.api.Test;

/**
 * §1.2.7: a service must be scoped and defined so that all parties understand and agree its purpose
 * and boundaries; it is based on products; an offering is made of goods, access and actions.
 */
class ServiceAnalysisTest {

  private static final ServiceId DESK = ServiceId.of("desk");
  private static final ServiceOfferingId OFFER = ServiceOfferingId.of("desk-offer");

  private static CoreModel.Builder model(Service desk) {
    return CoreModel.builder()
        .addService(desk)
        .addOffering(
            ServiceOffering.builder()
                .id(OFFER)
                .name("Service desk")
                .provider(party("it"))
                .targetConsumerGroup("Office staff")
                .addService(DESK)
                .addGoods(Goods.of("Loan laptop"))
                .build())
        .addRelationship(
            ServiceRelationship.builder()
                .id(ServiceRelationshipId.of("it-acme"))
                .provider(party("it"))
                .consumer(party("acme"))
                .type(ServiceRelationshipType.COOPERATIVE)
                .addOffering(OFFER)
                .build());
  }

  private static Service.Builder desk() {
    return Service.builder().id(DESK).name("Service desk").addProduct(ProductId.of("desk-tool"));
  }

  @Test
  void aServiceWhoseScopeBothPartiesAgreedIsFine() {
    Service agreed =
        desk()
            .agreement(
                ServiceAgreement.builder()
                    .scope("Incidents with office devices, on working days")
                    .agreedOn(LocalDate.of(2026, 1, 15))
                    .addParties(party("it"), party("acme"))
                    .build())
            .build();
    assertThat(ServiceAnalysis.of(model(agreed).build()).findings()).isEmpty();
  }

  @Test
  void aServiceWithoutAgreementIsReportedWithItsNumberOfParties() {
    ServiceAnalysis analysis = ServiceAnalysis.of(model(desk().build()).build());
    Finding finding = analysis.findings().get(0);
    assertThat(finding.rule()).isEqualTo(ServiceAnalysis.SCOPE_NOT_AGREED);
    assertThat(finding.elements()).containsExactly(DESK);
    assertThat(finding.evidence()).containsExactly(entry("parties", 2.0));
    assertThat(analysis).hasToString("ServiceAnalysis{findings=1}");
    assertThat(finding.message())
        .isEqualTo(
            "Service desk has no agreed scope; its 2 parties should agree its purpose and"
                + " boundaries");
  }

  @Test
  void aConsumerThatDidNotAgreeIsReported() {
    Service providerOnly =
        desk()
            .agreement(
                ServiceAgreement.builder()
                    .scope("Incidents with office devices")
                    .agreedOn(LocalDate.of(2026, 1, 15))
                    .addParty(party("it"))
                    .build())
            .build();
    Finding finding = ServiceAnalysis.of(model(providerOnly).build()).findings().get(0);
    assertThat(finding.rule()).isEqualTo(ServiceAnalysis.AGREEMENT_MISSING_PARTY);
    assertThat(finding.elements()).containsExactly(DESK, party("acme"));
    assertThat(finding.data()).containsExactly(entry("role", "consumer"));
  }

  @Test
  void aServiceWithoutProductAndAnOfferingWithoutPartsAreDraftsToFinish() {
    CoreModel model =
        CoreModel.builder()
            .addService(Service.builder().id(DESK).name("Service desk").build())
            .addOffering(
                ServiceOffering.builder()
                    .id(OFFER)
                    .name("Service desk")
                    .provider(party("it"))
                    .targetConsumerGroup("Office staff")
                    .addService(DESK)
                    .build())
            .build();
    ServiceAnalysis analysis = ServiceAnalysis.of(model);
    assertThat(analysis.findings())
        .extracting(Finding::rule)
        .containsExactly(
            ServiceAnalysis.NO_PRODUCT,
            ServiceAnalysis.SCOPE_NOT_AGREED,
            ServiceAnalysis.OFFERING_WITHOUT_PARTS);
    assertThat(analysis.findings(ServiceAnalysis.OFFERING_WITHOUT_PARTS).get(0).elements())
        .containsExactly(OFFER);
  }
}
