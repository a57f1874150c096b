package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.covalue.core.Finding;
import org.covalue.core.PartyId;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.TypedId;
import org.covalue.core.analysis.ConsumerRoleCoordination;
import org.covalue.core.analysis.ProductSupplyAnalysis;
import org.covalue.core.analysis.RelationshipStrategyAnalysis;
import org.covalue.core.analysis.ServiceAnalysis;
import org.covalue.core.analysis.StakeholderClassifier;
import org.covalue.core.analysis.StakeholderCultivation;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceAgreement;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.party.Coordination;
import org.covalue.core.party.Party;
import org.covalue.core.party.RoleAssignment;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.stakeholder.CultivationTarget;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.testkit.CoreModels;
import org.covalue.testkit.ServiceRelationships;
import org.covalue.testkit.Stakeholders;
import org.covalue.testkit.internal.Draw;
import org.covalue.testkit.internal.Texts;
import org.covalue.testkit.laws.Laws;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of the chapter checks of covalue-core (issue 11): each rule stays silent on a model that
 * meets its condition by construction, agrees with a plain reading of its Javadoc, and does not
 * depend on the order of the model's lists or on the ids.
 */
class ChapterChecksPropertiesTest {

  private static final int EXAMPLES = 300;

  private static Gen<CoreModel> anyModels() {
    return CoreModels.models().mix(CoreModels.looseModels(), 40);
  }

  /** A model with its lists in another order. */
  private static Gen<List<CoreModel>> reorderings() {
    return in -> {
      CoreModel model = anyModels().generate(in);
      CoreModel shuffled =
          model
              .withParties(Draw.shuffle(in, model.parties()))
              .withRoleAssignments(Draw.shuffle(in, model.roleAssignments()))
              .withCoordinations(Draw.shuffle(in, model.coordinations()))
              .withRelationships(Draw.shuffle(in, model.relationships()))
              .withProducts(Draw.shuffle(in, model.products()))
              .withServices(Draw.shuffle(in, model.services()))
              .withOfferings(Draw.shuffle(in, model.offerings()));
      return List.of(model, shuffled);
    };
  }

  // ---- split consumer roles (§1.2.2) ----

  @Test
  void holdersThatAllCoordinateAreNeverReported() {
    qt().withExamples(EXAMPLES)
        .forAll(anyModels())
        .checkAssert(
            model -> {
              Map<PartyId, Set<PartyId>> holders = holders(model);
              List<Coordination> all = new ArrayList<>(model.coordinations());
              holders.forEach(
                  (organization, held) -> {
                    if (held.size() >= 2) {
                      all.add(
                          Coordination.builder()
                              .consumerOrganization(organization)
                              .parties(held)
                              .means("Steering group")
                              .build());
                    }
                  });
              ConsumerRoleCoordination coordinated =
                  ConsumerRoleCoordination.of(model.withCoordinations(all));
              assertThat(coordinated.findings()).isEmpty();
              assertThat(coordinated.splits())
                  .allMatch(ConsumerRoleCoordination.SplitRoles::isCoordinated);
            });
  }

  @Test
  void anOrganizationIsSplitExactlyWhenTwoOrMorePartiesHoldItsRoles() {
    qt().withExamples(EXAMPLES)
        .forAll(anyModels())
        .checkAssert(
            model -> {
              Set<PartyId> split = new HashSet<>();
              holders(model)
                  .forEach(
                      (o, held) -> {
                        if (held.size() >= 2) {
                          split.add(o);
                        }
                      });
              ConsumerRoleCoordination coordination = ConsumerRoleCoordination.of(model);
              Set<PartyId> found = new HashSet<>();
              for (ConsumerRoleCoordination.SplitRoles roles : coordination.splits()) {
                found.add(roles.organization());
                List<PartyId> grouped = new ArrayList<>();
                roles.groups().forEach(grouped::addAll);
                assertThat(new HashSet<>(grouped)).isEqualTo(new HashSet<>(roles.holders()));
                assertThat(grouped).hasSameSizeAs(roles.holders());
              }
              assertThat(found).isEqualTo(split);
              assertThat(coordination.findings())
                  .hasSize(
                      (int) coordination.splits().stream().filter(r -> !r.isCoordinated()).count());
            });
  }

  @Test
  void coordinationFindingsDoNotDependOnTheOrderOfTheLists() {
    qt().withExamples(EXAMPLES)
        .forAll(reorderings())
        .checkAssert(
            pair ->
                assertThat(ConsumerRoleCoordination.of(pair.get(1)).findings())
                    .isEqualTo(ConsumerRoleCoordination.of(pair.get(0)).findings()));
  }

  @Test
  void coordinationFindingsDoNotDependOnThePartyIds() {
    qt().withExamples(EXAMPLES)
        .forAll(partyRenamings())
        .checkAssert(
            renaming -> {
              List<Finding> before = ConsumerRoleCoordination.of(renaming.model()).findings();
              List<Finding> after = ConsumerRoleCoordination.of(renaming.renamed()).findings();
              assertThat(Laws.multiset(shapes(after, renaming.map())))
                  .isEqualTo(Laws.multiset(shapes(before, Map.of())));
            });
  }

  // ---- relationship strategy (§1.2.3, Table 1.2) ----

  @Test
  void relationshipsOfThePreferredTypeAreNeverReported() {
    qt().withExamples(EXAMPLES)
        .forAll(anyModels(), ServiceRelationships.types())
        .checkAssert(
            (model, type) -> {
              List<ServiceRelationship> relationships = new ArrayList<>();
              model.relationships().forEach(r -> relationships.add(r.withType(type)));
              List<Party> parties = new ArrayList<>();
              model.parties().forEach(p -> parties.add(p.withPreferredRelationshipType(type)));
              CoreModel aligned = model.withRelationships(relationships).withParties(parties);
              assertThat(RelationshipStrategyAnalysis.of(aligned).findings()).isEmpty();
            });
  }

  @Test
  void eachRelationshipOfAnotherTypeIsOneDeparturePerPreferringParty() {
    qt().withExamples(EXAMPLES)
        .forAll(anyModels())
        .checkAssert(
            model -> {
              int expected = 0;
              for (Party party : model.parties()) {
                if (party.preferredRelationshipType().isEmpty()) {
                  continue;
                }
                for (ServiceRelationship r : model.relationships()) {
                  boolean involved =
                      r.provider().equals(party.id()) || r.consumer().equals(party.id());
                  if (involved && r.type() != party.preferredRelationshipType().get()) {
                    expected++;
                  }
                }
              }
              RelationshipStrategyAnalysis strategy = RelationshipStrategyAnalysis.of(model);
              assertThat(strategy.findings()).hasSize(expected);
              assertThat(strategy.departures()).hasSize(expected);
              for (Finding finding : strategy.findings()) {
                assertThat(finding.evidence().get("closenessGap")).isNotZero();
              }
            });
  }

  @Test
  void strategyFindingsDoNotDependOnTheOrderOfTheLists() {
    qt().withExamples(EXAMPLES)
        .forAll(reorderings())
        .checkAssert(
            pair ->
                assertThat(Laws.multiset(RelationshipStrategyAnalysis.of(pair.get(1)).findings()))
                    .isEqualTo(
                        Laws.multiset(RelationshipStrategyAnalysis.of(pair.get(0)).findings())));
  }

  // ---- the consumer that becomes a provider (§1.2.3, Figure 1.3) ----

  @Test
  void servicesTheProvidersOfferThemselvesAreAlwaysProvided() {
    qt().withExamples(EXAMPLES)
        .forAll(anyModels())
        .checkAssert(
            model -> {
              List<ServiceOffering> offerings = new ArrayList<>(model.offerings());
              int k = 0;
              for (Product product : model.products()) {
                if (!product.usedServices().isEmpty()) {
                  offerings.add(
                      ServiceOffering.builder()
                          .id(ServiceOfferingId.of("own-" + k++))
                          .name("Own services")
                          .provider(product.provider())
                          .targetConsumerGroup("Own products")
                          .services(product.usedServices())
                          .build());
                }
              }
              assertThat(ProductSupplyAnalysis.of(model.withOfferings(offerings)).findings())
                  .isEmpty();
            });
  }

  @Test
  void aServiceIsUnprovidedExactlyWhenNoRelationshipOrOwnOfferingBringsIt() {
    qt().withExamples(EXAMPLES)
        .forAll(anyModels())
        .checkAssert(
            model -> {
              List<ServiceOffering> offerings = model.offerings();
              List<List<TypedId<?>>> expected = new ArrayList<>();
              for (Product product : model.products()) {
                for (ServiceId service : product.usedServices()) {
                  boolean own =
                      model.offerings().stream()
                          .anyMatch(
                              o ->
                                  o.provider().equals(product.provider())
                                      && o.services().contains(service));
                  boolean obtained =
                      model.relationships().stream()
                          .anyMatch(
                              r ->
                                  r.consumer().equals(product.provider())
                                      && r.offerings().stream()
                                          .anyMatch(
                                              id ->
                                                  offerings.stream()
                                                      .anyMatch(
                                                          o ->
                                                              o.id().equals(id)
                                                                  && o.services()
                                                                      .contains(service))));
                  if (!own && !obtained) {
                    expected.add(List.of(product.id(), service, product.provider()));
                  }
                }
              }
              List<Finding> found = ProductSupplyAnalysis.of(model).findings();
              assertThat(
                      Laws.multiset(
                          Laws.elementsOf(found, ProductSupplyAnalysis.SERVICE_NOT_PROVIDED)))
                  .isEqualTo(Laws.multiset(expected));
            });
  }

  @Test
  void aChainRunsFromItsResourceToItsOfferingAlongDependencies() {
    qt().withExamples(EXAMPLES)
        .forAll(anyModels())
        .checkAssert(
            model -> {
              ProductSupplyAnalysis supply = ProductSupplyAnalysis.of(model);
              Set<ResourceId> resources = new LinkedHashSet<>();
              model.resources().forEach(r -> resources.add(r.id()));
              model.products().forEach(p -> resources.addAll(p.resources()));
              for (ServiceOffering offering : model.offerings()) {
                Set<ResourceId> upstream = supply.upstreamResources(offering.id());
                for (ResourceId resource : resources) {
                  List<TypedId<?>> chain = supply.chain(resource, offering.id());
                  boolean downstream = supply.downstreamOfferings(resource).contains(offering.id());
                  assertThat(!chain.isEmpty()).isEqualTo(downstream);
                  assertThat(upstream.contains(resource)).isEqualTo(downstream);
                  if (!chain.isEmpty()) {
                    assertThat(chain.get(0)).isEqualTo(resource);
                    assertThat(chain.get(chain.size() - 1)).isEqualTo(offering.id());
                    for (int i = 1; i < chain.size(); i++) {
                      assertThat(dependsOn(model, chain.get(i), chain.get(i - 1)))
                          .as("%s depends on %s", chain.get(i), chain.get(i - 1))
                          .isTrue();
                    }
                  }
                }
              }
            });
  }

  @Test
  void supplyFindingsDoNotDependOnTheOrderOfTheLists() {
    qt().withExamples(EXAMPLES)
        .forAll(reorderings())
        .checkAssert(
            pair ->
                assertThat(Laws.multiset(ProductSupplyAnalysis.of(pair.get(1)).findings()))
                    .isEqualTo(Laws.multiset(ProductSupplyAnalysis.of(pair.get(0)).findings())));
  }

  // ---- services and offerings (§1.2.7) ----

  @Test
  void servicesAgreedByEveryPartyBasedOnProductsAndOfferingsWithPartsAreNeverReported() {
    qt().withExamples(EXAMPLES)
        .forAll(anyModels())
        .checkAssert(
            model -> {
              List<PartyId> everyone = new ArrayList<>();
              model.offerings().forEach(o -> everyone.add(o.provider()));
              model.relationships().forEach(r -> everyone.add(r.consumer()));
              everyone.add(PartyId.of("someone"));
              List<Service> services = new ArrayList<>();
              for (Service service : model.services()) {
                services.add(
                    Service.builder()
                        .from(service)
                        .addProduct(ProductId.of("base"))
                        .agreement(
                            ServiceAgreement.builder()
                                .scope("Everything agreed")
                                .agreedOn(LocalDate.of(2026, 1, 1))
                                .parties(everyone)
                                .build())
                        .build());
              }
              List<ServiceOffering> offerings = new ArrayList<>();
              for (ServiceOffering offering : model.offerings()) {
                offerings.add(
                    offering.components().isEmpty()
                        ? offering.withGoods(List.of(org.covalue.core.offering.Goods.of("Goods")))
                        : offering);
              }
              assertThat(
                      ServiceAnalysis.of(model.withServices(services).withOfferings(offerings))
                          .findings())
                  .isEmpty();
            });
  }

  @Test
  void serviceFindingsFollowAPlainReading() {
    qt().withExamples(EXAMPLES)
        .forAll(anyModels())
        .checkAssert(
            model -> {
              ServiceAnalysis analysis = ServiceAnalysis.of(model);
              long noProduct =
                  model.services().stream().filter(s -> s.products().isEmpty()).count();
              long unagreed =
                  model.services().stream().filter(s -> s.agreement().isEmpty()).count();
              long noParts =
                  model.offerings().stream().filter(o -> o.components().isEmpty()).count();
              assertThat(analysis.findings(ServiceAnalysis.NO_PRODUCT)).hasSize((int) noProduct);
              assertThat(analysis.findings(ServiceAnalysis.SCOPE_NOT_AGREED))
                  .hasSize((int) unagreed);
              assertThat(analysis.findings(ServiceAnalysis.OFFERING_WITHOUT_PARTS))
                  .hasSize((int) noParts);
              for (Finding finding : analysis.findings(ServiceAnalysis.AGREEMENT_MISSING_PARTY)) {
                ServiceId service = (ServiceId) finding.elements().get(0);
                PartyId party = (PartyId) finding.elements().get(1);
                assertThat(
                        model.services().stream()
                            .anyMatch(
                                s ->
                                    s.id().equals(service)
                                        && s.agreement().isPresent()
                                        && !s.agreement().get().parties().contains(party)))
                    .isTrue();
              }
            });
  }

  @Test
  void serviceFindingsDoNotDependOnTheOrderOfTheLists() {
    qt().withExamples(EXAMPLES)
        .forAll(reorderings())
        .checkAssert(
            pair ->
                assertThat(Laws.multiset(ServiceAnalysis.of(pair.get(1)).findings()))
                    .isEqualTo(Laws.multiset(ServiceAnalysis.of(pair.get(0)).findings())));
  }

  // ---- cultivation targets (§1.2.1) ----

  @Test
  void stakeholdersOnTheirTargetsAreNeverReported() {
    qt().withExamples(EXAMPLES)
        .forAll(Stakeholders.maps(), Stakeholders.classifiers())
        .checkAssert(
            (map, classifier) -> {
              List<CultivationTarget> targets = new ArrayList<>();
              for (Stakeholder s : map.stakeholders()) {
                targets.add(CultivationTarget.of(s.id(), s.influence(), s.interest()));
              }
              StakeholderCultivation cultivation =
                  StakeholderCultivation.of(map.withTargets(targets), classifier);
              assertThat(cultivation.findings()).isEmpty();
              assertThat(cultivation.isOnTarget()).isTrue();
              assertThat(cultivation.gaps()).hasSize(map.stakeholders().size());
            });
  }

  @Test
  void aStakeholderOffItsTargetIsAWarningExactlyWhenTheTargetIsInAnotherQuadrant() {
    qt().withExamples(EXAMPLES)
        .forAll(Stakeholders.maps(), Stakeholders.classifiers())
        .checkAssert(
            (map, classifier) -> {
              List<Finding> findings = StakeholderCultivation.of(map, classifier).findings();
              int k = 0;
              for (CultivationTarget target : map.targets()) {
                Stakeholder now = map.stakeholder(target.stakeholder()).orElseThrow();
                boolean off =
                    now.influence().score() != target.influence().score()
                        || now.interest().score() != target.interest().score();
                if (!off) {
                  continue;
                }
                Finding finding = findings.get(k++);
                assertThat(finding.elements()).containsExactly(target.stakeholder());
                boolean moves =
                    classifier.strategyFor(now.influence(), now.interest())
                        != classifier.strategyFor(target.influence(), target.interest());
                assertThat(finding.severity())
                    .isEqualTo(
                        moves ? org.covalue.core.Severity.WARNING : org.covalue.core.Severity.INFO);
                assertThat(finding.evidence().get("distance")).isPositive();
              }
              assertThat(findings).hasSize(k);
            });
  }

  @Test
  void cultivationDoesNotDependOnTheStakeholderIds() {
    qt().withExamples(EXAMPLES)
        .forAll(Stakeholders.maps())
        .checkAssert(
            map -> {
              Map<String, String> renames = new HashMap<>();
              List<Stakeholder> renamed = new ArrayList<>();
              List<CultivationTarget> targets = new ArrayList<>();
              for (Stakeholder s : map.stakeholders()) {
                String fresh = "n" + renames.size() + "-" + s.id().value();
                renames.put(s.id().value(), fresh);
                renamed.add(s.withId(org.covalue.core.StakeholderId.of(fresh)));
              }
              for (CultivationTarget t : map.targets()) {
                targets.add(
                    CultivationTarget.of(
                        org.covalue.core.StakeholderId.of(
                            java.util.Objects.requireNonNull(renames.get(t.stakeholder().value()))),
                        t.influence(),
                        t.interest()));
              }
              StakeholderMap other =
                  StakeholderMap.builder().from(map).stakeholders(renamed).targets(targets).build();
              List<Finding> before = StakeholderCultivation.of(map).findings();
              List<Finding> after = StakeholderCultivation.of(other).findings();
              assertThat(after).hasSameSizeAs(before);
              for (int i = 0; i < before.size(); i++) {
                assertThat(after.get(i).data()).isEqualTo(before.get(i).data());
                assertThat(after.get(i).evidence()).isEqualTo(before.get(i).evidence());
                assertThat(after.get(i).severity()).isEqualTo(before.get(i).severity());
              }
              assertThat(StakeholderClassifier.DEFAULT).isNotNull();
            });
  }

  // ---- helpers ----

  private static Map<PartyId, Set<PartyId>> holders(CoreModel model) {
    Map<PartyId, Set<PartyId>> holders = new HashMap<>();
    for (RoleAssignment assignment : model.roleAssignments()) {
      holders
          .computeIfAbsent(assignment.consumerOrganization(), o -> new LinkedHashSet<>())
          .add(assignment.party());
    }
    return holders;
  }

  /** Whether one element of a supply chain depends directly on another. */
  private static boolean dependsOn(CoreModel model, TypedId<?> element, TypedId<?> on) {
    for (ServiceOffering o : model.offerings()) {
      if (o.id().equals(element)
          && (o.services().contains(on)
              || o.goods().stream().anyMatch(g -> g.product().map(on::equals).orElse(false))
              || o.resourceAccesses().stream().anyMatch(a -> a.resource().equals(on)))) {
        return true;
      }
    }
    for (Service s : model.services()) {
      if (s.id().equals(element) && s.products().contains(on)) {
        return true;
      }
    }
    for (Product p : model.products()) {
      if (p.id().equals(element)
          && (p.resources().contains(on)
              || p.components().contains(on)
              || p.usedServices().contains(on))) {
        return true;
      }
    }
    return false;
  }

  /** The finding with its party ids mapped back by a renaming, as rule, elements and data. */
  private static List<List<Object>> shapes(List<Finding> findings, Map<String, String> back) {
    Map<String, String> reverse = new HashMap<>();
    back.forEach((old, fresh) -> reverse.put(fresh, old));
    List<List<Object>> shapes = new ArrayList<>();
    for (Finding finding : findings) {
      Set<String> elements = new HashSet<>();
      finding.elements().forEach(e -> elements.add(reverse.getOrDefault(e.value(), e.value())));
      shapes.add(List.of(finding.rule(), elements, finding.data(), finding.evidence()));
    }
    return shapes;
  }

  /**
   * A model and the same model with every party id in its assignments, coordinations and
   * relationships renamed.
   */
  private record PartyRenaming(CoreModel model, Map<String, String> map) {
    PartyId id(PartyId old) {
      return PartyId.of(java.util.Objects.requireNonNull(map.get(old.value())));
    }

    CoreModel renamed() {
      List<RoleAssignment> assignments = new ArrayList<>();
      model
          .roleAssignments()
          .forEach(
              a ->
                  assignments.add(
                      RoleAssignment.of(id(a.party()), a.role(), id(a.consumerOrganization()))));
      List<Coordination> coordinations = new ArrayList<>();
      for (Coordination c : model.coordinations()) {
        List<PartyId> parties = new ArrayList<>();
        c.parties().forEach(p -> parties.add(id(p)));
        coordinations.add(
            Coordination.builder()
                .from(c)
                .consumerOrganization(id(c.consumerOrganization()))
                .parties(parties)
                .build());
      }
      List<ServiceRelationship> relationships = new ArrayList<>();
      model
          .relationships()
          .forEach(
              r ->
                  relationships.add(
                      r.withProvider(id(r.provider())).withConsumer(id(r.consumer()))));
      return CoreModel.builder()
          .roleAssignments(assignments)
          .coordinations(coordinations)
          .relationships(relationships)
          .build();
    }
  }

  private static Gen<PartyRenaming> partyRenamings() {
    return in -> {
      CoreModel model = anyModels().generate(in);
      Set<String> texts = new LinkedHashSet<>();
      model
          .roleAssignments()
          .forEach(
              a -> {
                texts.add(a.party().value());
                texts.add(a.consumerOrganization().value());
              });
      model
          .coordinations()
          .forEach(
              c -> {
                texts.add(c.consumerOrganization().value());
                c.parties().forEach(p -> texts.add(p.value()));
              });
      model
          .relationships()
          .forEach(
              r -> {
                texts.add(r.provider().value());
                texts.add(r.consumer().value());
              });
      List<String> fresh = Texts.uniqueIdTexts(in, texts.size());
      Map<String, String> map = new HashMap<>();
      int i = 0;
      for (String text : texts) {
        map.put(text, "n" + fresh.get(i++));
      }
      return new PartyRenaming(
          CoreModel.builder()
              .roleAssignments(model.roleAssignments())
              .coordinations(model.coordinations())
              .relationships(model.relationships())
              .build(),
          map);
    };
  }
}
