package org.covalue.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.list;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static org.covalue.core.analysis.Fixtures.party;
import static org.covalue.core.analysis.Fixtures.relationship;

import java.util.ArrayList;
import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Level;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.Violation;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Goods;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.Resource;
import org.covalue.core.offering.ResourceAccess;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.party.ConsumerRole;
import org.covalue.core.party.Party;
import org.covalue.core.party.PartyKind;
import org.covalue.core.party.RoleAssignment;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.stakeholder.SalienceAttributes;
import org.covalue.core.stakeholder.Stakeholder;
import org.junit.jupiter.api.Test;

class CoreModelValidatorTest {

  private final List<Party> parties =
      List.of(
          Party.organization(party("it"), "IT services"),
          Party.organization(party("acme"), "Acme"),
          Party.team(party("finance"), "Finance", party("acme")),
          Party.person(party("ann"), "Ann", party("finance")));

  private final List<Resource> resources =
      List.of(
          Resource.of(ResourceId.of("portal"), "Portal"),
          Resource.of(ResourceId.of("agents"), "Agents"));

  private static Product product(String id, List<String> resources, List<String> components) {
    Product.Builder builder = Product.builder().id(ProductId.of(id)).name(id).provider(party("it"));
    resources.forEach(r -> builder.addResource(ResourceId.of(r)));
    components.forEach(c -> builder.addComponent(ProductId.of(c)));
    return builder.build();
  }

  private final List<Product> products =
      List.of(
          product("desk", List.of("agents"), List.of()),
          product("self-help", List.of("portal"), List.of("desk")));

  private final List<Service> services =
      List.of(
          Service.builder()
              .id(ServiceId.of("incidents"))
              .name("Incident resolution")
              .addProduct(ProductId.of("desk"))
              .build());

  private final List<ServiceOffering> offerings =
      List.of(
          ServiceOffering.builder()
              .id(ServiceOfferingId.of("desk-offering"))
              .name("Service desk")
              .provider(party("it"))
              .targetConsumerGroup("Office staff")
              .addService(ServiceId.of("incidents"))
              .addResourceAccess(ResourceAccess.of("Portal", ResourceId.of("portal")))
              .addGoods(Goods.of("Headset", ProductId.of("desk")))
              .build());

  private final List<ServiceRelationship> relationships =
      List.of(
          ServiceRelationship.builder()
              .from(relationship("it-acme", "it", "acme"))
              .addOffering(ServiceOfferingId.of("desk-offering"))
              .build());

  private CoreModel validModel() {
    return CoreModel.builder()
        .parties(parties)
        .stakeholders(List.of(Fixtures.stakeholder("s", Level.LOW, Level.LOW)))
        .roleAssignments(
            List.of(RoleAssignment.of(party("ann"), ConsumerRole.SPONSOR, party("acme"))))
        .relationships(relationships)
        .resources(resources)
        .products(products)
        .services(services)
        .offerings(offerings)
        .build();
  }

  @Test
  void aConsistentModelHasNoViolation() {
    assertThat(CoreModelValidator.validate(validModel())).isEmpty();
    assertThat(CoreModelValidator.requireValid(validModel())).isEqualTo(validModel());
    assertThat(CoreModelValidator.validate(CoreModel.empty())).isEmpty();
  }

  @Test
  void reportsEveryDanglingReferenceWithItsPath() {
    List<Violation> violations =
        CoreModelValidator.validate(
            CoreModel.builder()
                .stakeholders(
                    List.of(Fixtures.stakeholder("s", Level.LOW, Level.LOW).withName("S")))
                .parties(List.of(Party.person(party("ann"), "Ann", party("ghost-team"))))
                .roleAssignments(
                    List.of(RoleAssignment.of(party("bob"), ConsumerRole.USER, party("acme"))))
                .relationships(
                    List.of(
                        ServiceRelationship.builder()
                            .from(relationship("r", "it", "acme"))
                            .addOffering(ServiceOfferingId.of("nothing"))
                            .build()))
                .resources(
                    List.of(
                        Resource.builder()
                            .id(ResourceId.of("r"))
                            .name("R")
                            .owner(party("owner"))
                            .build()))
                .products(
                    List.of(product("p", List.of("missing-resource"), List.of("missing-product"))))
                .services(
                    List.of(
                        Service.builder()
                            .id(ServiceId.of("s"))
                            .name("S")
                            .addProduct(ProductId.of("nope"))
                            .build()))
                .offerings(
                    List.of(
                        ServiceOffering.builder()
                            .from(offerings.get(0))
                            .services(List.of(ServiceId.of("unknown-service")))
                            .build()))
                .build());
    assertThat(violations)
        .extracting(Violation::path)
        .containsExactly(
            "parties[0].memberOf",
            "roleAssignments[0].party",
            "roleAssignments[0].consumerOrganization",
            "relationships[0].provider",
            "relationships[0].consumer",
            "relationships[0].offerings",
            "resources[0].owner",
            "products[0].provider",
            "products[0].resources",
            "products[0].components",
            "services[0].products",
            "offerings[0].provider",
            "offerings[0].services",
            "offerings[0].goods[0].product",
            "offerings[0].resourceAccesses[0].resource");
    assertThat(violations.get(0).message())
        .isEqualTo("Unknown party ghost-team: the model holds no party with that id");
    assertThat(violations.get(0).rejectedValue()).contains("ghost-team");
    assertThat(violations.get(5).message())
        .isEqualTo(
            "Unknown service offering nothing: the model holds no service offering with that id");
  }

  @Test
  void stakeholderPartyMustBeKnown() {
    List<Violation> violations =
        CoreModelValidator.validate(
            CoreModel.builder()
                .stakeholders(
                    List.of(
                        Fixtures.stakeholder("s", Level.LOW, Level.LOW)
                            .withSalience(SalienceAttributes.of(Level.LOW, Level.LOW, Level.LOW))))
                .build());
    assertThat(violations).isEmpty();
    List<Violation> linked =
        CoreModelValidator.validate(
            CoreModel.builder()
                .stakeholders(
                    List.of(
                        Stakeholder.builder()
                            .from(Fixtures.stakeholder("s", Level.LOW, Level.LOW))
                            .party(party("nobody"))
                            .build()))
                .build());
    assertThat(linked).extracting(Violation::path).containsExactly("stakeholders[0].party");
  }

  @Test
  void duplicateIdsInEveryList() {
    List<Violation> violations =
        CoreModelValidator.validate(
            CoreModel.builder()
                .parties(List.of(parties.get(0), parties.get(0)))
                .stakeholders(
                    List.of(
                        Fixtures.stakeholder("s", Level.LOW, Level.LOW),
                        Fixtures.stakeholder("s", Level.HIGH, Level.LOW)))
                .resources(List.of(resources.get(0), resources.get(0)))
                .products(List.of(products.get(0), products.get(0)))
                .services(List.of(services.get(0), services.get(0)))
                .offerings(List.of(offerings.get(0), offerings.get(0)))
                .build());
    assertThat(violations)
        .extracting(Violation::path)
        .contains(
            "parties[1].id",
            "stakeholders[1].id",
            "resources[1].id",
            "products[1].id",
            "services[1].id",
            "offerings[1].id");
    assertThat(violations)
        .filteredOn(v -> v.path().equals("parties[1].id"))
        .extracting(Violation::message)
        .containsExactly("Party id it appears twice, first at parties[0]");
  }

  @Test
  void repeatedRoleAssignment() {
    RoleAssignment user = RoleAssignment.of(party("ann"), ConsumerRole.USER, party("acme"));
    List<Violation> violations =
        CoreModelValidator.validate(
            CoreModel.builder().parties(parties).roleAssignments(List.of(user, user)).build());
    assertThat(violations)
        .containsExactly(
            Violation.of(
                "roleAssignments[1]",
                "Role assignment repeats roleAssignments[0]: ann as USER for acme",
                "ann"));
  }

  @Test
  void membersBelongToOrganizationsOrTeamsNotPersons() {
    List<Violation> violations =
        CoreModelValidator.validate(
            CoreModel.builder()
                .parties(
                    List.of(
                        Party.person(party("ann"), "Ann", party("ann-2")),
                        Party.organization(party("x"), "X").withName("X"),
                        Party.builder()
                            .id(party("ann-2"))
                            .name("Ann two")
                            .kind(PartyKind.PERSON)
                            .build()))
                .build());
    assertThat(violations)
        .containsExactly(
            Violation.of(
                "parties[0].memberOf",
                "Party ann is a member of person ann-2, but parties are members of organizations or teams",
                "ann-2"));
  }

  @Test
  void membershipCirclesAreReportedOnce() {
    List<Party> circle =
        List.of(
            Party.team(party("a"), "A", party("b")),
            Party.team(party("b"), "B", party("c")),
            Party.team(party("c"), "C", party("a")),
            Party.person(party("p"), "P", party("a")));
    List<Violation> violations =
        CoreModelValidator.validate(CoreModel.builder().parties(circle).build());
    assertThat(violations)
        .containsExactly(
            Violation.of(
                "parties[0].memberOf",
                "Parties a, b, c are members of each other in a circle",
                "a"));
  }

  @Test
  void productCirclesAreReportedWithTheCircle() {
    List<Product> circular =
        List.of(
            product("a", List.of("portal"), List.of("b")),
            product("b", List.of(), List.of("c")),
            product("c", List.of(), List.of("a")),
            product("d", List.of(), List.of("a")));
    List<Violation> violations =
        CoreModelValidator.validate(
            CoreModel.builder().parties(parties).resources(resources).products(circular).build());
    assertThat(violations)
        .containsExactly(
            Violation.of(
                "products[0].components",
                "Products a, b, c use each other as components in a circle",
                "a"));
  }

  @Test
  void aLargeMembershipCircleIsReportedOnce() {
    List<Party> teams = new ArrayList<>();
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      teams.add(Party.team(party("t" + i), "Team " + i, party("t" + ((i + 1) % n))));
    }
    List<Violation> violations =
        CoreModelValidator.validate(CoreModel.builder().parties(teams).build());
    assertThat(violations).hasSize(1);
    assertThat(violations.get(0).message())
        .startsWith("20000 parties t")
        .endsWith("and 19990 more are members of each other in a circle");
  }

  @Test
  void aLargeCircleIsReportedOnceWithItsSizeAndFirstMembers() {
    List<Product> circle = new ArrayList<>();
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      circle.add(product("p" + i, List.of(), List.of("p" + ((i + 1) % n), "p" + ((i + 7) % n))));
    }
    List<Violation> violations =
        CoreModelValidator.validate(CoreModel.builder().parties(parties).products(circle).build());
    assertThat(violations).hasSize(1);
    assertThat(violations.get(0).message())
        .isEqualTo(
            "20000 products p0, p1, p2, p3, p4, p5, p6, p7, p8, p9 and 19990 more use each other"
                + " as components in a circle");
  }

  @Test
  void relationshipBasedOnAnotherProvidersOffering() {
    ServiceRelationship wrong =
        ServiceRelationship.builder()
            .from(relationship("acme-it", "acme", "it"))
            .addOffering(ServiceOfferingId.of("desk-offering"))
            .build();
    List<Violation> violations =
        CoreModelValidator.validate(validModel().withRelationships(List.of(wrong)));
    assertThat(violations)
        .containsExactly(
            Violation.of(
                "relationships[0].offerings",
                "Relationship acme-it is based on offering desk-offering of it, but its provider is acme",
                "desk-offering"));
  }

  @Test
  void requireValidThrowsEveryViolation() {
    assertThatThrownBy(
            () ->
                CoreModelValidator.requireValid(
                    CoreModel.builder()
                        .relationships(List.of(relationship("r", "a", "b")))
                        .build()))
        .asInstanceOf(type(InvalidModelException.class))
        .extracting(InvalidModelException::violations, list(Violation.class))
        .hasSize(2);
  }

  @Test
  void theModelCopiesItsInputs() {
    ArrayList<Party> mutable = new ArrayList<>(parties);
    CoreModel model =
        CoreModel.builder()
            .parties(mutable)
            .relationships(relationships)
            .offerings(offerings)
            .services(services)
            .products(products)
            .resources(resources)
            .build();
    mutable.clear();
    assertThat(CoreModelValidator.validate(model)).isEmpty();
    assertThat(model.parties()).hasSize(parties.size());
  }

  @Test
  void coordinationsUsedServicesAndAgreementsNameKnownElements() {
    CoreModel model =
        CoreModel.builder()
            .addParty(Party.organization(party("acme"), "Acme"))
            .addCoordination(
                org.covalue.core.party.Coordination.builder()
                    .consumerOrganization(party("acme"))
                    .addParties(party("cfo"), party("acme"))
                    .means("Monthly review")
                    .build())
            .addProduct(
                Product.builder()
                    .id(ProductId.of("tool"))
                    .name("Tool")
                    .provider(party("acme"))
                    .addUsedService(ServiceId.of("hosting"))
                    .build())
            .addService(
                Service.builder()
                    .id(ServiceId.of("desk"))
                    .name("Desk")
                    .agreement(
                        org.covalue.core.offering.ServiceAgreement.builder()
                            .scope("Incidents")
                            .agreedOn(java.time.LocalDate.of(2026, 1, 15))
                            .addParty(party("it"))
                            .build())
                    .build())
            .build();
    assertThat(CoreModelValidator.validate(model))
        .extracting(Violation::path)
        .containsExactly(
            "coordinations[0].parties",
            "products[0].usedServices",
            "services[0].agreement.parties");
  }
}
