package org.covalue.visibility.sample;

import java.util.ArrayList;
import java.util.List;
import org.covalue.core.Confidence;
import org.covalue.core.PartyId;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.TypedId;
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
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
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
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.EnvironmentElement;
import org.covalue.visibility.EnvironmentElementId;
import org.covalue.visibility.LineOfVisibility;
import org.covalue.visibility.Practice;
import org.covalue.visibility.PracticeId;
import org.covalue.visibility.Responsibility;
import org.covalue.visibility.ServiceActionDependency;
import org.covalue.visibility.model.VisibilityModel;

/**
 * A cloud provider with two consumers (ITIL 4: Drive Stakeholder Value, §1.2.5 and §1.2.7): a
 * webshop that rents a standard cloud server as a commodity, in a basic relationship, and a bank
 * that co-manages the hosting platform with the provider in a long-term partnership. The chapter
 * gives these two as the ends of the scale: a narrow band of visibility for the commodity, a wide
 * one for the partnership.
 *
 * <p>The same product, the virtual server on the provider's hosting platform, shows more to the
 * bank than to the webshop: the provider's general line of visibility shows the webshop the
 * console, the provisioning API and the ordering and billing activities, and hides the platform
 * behind them; its line tailored to the target consumer group "Strategic partners" shows the bank
 * the platform, the data centre, the operations engineers, the capacity plan and the activities
 * that run them, and still hides the hypervisor. Each consumer's own value stream has activities
 * the provider cannot see.
 *
 * <p><strong>{@link #CONFIDENCE}:</strong> the data are covalue's reconstruction of the chapter's
 * two examples, for tests and demonstrations, not ITIL content. Every method returns new values.
 */
public final class ServerHosting {

  /** How sure covalue is of this model: a reconstruction. */
  public static final Confidence CONFIDENCE = Confidence.RECONSTRUCTED;

  /** The cloud provider. */
  public static final PartyId CLOUD = PartyId.of("cloud");

  /** The webshop, which rents a standard server. */
  public static final PartyId WEBSHOP = PartyId.of("webshop");

  /** The bank, the provider's partner. */
  public static final PartyId BANK = PartyId.of("bank");

  /** The provider's platform operations team. */
  public static final PartyId CLOUD_OPS = PartyId.of("cloud-ops");

  /** The bank's IT architecture team. */
  public static final PartyId BANK_IT = PartyId.of("bank-it");

  /** The basic relationship in which the webshop rents a standard server. */
  public static final ServiceRelationshipId COMMODITY = ServiceRelationshipId.of("webshop-hosting");

  /** The partnership in which the bank co-manages the hosting platform. */
  public static final ServiceRelationshipId PARTNERSHIP = ServiceRelationshipId.of("bank-platform");

  /** The product both consumers use: a virtual server. */
  public static final ProductId VIRTUAL_SERVER = ProductId.of("virtual-server");

  /** The hosting platform the virtual server runs on, a component of it. */
  public static final ProductId PLATFORM = ProductId.of("platform");

  /** The self-service console. */
  public static final ResourceId CONSOLE = ResourceId.of("console");

  /** The provisioning API. */
  public static final ResourceId PROVISIONING_API = ResourceId.of("provisioning-api");

  /** The hypervisor cluster, hidden from every consumer. */
  public static final ResourceId HYPERVISOR = ResourceId.of("hypervisor");

  /** The capacity plan, shared with partners. */
  public static final ResourceId CAPACITY_PLAN = ResourceId.of("capacity-plan");

  /** The standard server offering for self-service customers. */
  public static final ServiceOfferingId STANDARD_SERVER = ServiceOfferingId.of("standard-server");

  /** The co-managed platform offering for strategic partners. */
  public static final ServiceOfferingId MANAGED_PLATFORM = ServiceOfferingId.of("managed-platform");

  /** The target consumer group of the standard server offering. */
  public static final String SELF_SERVICE_CUSTOMERS = "Self-service customers";

  /** The target consumer group of the co-managed platform offering. */
  public static final String STRATEGIC_PARTNERS = "Strategic partners";

  /** The webshop's journey: renting a server. */
  public static final JourneyId RENT_A_SERVER = JourneyId.of("rent-a-server");

  /** The bank's journey: co-managing the platform. */
  public static final JourneyId CO_MANAGE_PLATFORM = JourneyId.of("co-manage-platform");

  /** The webshop provisions a server in the console. */
  public static final TouchpointId PROVISION = TouchpointId.of("provision");

  /** The webshop receives its monthly invoice. */
  public static final TouchpointId INVOICE = TouchpointId.of("invoice");

  /** The bank and the provider review capacity every quarter. */
  public static final TouchpointId CAPACITY_REVIEW = TouchpointId.of("capacity-review");

  /** The provider patches the platform, a hidden activity for every consumer but partners. */
  public static final ValueStreamActivityId PATCH_PLATFORM =
      ValueStreamActivityId.of("patch-platform");

  /** The provider plans capacity, shown to partners only. */
  public static final ValueStreamActivityId PLAN_CAPACITY =
      ValueStreamActivityId.of("plan-capacity");

  /** The provider's service desk practice. */
  public static final PracticeId SERVICE_DESK = PracticeId.of("service-desk");

  /** The provider's relationship management practice. */
  public static final PracticeId RELATIONSHIP_MANAGEMENT = PracticeId.of("relationship-management");

  private static final ResourceId DATA_CENTRE = ResourceId.of("data-centre");
  private static final ResourceId OPS_ENGINEERS = ResourceId.of("ops-engineers");
  private static final ResourceId STORAGE_ARRAY = ResourceId.of("storage-array");
  private static final ResourceId NETWORK_FABRIC = ResourceId.of("network-fabric");
  private static final ServiceId SERVER_HOSTING = ServiceId.of("server-hosting");
  private static final ValueStreamId PROVIDE_SERVERS = ValueStreamId.of("provide-servers");
  private static final ValueStreamId RUN_SHOP = ValueStreamId.of("run-shop");
  private static final ValueStreamId RUN_BANKING = ValueStreamId.of("run-banking");
  private static final EnvironmentElementId BANK_DATA_CENTRE =
      EnvironmentElementId.of("bank-data-centre");
  private static final EnvironmentElementId SHOP_BACK_OFFICE =
      EnvironmentElementId.of("shop-back-office");

  private ServerHosting() {}

  /**
   * Returns the whole model: parties, products, offerings, relationships, value streams, journeys,
   * lines of visibility, dependencies and responsibilities.
   *
   * @return the model, which {@code VisibilityValidator} accepts
   */
  public static VisibilityModel model() {
    return VisibilityModel.builder()
        .journey(
            JourneyModel.builder()
                .core(core())
                .addAllValueStreams(valueStreams())
                .addJourneys(rentAServer(), coManagePlatform())
                .build())
        .addEnvironmentElements(
            EnvironmentElement.builder()
                .id(BANK_DATA_CENTRE)
                .name("The bank's own data centre")
                .owner(BANK)
                .build(),
            EnvironmentElement.builder()
                .id(SHOP_BACK_OFFICE)
                .name("The webshop's back office")
                .owner(WEBSHOP)
                .build())
        .addPractices(
            Practice.of(SERVICE_DESK, "Service desk", CLOUD),
            Practice.of(RELATIONSHIP_MANAGEMENT, "Relationship management", CLOUD))
        .addAllLines(lines())
        .addDependencies(
            Dependency.of(activity("provision-server"), PROVISIONING_API),
            Dependency.of(PATCH_PLATFORM, HYPERVISOR),
            Dependency.of(activity("deploy-shop"), SHOP_BACK_OFFICE),
            Dependency.of(
                ElementRef.of(CO_MANAGE_PLATFORM, TouchpointId.of("change-window")),
                BANK_DATA_CENTRE))
        .addServiceActionDependencies(
            ServiceActionDependency.of(STANDARD_SERVER, "Provision a server", PROVISIONING_API),
            ServiceActionDependency.of(MANAGED_PLATFORM, "Plan capacity together", CAPACITY_PLAN),
            ServiceActionDependency.of(MANAGED_PLATFORM, "Patch the platform", HYPERVISOR))
        .addAllResponsibilities(responsibilities())
        .build();
  }

  /**
   * Returns the basic relationship in which the webshop rents a standard server.
   *
   * @return the relationship {@link #COMMODITY}
   */
  public static ServiceRelationship commodity() {
    return ServiceRelationship.builder()
        .id(COMMODITY)
        .provider(CLOUD)
        .consumer(WEBSHOP)
        .type(ServiceRelationshipType.BASIC)
        .addOffering(STANDARD_SERVER)
        .description("The webshop rents a standard cloud server, bought as a commodity")
        .build();
  }

  /**
   * Returns the partnership in which the bank co-manages the hosting platform.
   *
   * @return the relationship {@link #PARTNERSHIP}
   */
  public static ServiceRelationship partnership() {
    return ServiceRelationship.builder()
        .id(PARTNERSHIP)
        .provider(CLOUD)
        .consumer(BANK)
        .type(ServiceRelationshipType.PARTNERSHIP)
        .addOffering(MANAGED_PLATFORM)
        .description("A long-term partnership in which the bank co-manages the hosting platform")
        .build();
  }

  /**
   * Returns the provider's general line and its line for strategic partners, and the bank's line.
   *
   * @return the lines
   */
  public static List<LineOfVisibility> lines() {
    return List.of(
        LineOfVisibility.builder()
            .party(CLOUD)
            .addShown(VIRTUAL_SERVER, CONSOLE, PROVISIONING_API)
            .addHidden(PLATFORM, HYPERVISOR, DATA_CENTRE, OPS_ENGINEERS, CAPACITY_PLAN)
            .addHidden(STORAGE_ARRAY, NETWORK_FABRIC, PATCH_PLATFORM, PLAN_CAPACITY)
            .build(),
        LineOfVisibility.builder()
            .party(CLOUD)
            .targetConsumerGroup(STRATEGIC_PARTNERS)
            .addShown(PLATFORM, DATA_CENTRE, OPS_ENGINEERS, CAPACITY_PLAN, STORAGE_ARRAY)
            .addShown(PATCH_PLATFORM, PLAN_CAPACITY, activity("monitor-platform"))
            .addHidden(HYPERVISOR)
            .build(),
        LineOfVisibility.builder()
            .party(BANK)
            .addShown(activity("forecast-demand"), BANK_DATA_CENTRE)
            .build());
  }

  private static CoreModel core() {
    return CoreModel.builder()
        .addParties(
            Party.organization(CLOUD, "Nimbus Cloud"),
            Party.organization(WEBSHOP, "Corner Webshop"),
            Party.organization(BANK, "Harbour Bank"),
            Party.team(CLOUD_OPS, "Platform operations", CLOUD),
            Party.team(BANK_IT, "IT architecture", BANK))
        .addResources(
            resource(CONSOLE, "Self-service console"),
            resource(PROVISIONING_API, "Provisioning API"),
            resource(HYPERVISOR, "Hypervisor cluster"),
            resource(DATA_CENTRE, "Data centre"),
            resource(OPS_ENGINEERS, "Operations engineers"),
            resource(CAPACITY_PLAN, "Capacity plan"),
            resource(STORAGE_ARRAY, "Storage array"),
            resource(NETWORK_FABRIC, "Network fabric"))
        .addProducts(
            Product.builder()
                .id(VIRTUAL_SERVER)
                .name("Virtual server")
                .provider(CLOUD)
                .addResources(CONSOLE, PROVISIONING_API)
                .addComponent(PLATFORM)
                .build(),
            Product.builder()
                .id(PLATFORM)
                .name("Hosting platform")
                .provider(CLOUD)
                .addResources(HYPERVISOR, DATA_CENTRE, OPS_ENGINEERS, CAPACITY_PLAN)
                .addResources(STORAGE_ARRAY, NETWORK_FABRIC)
                .build())
        .addService(
            Service.builder()
                .id(SERVER_HOSTING)
                .name("Server hosting")
                .addProduct(VIRTUAL_SERVER)
                .build())
        .addOfferings(
            ServiceOffering.builder()
                .id(STANDARD_SERVER)
                .name("Standard cloud server")
                .provider(CLOUD)
                .targetConsumerGroup(SELF_SERVICE_CUSTOMERS)
                .addService(SERVER_HOSTING)
                .addResourceAccesses(
                    ResourceAccess.of("Self-service console", CONSOLE),
                    ResourceAccess.of("Provisioning API", PROVISIONING_API))
                .addServiceAction(
                    ServiceAction.of("Provision a server", ServiceActionPerformer.USER))
                .build(),
            ServiceOffering.builder()
                .id(MANAGED_PLATFORM)
                .name("Co-managed hosting platform")
                .provider(CLOUD)
                .targetConsumerGroup(STRATEGIC_PARTNERS)
                .addService(SERVER_HOSTING)
                .addResourceAccesses(
                    ResourceAccess.of("Self-service console", CONSOLE),
                    ResourceAccess.of("Shared capacity plan", CAPACITY_PLAN))
                .addServiceActions(
                    ServiceAction.of("Plan capacity together", ServiceActionPerformer.JOINT),
                    ServiceAction.of(
                        "Patch the platform", ServiceActionPerformer.PROVIDER_RESOURCE))
                .build())
        .addRelationships(commodity(), partnership())
        .build();
  }

  private static List<ValueStream> valueStreams() {
    return List.of(
        ValueStream.builder()
            .id(PROVIDE_SERVERS)
            .name("Provide servers")
            .owner(CLOUD)
            .addActivities(
                ValueStreamActivity.visible(activity("order-server"), "Take a server order"),
                ValueStreamActivity.visible(activity("provision-server"), "Provision the server"),
                ValueStreamActivity.hidden(activity("monitor-platform"), "Monitor the platform"),
                ValueStreamActivity.visible(PATCH_PLATFORM, "Patch the platform"),
                ValueStreamActivity.visible(PLAN_CAPACITY, "Plan capacity"),
                ValueStreamActivity.hidden(activity("replace-hardware"), "Replace hardware"),
                ValueStreamActivity.visible(activity("bill-usage"), "Bill the usage"))
            .build(),
        ValueStream.builder()
            .id(RUN_SHOP)
            .name("Run the webshop")
            .owner(WEBSHOP)
            .addActivities(
                ValueStreamActivity.visible(activity("size-server"), "Choose a server size"),
                ValueStreamActivity.hidden(activity("deploy-shop"), "Deploy the shop"),
                ValueStreamActivity.hidden(activity("sell-online"), "Sell online"),
                ValueStreamActivity.hidden(activity("ship-orders"), "Ship orders"),
                ValueStreamActivity.hidden(activity("handle-returns"), "Handle returns"))
            .build(),
        ValueStream.builder()
            .id(RUN_BANKING)
            .name("Run banking services")
            .owner(BANK)
            .addActivities(
                ValueStreamActivity.visible(
                    activity("forecast-demand"), "Forecast transaction volumes"),
                ValueStreamActivity.visible(
                    activity("review-capacity"), "Review capacity with the provider"),
                ValueStreamActivity.hidden(
                    activity("release-apps"), "Release banking applications"))
            .build());
  }

  private static CustomerJourney rentAServer() {
    return CustomerJourney.builder()
        .id(RENT_A_SERVER)
        .name("Renting a cloud server")
        .consumer(WEBSHOP)
        .addProvider(CLOUD)
        .persona(ConsumerRole.USER)
        .addValueStreams(PROVIDE_SERVERS, RUN_SHOP)
        .addTouchpoints(
            touchpoint("compare-prices", "Compares server prices", CustomerJourneyStep.EXPLORE)
                .channel(Channel.WEB)
                .addParties(WEBSHOP, CLOUD)
                .build(),
            touchpoint("sign-up", "Signs up on standard terms", CustomerJourneyStep.AGREE)
                .channel(Channel.WEB)
                .addParties(WEBSHOP, CLOUD)
                .addActivity(activity("order-server"))
                .build(),
            touchpoint(PROVISION.value(), "Provisions a server", CustomerJourneyStep.CO_CREATE)
                .channel(Channel.WEB)
                .addParties(WEBSHOP, CLOUD)
                .addActivities(activity("size-server"), activity("provision-server"))
                .build(),
            touchpoint(INVOICE.value(), "Receives the invoice", CustomerJourneyStep.REALIZE)
                .channel(Channel.EMAIL)
                .addParties(WEBSHOP, CLOUD)
                .addActivity(activity("bill-usage"))
                .build())
        .addInteraction(
            interaction(
                    "provision-online", "Provisions a server online", CustomerJourneyStep.CO_CREATE)
                .channel(Channel.WEB)
                .provider(CLOUD)
                .consumer(WEBSHOP)
                .touchpoint(PROVISION)
                .build())
        .build();
  }

  private static CustomerJourney coManagePlatform() {
    return CustomerJourney.builder()
        .id(CO_MANAGE_PLATFORM)
        .name("Co-managing the hosting platform")
        .consumer(BANK)
        .addProvider(CLOUD)
        .persona(ConsumerRole.CUSTOMER)
        .addValueStreams(PROVIDE_SERVERS, RUN_BANKING)
        .addTouchpoints(
            touchpoint("strategy-workshop", "Joint strategy workshop", CustomerJourneyStep.ENGAGE)
                .channel(Channel.IN_PERSON)
                .addParties(BANK, CLOUD)
                .build(),
            touchpoint(
                    CAPACITY_REVIEW.value(), "Quarterly capacity review", CustomerJourneyStep.AGREE)
                .channel(Channel.IN_PERSON)
                .addParties(BANK, CLOUD)
                .addActivities(
                    PLAN_CAPACITY, activity("review-capacity"), activity("forecast-demand"))
                .build(),
            touchpoint("change-window", "Agreed change window", CustomerJourneyStep.CO_CREATE)
                .channel(Channel.CHAT)
                .addParties(BANK, CLOUD)
                .addActivity(PATCH_PLATFORM)
                .build(),
            touchpoint("value-review", "Annual value review", CustomerJourneyStep.REALIZE)
                .channel(Channel.IN_PERSON)
                .addParties(BANK, CLOUD)
                .addActivity(activity("bill-usage"))
                .build())
        .addInteractions(
            interaction("agree-capacity", "Agrees the capacity plan", CustomerJourneyStep.AGREE)
                .channel(Channel.IN_PERSON)
                .provider(CLOUD)
                .consumer(BANK)
                .touchpoint(CAPACITY_REVIEW)
                .valueCoCreated("Capacity that follows the bank's demand")
                .build(),
            interaction(
                    "patch-together",
                    "Patches the platform in the agreed window",
                    CustomerJourneyStep.CO_CREATE)
                .channel(Channel.CHAT)
                .provider(CLOUD)
                .consumer(BANK)
                .touchpoint(TouchpointId.of("change-window"))
                .build(),
            interaction("review-value", "Reviews the value realized", CustomerJourneyStep.REALIZE)
                .channel(Channel.IN_PERSON)
                .provider(CLOUD)
                .consumer(BANK)
                .touchpoint(TouchpointId.of("value-review"))
                .build())
        .build();
  }

  private static List<Responsibility> responsibilities() {
    List<Responsibility> all = new ArrayList<>();
    for (String touchpoint : List.of("sign-up", PROVISION.value())) {
      all.add(
          Responsibility.of(
              ElementRef.of(RENT_A_SERVER, TouchpointId.of(touchpoint)), SERVICE_DESK));
    }
    all.add(
        Responsibility.of(
            ElementRef.of(RENT_A_SERVER, ServiceInteractionId.of("provision-online")),
            SERVICE_DESK));
    for (TypedId<?> element :
        List.<TypedId<?>>of(
            CONSOLE,
            PROVISIONING_API,
            VIRTUAL_SERVER,
            activity("order-server"),
            activity("provision-server"),
            PLATFORM,
            DATA_CENTRE,
            OPS_ENGINEERS,
            STORAGE_ARRAY,
            PATCH_PLATFORM,
            activity("monitor-platform"))) {
      all.add(Responsibility.of(element, CLOUD_OPS));
    }
    all.add(Responsibility.of(activity("size-server"), WEBSHOP));
    for (String touchpoint :
        List.of("strategy-workshop", CAPACITY_REVIEW.value(), "change-window", "value-review")) {
      all.add(
          Responsibility.of(
              ElementRef.of(CO_MANAGE_PLATFORM, TouchpointId.of(touchpoint)),
              RELATIONSHIP_MANAGEMENT));
    }
    for (String interaction : List.of("agree-capacity", "patch-together", "review-value")) {
      all.add(
          Responsibility.of(
              ElementRef.of(CO_MANAGE_PLATFORM, ServiceInteractionId.of(interaction)),
              RELATIONSHIP_MANAGEMENT));
    }
    all.add(Responsibility.of(CAPACITY_PLAN, RELATIONSHIP_MANAGEMENT));
    all.add(Responsibility.of(PLAN_CAPACITY, RELATIONSHIP_MANAGEMENT));
    for (TypedId<?> element :
        List.<TypedId<?>>of(
            activity("forecast-demand"), activity("review-capacity"), BANK_DATA_CENTRE)) {
      all.add(Responsibility.of(element, BANK_IT));
    }
    return all;
  }

  private static Resource resource(ResourceId id, String name) {
    return Resource.builder().id(id).name(name).owner(CLOUD).build();
  }

  private static Touchpoint.Builder touchpoint(String id, String name, CustomerJourneyStep step) {
    return Touchpoint.builder().id(TouchpointId.of(id)).name(name).step(step);
  }

  private static ServiceInteraction.Builder interaction(
      String id, String name, CustomerJourneyStep step) {
    return ServiceInteraction.builder().id(ServiceInteractionId.of(id)).name(name).step(step);
  }

  private static ValueStreamActivityId activity(String id) {
    return ValueStreamActivityId.of(id);
  }
}
