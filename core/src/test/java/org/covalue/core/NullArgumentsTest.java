package org.covalue.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.covalue.core.analysis.ConsumerRoleAnalysis;
import org.covalue.core.analysis.ConsumerRoleCoordination;
import org.covalue.core.analysis.ConsumerRoleCoverage;
import org.covalue.core.analysis.DualRole;
import org.covalue.core.analysis.ProductSupplyAnalysis;
import org.covalue.core.analysis.RelationshipCycle;
import org.covalue.core.analysis.RelationshipNetworkAnalysis;
import org.covalue.core.analysis.RelationshipStrategyAnalysis;
import org.covalue.core.analysis.SalienceClassification;
import org.covalue.core.analysis.SalienceClassifier;
import org.covalue.core.analysis.ServiceAnalysis;
import org.covalue.core.analysis.StakeholderClassifier;
import org.covalue.core.analysis.StakeholderCultivation;
import org.covalue.core.analysis.StakeholderMapClassification;
import org.covalue.core.analysis.StakeholderMapRevision;
import org.covalue.core.analysis.StakeholderMove;
import org.covalue.core.analysis.StakeholderPlacement;
import org.covalue.core.analysis.SupplyChain;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Goods;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.Resource;
import org.covalue.core.offering.ResourceAccess;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceAction;
import org.covalue.core.offering.ServiceActionPerformer;
import org.covalue.core.offering.ServiceAgreement;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.party.ConsumerRole;
import org.covalue.core.party.Coordination;
import org.covalue.core.party.Party;
import org.covalue.core.party.RoleAssignment;
import org.covalue.core.relationship.RelationshipNetwork;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.covalue.core.stakeholder.CultivationTarget;
import org.covalue.core.stakeholder.SalienceAttributes;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderKind;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.core.testing.NullArgumentChecks;
import org.junit.jupiter.api.Test;

/**
 * Every public method of every exported package of covalue-core refuses a null argument with the
 * exception conventions.md documents: InvalidModelException for model input, NullPointerException
 * for analyses and other operations.
 */
class NullArgumentsTest {

  static final PartyId IT = PartyId.of("it");
  static final PartyId ACME = PartyId.of("acme");
  static final PartyId CLOUD = PartyId.of("cloud");

  static Stakeholder stakeholder() {
    return Stakeholder.builder()
        .id(StakeholderId.of("cfo"))
        .name("Chief financial officer")
        .kind(StakeholderKind.OWNER)
        .influence(Level.HIGH)
        .interest(Level.LOW)
        .salience(SalienceAttributes.of(Level.HIGH, Level.HIGH, Level.LOW))
        .build();
  }

  static StakeholderMap map() {
    return StakeholderMap.builder().label("explore").addStakeholder(stakeholder()).build();
  }

  static StakeholderMap mapWithTarget() {
    return map()
        .withTargets(
            List.of(CultivationTarget.of(StakeholderId.of("cfo"), Level.HIGH, Level.HIGH)));
  }

  static Coordination coordination() {
    return Coordination.builder()
        .consumerOrganization(ACME)
        .addParties(IT, CLOUD)
        .means("Monthly review")
        .build();
  }

  static ServiceAgreement agreement() {
    return ServiceAgreement.builder()
        .scope("Incidents")
        .agreedOn(LocalDate.of(2026, 1, 15))
        .addParties(IT, ACME)
        .build();
  }

  /** A model in which every new analysis has something to report. */
  static CoreModel richModel() {
    return CoreModel.builder()
        .from(model())
        .parties(
            List.of(
                Party.organization(IT, "IT")
                    .withPreferredRelationshipType(ServiceRelationshipType.PARTNERSHIP),
                Party.organization(ACME, "Acme"),
                Party.organization(CLOUD, "Cloud")))
        .addRoleAssignment(RoleAssignment.of(IT, ConsumerRole.USER, ACME))
        .addRoleAssignment(RoleAssignment.of(CLOUD, ConsumerRole.SPONSOR, ACME))
        .addProduct(
            Product.builder()
                .id(ProductId.of("desk-tool"))
                .name("Desk tool")
                .provider(IT)
                .addUsedService(ServiceId.of("desk"))
                .build())
        .addService(Service.builder().id(ServiceId.of("desk")).name("Desk").build())
        .build();
  }

  static ServiceRelationship relationship() {
    return ServiceRelationship.builder()
        .id(ServiceRelationshipId.of("it-acme"))
        .provider(IT)
        .consumer(ACME)
        .type(ServiceRelationshipType.COOPERATIVE)
        .build();
  }

  static RelationshipNetwork network() {
    return RelationshipNetwork.of(
        relationship(),
        ServiceRelationship.builder()
            .id(ServiceRelationshipId.of("cloud-it"))
            .provider(CLOUD)
            .consumer(IT)
            .type(ServiceRelationshipType.BASIC)
            .build());
  }

  static CoreModel model() {
    return CoreModel.builder()
        .addParty(Party.organization(IT, "IT"))
        .addParty(Party.organization(ACME, "Acme"))
        .addParty(Party.organization(CLOUD, "Cloud"))
        .addRelationships(network().relationships().toArray(new ServiceRelationship[0]))
        .build();
  }

  static final Rule RULE =
      Rule.of("a.rule", Severity.INFO, ItilReference.section("1.2"), "A rule for tests");

  /** Registers a sample of every public core type. */
  static NullArgumentChecks withCoreSamples() {
    NullArgumentChecks checks = new NullArgumentChecks();
    checks
        .sample(PartyId.class, () -> IT)
        .sample(StakeholderId.class, () -> StakeholderId.of("cfo"))
        .sample(ServiceRelationshipId.class, () -> ServiceRelationshipId.of("it-acme"))
        .sample(ResourceId.class, () -> ResourceId.of("portal"))
        .sample(ProductId.class, () -> ProductId.of("desk-tool"))
        .sample(ServiceId.class, () -> ServiceId.of("desk"))
        .sample(ServiceOfferingId.class, () -> ServiceOfferingId.of("desk-offering"))
        .sample(Score.class, () -> Score.of(0.5))
        .sample(Rating.class, () -> Level.MEDIUM)
        .sample(ItilReference.class, () -> ItilReference.section("1.2.1"))
        .sample(Rule.class, () -> RULE)
        .sample(Finding.class, () -> Finding.builder(RULE).message("m").build())
        .sample(Finding.Builder.class, () -> Finding.builder(RULE))
        .sample(HasFindings.class, () -> List::of)
        .sample(Violation.class, () -> Violation.of("p", "m"))
        .sample(Violations.class, Violations::collect)
        .sample(InvalidModelException.class, () -> InvalidModelException.of("p", "m", null))
        .sample(StakeholderKind.class, () -> StakeholderKind.OWNER)
        .sample(
            SalienceAttributes.class, () -> SalienceAttributes.of(Level.HIGH, Level.LOW, Level.LOW))
        .sample(Stakeholder.class, NullArgumentsTest::stakeholder)
        .sample(Stakeholder.Builder.class, Stakeholder::builder)
        .sample(StakeholderMap.class, NullArgumentsTest::map)
        .sample(StakeholderMap.Builder.class, StakeholderMap::builder)
        .sample(Party.class, () -> Party.organization(IT, "IT"))
        .sample(Party.Builder.class, Party::builder)
        .sample(RoleAssignment.class, () -> RoleAssignment.of(ACME, ConsumerRole.USER, ACME))
        .sample(Coordination.class, NullArgumentsTest::coordination)
        .sample(Coordination.Builder.class, Coordination::builder)
        .sample(ServiceAgreement.class, NullArgumentsTest::agreement)
        .sample(ServiceAgreement.Builder.class, ServiceAgreement::builder)
        .sample(
            CultivationTarget.class,
            () -> CultivationTarget.of(StakeholderId.of("cfo"), Level.HIGH, Level.HIGH))
        .sample(ServiceRelationship.class, NullArgumentsTest::relationship)
        .sample(ServiceRelationship.Builder.class, ServiceRelationship::builder)
        .sample(RelationshipNetwork.class, NullArgumentsTest::network)
        .sample(Resource.class, () -> Resource.of(ResourceId.of("portal"), "Portal"))
        .sample(Resource.Builder.class, Resource::builder)
        .sample(
            Product.class,
            () ->
                Product.builder()
                    .id(ProductId.of("desk-tool"))
                    .name("Desk tool")
                    .provider(IT)
                    .addResource(ResourceId.of("portal"))
                    .build())
        .sample(Product.Builder.class, Product::builder)
        .sample(
            Service.class, () -> Service.builder().id(ServiceId.of("desk")).name("Desk").build())
        .sample(Service.Builder.class, Service::builder)
        .sample(
            ServiceOffering.class,
            () ->
                ServiceOffering.builder()
                    .id(ServiceOfferingId.of("desk-offering"))
                    .name("Desk")
                    .provider(IT)
                    .targetConsumerGroup("Staff")
                    .addService(ServiceId.of("desk"))
                    .addGoods(Goods.of("Laptop"))
                    .build())
        .sample(ServiceOffering.Builder.class, ServiceOffering::builder)
        .sample(Goods.class, () -> Goods.of("Laptop"))
        .sample(ResourceAccess.class, () -> ResourceAccess.of("Portal", ResourceId.of("portal")))
        .sample(ServiceAction.class, () -> ServiceAction.of("Reset", ServiceActionPerformer.JOINT))
        .sample(CoreModel.class, NullArgumentsTest::model)
        .sample(CoreModel.Builder.class, CoreModel::builder)
        .sample(StakeholderClassifier.class, () -> StakeholderClassifier.DEFAULT)
        .sample(SalienceClassifier.class, () -> SalienceClassifier.DEFAULT)
        .sample(
            StakeholderPlacement.class, () -> StakeholderClassifier.DEFAULT.classify(stakeholder()))
        .sample(
            StakeholderMapClassification.class, () -> StakeholderClassifier.DEFAULT.classify(map()))
        .sample(SalienceClassification.class, () -> SalienceClassifier.DEFAULT.classify(map()))
        .sample(
            SalienceClassification.Entry.class,
            () -> SalienceClassifier.DEFAULT.classify(map()).entries().get(0))
        .sample(
            StakeholderMapRevision.class,
            () -> StakeholderMapRevision.between(map(), map().withLabel("agree")))
        .sample(
            StakeholderMove.class,
            () ->
                StakeholderMapRevision.between(
                        map(),
                        StakeholderMap.builder()
                            .addStakeholder(stakeholder().withInterest(Level.HIGH))
                            .build())
                    .moves()
                    .get(0))
        .sample(ConsumerRoleAnalysis.class, () -> ConsumerRoleAnalysis.of(model()))
        .sample(
            ConsumerRoleCoverage.class, () -> ConsumerRoleAnalysis.of(model()).coverage().get(0))
        .sample(RelationshipNetworkAnalysis.class, () -> RelationshipNetworkAnalysis.of(network()))
        .sample(DualRole.class, () -> RelationshipNetworkAnalysis.of(network()).dualRoles().get(0))
        .sample(
            RelationshipCycle.class,
            () ->
                RelationshipNetworkAnalysis.of(
                        RelationshipNetwork.of(
                            relationship(),
                            ServiceRelationship.builder()
                                .from(relationship())
                                .id(ServiceRelationshipId.of("acme-it"))
                                .provider(ACME)
                                .consumer(IT)
                                .build()))
                    .cycles()
                    .get(0))
        .sample(ConsumerRoleCoordination.class, () -> ConsumerRoleCoordination.of(richModel()))
        .sample(
            ConsumerRoleCoordination.SplitRoles.class,
            () -> ConsumerRoleCoordination.of(richModel()).splits().get(0))
        .sample(
            RelationshipStrategyAnalysis.class, () -> RelationshipStrategyAnalysis.of(richModel()))
        .sample(
            RelationshipStrategyAnalysis.Departure.class,
            () -> RelationshipStrategyAnalysis.of(richModel()).departures().get(0))
        .sample(ProductSupplyAnalysis.class, () -> ProductSupplyAnalysis.of(richModel()))
        .sample(
            ProductSupplyAnalysis.ServiceSource.class,
            () -> ProductSupplyAnalysis.of(richModel()).sources().get(0))
        .sample(ServiceAnalysis.class, () -> ServiceAnalysis.of(richModel()))
        .sample(StakeholderCultivation.class, () -> StakeholderCultivation.of(mapWithTarget()))
        .sample(
            StakeholderCultivation.CultivationGap.class,
            () -> StakeholderCultivation.of(mapWithTarget()).gaps().get(0))
        .sample(SupplyChain.class, () -> SupplyChain.of(network(), ACME))
        .sample(SupplyChain.Link.class, () -> SupplyChain.of(network(), ACME).upstream().get(0));
    return checks;
  }

  @Test
  void everyPublicMethodRefusesNullAsDocumented() {
    NullArgumentChecks checks =
        withCoreSamples()
            .checkPackages(
                "org.covalue.core",
                List.of(
                    "org.covalue.core",
                    "org.covalue.core.analysis",
                    "org.covalue.core.model",
                    "org.covalue.core.offering",
                    "org.covalue.core.party",
                    "org.covalue.core.relationship",
                    "org.covalue.core.stakeholder"));
    assertThat(checks.failures()).isEmpty();
    assertThat(checks.checked()).hasSizeGreaterThan(300);
  }
}
