package org.covalue.visibility;

import java.util.ArrayList;
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
import org.covalue.core.offering.Service;
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
import org.covalue.visibility.model.VisibilityModel;

/**
 * Small models for the tests: a provider, a consumer and a third party, a journey between the first
 * two, and helpers for the elements around them. Each test builds what it needs on top.
 */
public final class Scenario {

  /** The provider of the relationship. */
  public static final PartyId PROVIDER = PartyId.of("provider");

  /** The consumer of the relationship. */
  public static final PartyId CONSUMER = PartyId.of("consumer");

  /** A party outside the relationship. */
  public static final PartyId OTHER = PartyId.of("other");

  /** The relationship's offering. */
  public static final ServiceOfferingId OFFERING = ServiceOfferingId.of("offering");

  /** The target consumer group of {@link #OFFERING}. */
  public static final String GROUP = "Small firms";

  /** The journey of the relationship. */
  public static final JourneyId JOURNEY = JourneyId.of("journey");

  /** The provider's value stream. */
  public static final ValueStreamId PROVIDER_STREAM = ValueStreamId.of("provider-stream");

  /** The consumer's value stream. */
  public static final ValueStreamId CONSUMER_STREAM = ValueStreamId.of("consumer-stream");

  private final CoreModel.Builder core =
      CoreModel.builder()
          .addParties(
              Party.organization(PROVIDER, "Provider"),
              Party.organization(CONSUMER, "Consumer"),
              Party.organization(OTHER, "Other"));
  private final List<ValueStreamActivity> providerActivities = new ArrayList<>();
  private final List<ValueStreamActivity> consumerActivities = new ArrayList<>();
  private final List<Touchpoint> touchpoints = new ArrayList<>();
  private final List<ServiceInteraction> interactions = new ArrayList<>();
  private final List<CustomerJourney> otherJourneys = new ArrayList<>();
  private final List<ValueStream> otherStreams = new ArrayList<>();
  private final VisibilityModel.Builder visibility = VisibilityModel.builder();
  private java.util.function.UnaryOperator<ServiceOffering.Builder> offering = b -> b;
  private boolean offeringHasPart;
  private ServiceRelationshipType type = ServiceRelationshipType.BASIC;

  /** Starts with the three parties, no element and a basic relationship. */
  public Scenario() {
    core.addService(Service.builder().id(ServiceId.of("service")).name("Service").build());
  }

  /**
   * Adds an activity to the provider's value stream.
   *
   * @param id the activity's id
   * @param visible its own flag
   * @return this
   */
  public Scenario providerActivity(String id, boolean visible) {
    providerActivities.add(activity(id, visible));
    return this;
  }

  /**
   * Adds an activity to the consumer's value stream.
   *
   * @param id the activity's id
   * @param visible its own flag
   * @return this
   */
  public Scenario consumerActivity(String id, boolean visible) {
    consumerActivities.add(activity(id, visible));
    return this;
  }

  /**
   * Adds a touchpoint of the journey, between provider and consumer.
   *
   * @param id the touchpoint's id
   * @param step its step
   * @param activities the activities it uses
   * @return this
   */
  public Scenario touchpoint(String id, CustomerJourneyStep step, String... activities) {
    Touchpoint.Builder touchpoint =
        Touchpoint.builder()
            .id(TouchpointId.of(id))
            .name("Touchpoint " + id)
            .step(step)
            .channel(Channel.WEB)
            .addParties(CONSUMER, PROVIDER);
    for (String activity : activities) {
      touchpoint.addActivity(ValueStreamActivityId.of(activity));
    }
    touchpoints.add(touchpoint.build());
    return this;
  }

  /**
   * Adds an interaction of the journey, between provider and consumer.
   *
   * @param id the interaction's id
   * @param step its step
   * @return this
   */
  public Scenario interaction(String id, CustomerJourneyStep step) {
    interactions.add(
        ServiceInteraction.builder()
            .id(ServiceInteractionId.of(id))
            .name("Interaction " + id)
            .step(step)
            .channel(Channel.WEB)
            .provider(PROVIDER)
            .consumer(CONSUMER)
            .build());
    return this;
  }

  /**
   * Adds a resource.
   *
   * @param id the id
   * @param owner the owner
   * @return this
   */
  public Scenario resource(String id, PartyId owner) {
    core.addResource(
        Resource.builder().id(ResourceId.of(id)).name("Resource " + id).owner(owner).build());
    return this;
  }

  /**
   * Adds a resource nobody owns.
   *
   * @param id the id
   * @return this
   */
  public Scenario unownedResource(String id) {
    core.addResource(Resource.of(ResourceId.of(id), "Resource " + id));
    return this;
  }

  /**
   * Adds a product.
   *
   * @param id the id
   * @param provider its provider
   * @param resources the resources it configures
   * @param components its component products
   * @return this
   */
  public Scenario product(
      String id, PartyId provider, List<String> resources, List<String> components) {
    Product.Builder product =
        Product.builder().id(ProductId.of(id)).name("Product " + id).provider(provider);
    resources.forEach(resource -> product.addResource(ResourceId.of(resource)));
    components.forEach(component -> product.addComponent(ProductId.of(component)));
    core.addProduct(product.build());
    return this;
  }

  /**
   * Lets the relationship's service be based on a product.
   *
   * @param product the product's id
   * @return this
   */
  public Scenario serviceBasedOn(String product) {
    core.services(
        List.of(
            Service.builder()
                .id(ServiceId.of("service"))
                .name("Service")
                .addProduct(ProductId.of(product))
                .build()));
    return this;
  }

  /**
   * Changes the offering.
   *
   * @param change what to add to it
   * @return this
   */
  public Scenario offering(java.util.function.UnaryOperator<ServiceOffering.Builder> change) {
    java.util.function.UnaryOperator<ServiceOffering.Builder> before = offering;
    offering = b -> change.apply(before.apply(b));
    offeringHasPart = true;
    return this;
  }

  /**
   * Sets the relationship's type.
   *
   * @param type the type
   * @return this
   */
  public Scenario type(ServiceRelationshipType type) {
    this.type = type;
    return this;
  }

  /**
   * Adds a journey other than the relationship's.
   *
   * @param journey the journey
   * @return this
   */
  public Scenario otherJourney(CustomerJourney journey) {
    otherJourneys.add(journey);
    return this;
  }

  /**
   * Adds a value stream besides the provider's and the consumer's.
   *
   * @param stream the stream
   * @return this
   */
  public Scenario otherStream(ValueStream stream) {
    otherStreams.add(stream);
    return this;
  }

  /**
   * Adds to the visibility model: lines, dependencies, responsibilities, environment elements.
   *
   * @param change what to add
   * @return this
   */
  public Scenario visibility(java.util.function.Consumer<VisibilityModel.Builder> change) {
    change.accept(visibility);
    return this;
  }

  /**
   * Returns the relationship between provider and consumer, based on the offering.
   *
   * @return the relationship
   */
  public ServiceRelationship relationship() {
    return ServiceRelationship.builder()
        .id(ServiceRelationshipId.of("relationship"))
        .provider(PROVIDER)
        .consumer(CONSUMER)
        .type(type)
        .addOffering(OFFERING)
        .build();
  }

  /**
   * Returns the model.
   *
   * @return the model
   */
  public VisibilityModel model() {
    CoreModel.Builder coreCopy = CoreModel.builder().from(core.build());
    ServiceOffering.Builder offeringCopy =
        offering.apply(
            ServiceOffering.builder()
                .id(OFFERING)
                .name("Offering")
                .provider(PROVIDER)
                .targetConsumerGroup(GROUP)
                .addService(ServiceId.of("service")));
    if (!offeringHasPart) {
      offeringCopy.addServiceAction(
          org.covalue.core.offering.ServiceAction.of(
              "Use it", org.covalue.core.offering.ServiceActionPerformer.USER));
    }
    coreCopy.addOffering(offeringCopy.build()).addRelationship(relationship());
    List<ValueStream> streams = new ArrayList<>(otherStreams);
    if (providerActivities.isEmpty()) {
      providerActivity("provider-work", false);
    }
    if (consumerActivities.isEmpty()) {
      consumerActivity("consumer-work", false);
    }
    streams.add(stream(PROVIDER_STREAM, PROVIDER, providerActivities));
    streams.add(stream(CONSUMER_STREAM, CONSUMER, consumerActivities));
    if (touchpoints.isEmpty()) {
      touchpoint("contact", CustomerJourneyStep.ENGAGE);
    }
    List<CustomerJourney> journeys = new ArrayList<>();
    journeys.add(
        CustomerJourney.builder()
            .id(JOURNEY)
            .name("Journey")
            .consumer(CONSUMER)
            .addProvider(PROVIDER)
            .persona(ConsumerRole.USER)
            .addValueStreams(PROVIDER_STREAM, CONSUMER_STREAM)
            .touchpoints(touchpoints)
            .interactions(interactions)
            .build());
    journeys.addAll(otherJourneys);
    return VisibilityModel.builder()
        .from(visibility.build())
        .journey(
            JourneyModel.builder()
                .core(coreCopy.build())
                .valueStreams(streams)
                .journeys(journeys)
                .build())
        .build();
  }

  private static ValueStream stream(
      ValueStreamId id, PartyId owner, List<ValueStreamActivity> activities) {
    return ValueStream.builder()
        .id(id)
        .name("Stream " + id)
        .owner(owner)
        .activities(activities)
        .build();
  }

  private static ValueStreamActivity activity(String id, boolean visible) {
    ValueStreamActivityId activityId = ValueStreamActivityId.of(id);
    return visible
        ? ValueStreamActivity.visible(activityId, "Activity " + id)
        : ValueStreamActivity.hidden(activityId, "Activity " + id);
  }
}
