package org.covalue.examples;

import java.time.LocalDate;
import java.util.List;
import org.covalue.core.Level;
import org.covalue.core.PartyId;
import org.covalue.core.ProductId;
import org.covalue.core.Rating;
import org.covalue.core.ResourceId;
import org.covalue.core.Score;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.StakeholderId;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Goods;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.Resource;
import org.covalue.core.offering.ResourceAccess;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceAction;
import org.covalue.core.offering.ServiceActionPerformer;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.party.ConsumerRole;
import org.covalue.core.party.Party;
import org.covalue.core.party.RoleAssignment;
import org.covalue.core.relationship.RelationshipNetwork;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.covalue.core.stakeholder.SalienceAttributes;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderKind;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.sample.IncidentResolution;
import org.covalue.journey.valuestream.ValueStream;

/**
 * The demo model: an IT service provider, Northwind IT Services, runs the service desk of a
 * logistics company, Contoso Logistics, whose warehouse staff use it to get incidents resolved.
 * Northwind itself consumes hosting and network services, and Contoso provides delivery services to
 * a retailer, so the relationships form a chain (ITIL 4: Drive Stakeholder Value, §1.2.3).
 *
 * <p>{@link #coreModel()} and {@link #journeyModel()} hold the whole scenario as covalue's two
 * aggregates; the other methods return its parts. The incident journey, its value streams, observed
 * cases and experience come from {@link IncidentResolution}, played by Contoso and Northwind.
 *
 * <p>The scenario is invented for covalue's examples; its names are fictitious.
 */
public final class ServiceDeskScenario {

  /** The service provider. */
  public static final PartyId NORTHWIND = PartyId.of("northwind");

  /** The service consumer. */
  public static final PartyId CONTOSO = PartyId.of("contoso");

  /** Northwind's hosting provider. */
  public static final PartyId CLOUDLINE = PartyId.of("cloudline");

  /** Northwind's network provider. */
  public static final PartyId TELCO = PartyId.of("telco-one");

  /** A retailer that consumes Contoso's delivery services. */
  public static final PartyId FABRIKAM = PartyId.of("fabrikam");

  /** The service offering of the scenario. */
  public static final ServiceOfferingId DESK_OFFERING =
      ServiceOfferingId.of("warehouse-service-desk");

  private ServiceDeskScenario() {}

  /**
   * Returns the organizations, teams and persons of the scenario.
   *
   * @return the parties
   */
  public static List<Party> parties() {
    return List.of(
        Party.organization(NORTHWIND, "Northwind IT Services"),
        Party.organization(CONTOSO, "Contoso Logistics"),
        Party.organization(CLOUDLINE, "Cloudline Hosting"),
        Party.organization(TELCO, "Telco One"),
        Party.organization(FABRIKAM, "Fabrikam Retail"),
        Party.team(PartyId.of("desk-team"), "Northwind service desk", NORTHWIND),
        Party.person(PartyId.of("ines"), "Ines Moreau, Northwind head of operations", NORTHWIND),
        Party.person(PartyId.of("dana"), "Dana Reyes, operations director", CONTOSO),
        Party.person(PartyId.of("omar"), "Omar Haddad, chief financial officer", CONTOSO),
        Party.team(PartyId.of("warehouse"), "Warehouse staff", CONTOSO),
        Party.person(PartyId.of("lee"), "Lee Park, store manager", FABRIKAM));
  }

  /**
   * Returns who holds the consumer roles. Contoso covers all three; Northwind, which consumes
   * hosting and network services, covers them too; Fabrikam has named only its customer so far.
   *
   * @return the role assignments
   */
  public static List<RoleAssignment> roleAssignments() {
    return List.of(
        RoleAssignment.of(PartyId.of("ines"), ConsumerRole.CUSTOMER, NORTHWIND),
        RoleAssignment.of(PartyId.of("desk-team"), ConsumerRole.USER, NORTHWIND),
        RoleAssignment.of(PartyId.of("ines"), ConsumerRole.SPONSOR, NORTHWIND),
        RoleAssignment.of(PartyId.of("dana"), ConsumerRole.CUSTOMER, CONTOSO),
        RoleAssignment.of(PartyId.of("warehouse"), ConsumerRole.USER, CONTOSO),
        RoleAssignment.of(PartyId.of("dana"), ConsumerRole.USER, CONTOSO),
        RoleAssignment.of(PartyId.of("omar"), ConsumerRole.SPONSOR, CONTOSO),
        RoleAssignment.of(PartyId.of("lee"), ConsumerRole.CUSTOMER, FABRIKAM));
  }

  /**
   * Returns the relationships: Cloudline and Telco One serve Northwind, Northwind serves Contoso,
   * Contoso serves Fabrikam.
   *
   * @return the relationship network
   */
  public static RelationshipNetwork network() {
    return RelationshipNetwork.of(
        relationship("desk-for-contoso", NORTHWIND, CONTOSO, ServiceRelationshipType.COOPERATIVE)
            .addOffering(DESK_OFFERING)
            .build(),
        relationship("hosting-for-northwind", CLOUDLINE, NORTHWIND, ServiceRelationshipType.BASIC)
            .build(),
        relationship("network-for-northwind", TELCO, NORTHWIND, ServiceRelationshipType.BASIC)
            .build(),
        relationship(
                "delivery-for-fabrikam", CONTOSO, FABRIKAM, ServiceRelationshipType.PARTNERSHIP)
            .putDescriptor("riskSharing", "shared penalties for late delivery")
            .build());
  }

  private static ServiceRelationship.Builder relationship(
      String id, PartyId provider, PartyId consumer, ServiceRelationshipType type) {
    return ServiceRelationship.builder()
        .id(ServiceRelationshipId.of(id))
        .provider(provider)
        .consumer(consumer)
        .type(type);
  }

  /**
   * Returns the stakeholder map as the journey starts, while Contoso explores the market.
   *
   * @return the map at exploration
   */
  public static StakeholderMap stakeholdersAtExplore() {
    return StakeholderMap.builder()
        .asOf(LocalDate.of(2026, 3, 2))
        .label("explore")
        .addStakeholders(
            stakeholder(
                    "operations-director",
                    "Operations director",
                    StakeholderKind.SERVICE_CONSUMER,
                    Level.HIGH,
                    Level.HIGH)
                .party(PartyId.of("dana"))
                .salience(SalienceAttributes.of(Level.HIGH, Level.HIGH, Level.HIGH))
                .build(),
            stakeholder(
                    "cfo",
                    "Chief financial officer",
                    StakeholderKind.SERVICE_CONSUMER,
                    Level.HIGH,
                    Level.MEDIUM)
                .party(PartyId.of("omar"))
                .salience(SalienceAttributes.of(Level.HIGH, Level.HIGH, Level.LOW))
                .build(),
            stakeholder(
                    "warehouse-staff",
                    "Warehouse staff",
                    StakeholderKind.SERVICE_CONSUMER,
                    Level.LOW,
                    Level.HIGH)
                .party(PartyId.of("warehouse"))
                .salience(SalienceAttributes.of(Level.LOW, Level.HIGH, Level.HIGH))
                .build(),
            stakeholder(
                    "desk-agents",
                    "Service desk agents",
                    StakeholderKind.PROVIDER_EMPLOYEE,
                    Score.of(0.3),
                    Score.of(0.7))
                .party(PartyId.of("desk-team"))
                .build(),
            stakeholder(
                    "shareholders",
                    "Northwind shareholders",
                    StakeholderKind.OWNER,
                    Level.HIGH,
                    Level.LOW)
                .salience(SalienceAttributes.of(Level.HIGH, Level.HIGH, Level.LOW))
                .build(),
            stakeholder(
                    "cloudline",
                    "Cloudline Hosting",
                    StakeholderKind.THIRD_PARTY_SUPPLIER,
                    Score.of(0.25),
                    Score.of(0.3))
                .party(CLOUDLINE)
                .build(),
            stakeholder(
                    "regulator",
                    "Data protection authority",
                    StakeholderKind.REGULATOR,
                    Level.HIGH,
                    Level.LOW)
                .salience(SalienceAttributes.of(Level.HIGH, Level.HIGH, Level.LOW))
                .build(),
            stakeholder(
                    "union",
                    "Warehouse workers' union",
                    StakeholderKind.UNION,
                    Level.LOW,
                    Level.MEDIUM)
                .salience(SalienceAttributes.of(Level.LOW, Level.HIGH, Level.MEDIUM))
                .build(),
            stakeholder(
                    "rival", "Rival IT provider", StakeholderKind.COMPETITOR, Level.LOW, Level.LOW)
                .salience(SalienceAttributes.of(Level.MEDIUM, Level.LOW, Level.LOW))
                .build())
        .build();
  }

  /**
   * Returns the stakeholder map revised at onboarding: the union has won a say over the new
   * handheld scanners, the rival has lost interest, and Fabrikam's store manager now cares about
   * delivery times.
   *
   * @return the map at onboarding
   */
  public static StakeholderMap stakeholdersAtOnboard() {
    StakeholderMap explore = stakeholdersAtExplore();
    Stakeholder union = explore.stakeholder(StakeholderId.of("union")).orElseThrow();
    Stakeholder cloudline = explore.stakeholder(StakeholderId.of("cloudline")).orElseThrow();
    return explore
        .withAsOf(LocalDate.of(2026, 6, 15))
        .withLabel("onboard")
        .withStakeholder(union.withInfluence(Level.HIGH))
        .withStakeholder(cloudline.withInfluence(Score.of(0.6)))
        .withoutStakeholder(StakeholderId.of("rival"))
        .withStakeholder(
            stakeholder(
                    "store-manager",
                    "Fabrikam store manager",
                    StakeholderKind.of("DOWNSTREAM_CUSTOMER"),
                    Level.LOW,
                    Level.HIGH)
                .party(PartyId.of("lee"))
                .build());
  }

  private static Stakeholder.Builder stakeholder(
      String id, String name, StakeholderKind kind, Rating influence, Rating interest) {
    return Stakeholder.builder()
        .id(StakeholderId.of(id))
        .name(name)
        .kind(kind)
        .influence(influence)
        .interest(interest);
  }

  /**
   * Returns Northwind's resources.
   *
   * @return the resources
   */
  public static List<Resource> resources() {
    return List.of(
        Resource.builder()
            .id(ResourceId.of("agents"))
            .name("Service desk agents")
            .owner(NORTHWIND)
            .build(),
        Resource.builder()
            .id(ResourceId.of("ticketing"))
            .name("Ticketing system")
            .owner(NORTHWIND)
            .build(),
        Resource.builder()
            .id(ResourceId.of("portal"))
            .name("Self-service portal")
            .owner(NORTHWIND)
            .build(),
        Resource.builder()
            .id(ResourceId.of("knowledge-base"))
            .name("Knowledge base")
            .owner(NORTHWIND)
            .build(),
        Resource.builder()
            .id(ResourceId.of("scanner-stock"))
            .name("Spare handheld scanners")
            .owner(NORTHWIND)
            .build(),
        Resource.builder()
            .id(ResourceId.of("hosting"))
            .name("Hosted servers")
            .owner(CLOUDLINE)
            .build());
  }

  /**
   * Returns Northwind's products: the service desk, which uses the hosted platform, and the managed
   * scanner kit.
   *
   * @return the products
   */
  public static List<Product> products() {
    return List.of(
        Product.builder()
            .id(ProductId.of("service-platform"))
            .name("Service management platform")
            .provider(NORTHWIND)
            .addResources(
                ResourceId.of("ticketing"), ResourceId.of("portal"), ResourceId.of("hosting"))
            .build(),
        Product.builder()
            .id(ProductId.of("service-desk"))
            .name("Service desk")
            .provider(NORTHWIND)
            .addResources(ResourceId.of("agents"), ResourceId.of("knowledge-base"))
            .addComponent(ProductId.of("service-platform"))
            .build(),
        Product.builder()
            .id(ProductId.of("scanner-kit"))
            .name("Managed scanner kit")
            .provider(NORTHWIND)
            .addResource(ResourceId.of("scanner-stock"))
            .build());
  }

  /**
   * Returns the services the offering describes.
   *
   * @return the services
   */
  public static List<Service> services() {
    return List.of(
        Service.builder()
            .id(ServiceId.of("incident-resolution"))
            .name("Incident resolution")
            .description("Restores normal work for warehouse staff when an IT incident stops them")
            .addProduct(ProductId.of("service-desk"))
            .build(),
        Service.builder()
            .id(ServiceId.of("device-replacement"))
            .name("Device replacement")
            .addProducts(ProductId.of("scanner-kit"), ProductId.of("service-desk"))
            .build());
  }

  /**
   * Returns Northwind's offering to warehouse operations: a replacement scanner (goods), the portal
   * and the knowledge base (access to resources), and three service actions.
   *
   * @return the offering
   */
  public static ServiceOffering offering() {
    return ServiceOffering.builder()
        .id(DESK_OFFERING)
        .name("Service desk for warehouse operations")
        .provider(NORTHWIND)
        .targetConsumerGroup("Logistics companies running warehouses around the clock")
        .addServices(ServiceId.of("incident-resolution"), ServiceId.of("device-replacement"))
        .addGoods(Goods.of("Replacement handheld scanner", ProductId.of("scanner-kit")))
        .addResourceAccess(ResourceAccess.of("Self-service portal", ResourceId.of("portal")))
        .addResourceAccess(ResourceAccess.of("Knowledge base", ResourceId.of("knowledge-base")))
        .addServiceAction(
            ServiceAction.of("Log an incident in the portal", ServiceActionPerformer.USER))
        .addServiceAction(ServiceAction.of("Reset a password", ServiceActionPerformer.JOINT))
        .addServiceAction(
            ServiceAction.of(
                "Diagnose and fix an incident", ServiceActionPerformer.PROVIDER_RESOURCE))
        .build();
  }

  /**
   * Returns the whole core of the scenario as one aggregate: parties, the stakeholders of the map
   * at onboarding, role assignments, relationships, resources, products, services and the offering.
   *
   * @return the core model; {@code CoreModelValidator.validate} finds no violation in it
   */
  public static CoreModel coreModel() {
    return CoreModel.builder()
        .addAllParties(parties())
        .addAllStakeholders(stakeholdersAtOnboard().stakeholders())
        .addAllRoleAssignments(roleAssignments())
        .addAllRelationships(network().relationships())
        .addAllResources(resources())
        .addAllProducts(products())
        .addAllServices(services())
        .addOffering(offering())
        .build();
  }

  /**
   * Returns the incident journey of a Contoso warehouse user with Northwind's service desk.
   *
   * @return the designed journey
   */
  public static CustomerJourney incidentJourney() {
    return IncidentResolution.journey(CONTOSO, NORTHWIND);
  }

  /**
   * Returns the value streams the incident journey depends on: Northwind's, which restores service,
   * and Contoso's, which keeps its warehouse running.
   *
   * @return the two value streams
   */
  public static List<ValueStream> valueStreams() {
    return IncidentResolution.valueStreams(CONTOSO, NORTHWIND);
  }

  /**
   * Returns the core model with the incident journey, its value streams, two observed cases
   * (INC-1001 and INC-1002) and the experience gathered along the journey.
   *
   * @return the journey model; {@code JourneyValidator.validate} finds no violation in it
   */
  public static JourneyModel journeyModel() {
    return JourneyModel.builder()
        .core(coreModel())
        .addAllValueStreams(valueStreams())
        .addJourney(incidentJourney())
        .addObservedJourneys(IncidentResolution.backAndForthCase(), IncidentResolution.midWayCase())
        .addAllExperiences(IncidentResolution.experience())
        .build();
  }
}
