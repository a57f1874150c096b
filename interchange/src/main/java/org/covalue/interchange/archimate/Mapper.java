package org.covalue.interchange.archimate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.covalue.core.PartyId;
import org.covalue.core.TypedId;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Goods;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.Resource;
import org.covalue.core.offering.ResourceAccess;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceAction;
import org.covalue.core.offering.ServiceAgreement;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.party.ConsumerRole;
import org.covalue.core.party.Coordination;
import org.covalue.core.party.Party;
import org.covalue.core.party.RoleAssignment;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.stakeholder.SalienceAttributes;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.covalue.value.driver.ValueDriver;
import org.covalue.value.driver.ValueDriverChain;
import org.covalue.value.driver.ValueDriverLink;
import org.covalue.value.model.ValueModel;
import org.covalue.value.outcome.Outcome;
import org.covalue.value.outcome.Output;
import org.covalue.visibility.Dependency;
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.EnvironmentElement;
import org.covalue.visibility.LineOfVisibility;
import org.covalue.visibility.Practice;
import org.covalue.visibility.Responsibility;
import org.covalue.visibility.model.VisibilityModel;

/**
 * Maps checked covalue models to the concepts of one exchange document; docs/archimate.md has the
 * table. Elements come first (in model order), relationships after them, all with identifiers that
 * depend on the model only.
 */
final class Mapper {

  private static final String AGGREGATION = "Aggregation";
  private static final String ASSIGNMENT = "Assignment";
  private static final String ASSOCIATION = "Association";
  private static final String COMPOSITION = "Composition";
  private static final String REALIZATION = "Realization";
  private static final String SERVING = "Serving";
  private static final String TRIGGERING = "Triggering";

  private final Exchange exchange;
  private final Map<PartyId, String> partyNames = new HashMap<>();

  /** Element identifiers by covalue id ({@code kind value}), for the visibility module's refs. */
  private final Map<String, List<String>> byCovalueId = new LinkedHashMap<>();

  Mapper(Exchange exchange) {
    this.exchange = exchange;
  }

  static String of(TypedId<?> id) {
    return Codes.id(id.kind(), id.value());
  }

  private void index(TypedId<?> id, String elementId) {
    byCovalueId.computeIfAbsent(id.describe(), key -> new ArrayList<>()).add(elementId);
  }

  private Exchange.ElementDraft element(TypedId<?> id, String type, String name) {
    String elementId = of(id);
    index(id, elementId);
    return exchange
        .element(elementId, type, name)
        .with(Prop.CONCEPT, id.kind())
        .with(Prop.COVALUE_ID, id.value());
  }

  // ---------------------------------------------------------------- core (§1.2.1 to §1.2.3,
  // §1.2.7)

  void core(CoreModel model) {
    TreeSet<String> descriptors = new TreeSet<>();
    model.relationships().forEach(r -> descriptors.addAll(r.descriptors().keySet()));
    exchange.declareDescriptors(descriptors);
    model.parties().forEach(party -> partyNames.put(party.id(), party.name()));

    for (Party party : model.parties()) {
      element(party.id(), "BusinessActor", party.name())
          .with(Prop.PARTY_KIND, Codes.code(party.kind().name()))
          .with(
              Prop.PREFERRED_RELATIONSHIP_TYPE,
              party.preferredRelationshipType().map(type -> Codes.code(type.name())))
          .add();
    }
    for (Party party : model.parties()) {
      party
          .memberOf()
          .ifPresent(
              group ->
                  exchange.relate(AGGREGATION, of(group), of(party.id())).named("member").add());
    }
    for (Stakeholder stakeholder : model.stakeholders()) {
      stakeholder(stakeholder);
    }
    roles(model.roleAssignments());
    List<Coordination> coordinations = model.coordinations();
    for (int i = 0; i < coordinations.size(); i++) {
      coordination(coordinations.get(i), i + 1);
    }
    for (ServiceRelationship relationship : model.relationships()) {
      relationship(relationship);
    }
    for (Resource resource : model.resources()) {
      element(resource.id(), "Resource", resource.name()).add();
      resource
          .owner()
          .ifPresent(
              owner ->
                  exchange
                      .relate(ASSOCIATION, of(owner), of(resource.id()))
                      .named("owns")
                      .directed()
                      .add());
    }
    for (Product product : model.products()) {
      product(product);
    }
    for (Service service : model.services()) {
      service(service);
    }
    for (ServiceOffering offering : model.offerings()) {
      offering(offering, model.services());
    }
  }

  private void stakeholder(Stakeholder stakeholder) {
    Exchange.ElementDraft draft =
        element(stakeholder.id(), "Stakeholder", stakeholder.name())
            .with(Prop.STAKEHOLDER_KIND, Codes.code(stakeholder.kind().code()))
            .with(Prop.INFLUENCE, Codes.rating(stakeholder.influence()))
            .with(Prop.INFLUENCE_LEVEL, Codes.code(stakeholder.influence().level().name()))
            .with(Prop.INTEREST, Codes.rating(stakeholder.interest()))
            .with(Prop.INTEREST_LEVEL, Codes.code(stakeholder.interest().level().name()));
    if (stakeholder.salience().isPresent()) {
      SalienceAttributes salience = stakeholder.salience().get();
      draft
          .with(Prop.POWER, Codes.rating(salience.power()))
          .with(Prop.LEGITIMACY, Codes.rating(salience.legitimacy()))
          .with(Prop.URGENCY, Codes.rating(salience.urgency()));
    }
    draft.add();
    stakeholder
        .party()
        .ifPresent(
            party ->
                exchange
                    .relate(ASSOCIATION, of(party), of(stakeholder.id()))
                    .named("is stakeholder")
                    .directed()
                    .add());
  }

  private void roles(List<RoleAssignment> assignments) {
    Map<String, Boolean> roles = new HashMap<>();
    for (RoleAssignment assignment : assignments) {
      PartyId organization = assignment.consumerOrganization();
      ConsumerRole role = assignment.role();
      String roleId = Codes.id("consumer-role", organization.value(), Codes.code(role.name()));
      if (roles.putIfAbsent(roleId, Boolean.TRUE) == null) {
        exchange
            .element(roleId, "BusinessRole", title(role.name()) + " of " + partyName(organization))
            .with(Prop.CONCEPT, "consumer-role")
            .with(Prop.CONSUMER_ROLE, Codes.code(role.name()))
            .add();
        exchange
            .relate(ASSOCIATION, roleId, of(organization))
            .named("for consumer organization")
            .directed()
            .add();
      }
      exchange.relate(ASSIGNMENT, of(assignment.party()), roleId).add();
    }
  }

  private void coordination(Coordination coordination, int number) {
    PartyId organization = coordination.consumerOrganization();
    String id = Codes.id("coordination", String.valueOf(number));
    exchange
        .element(id, "BusinessCollaboration", "Coordination for " + partyName(organization))
        .with(Prop.CONCEPT, "coordination")
        .with(Prop.COORDINATION_MEANS, coordination.means())
        .add();
    exchange
        .relate(ASSOCIATION, id, of(organization))
        .named("for consumer organization")
        .directed()
        .add();
    for (PartyId party : coordination.parties()) {
      exchange.relate(AGGREGATION, id, of(party)).add();
    }
  }

  private void relationship(ServiceRelationship relationship) {
    Exchange.ElementDraft draft =
        element(
                relationship.id(),
                "BusinessCollaboration",
                partyName(relationship.provider())
                    + " serves "
                    + partyName(relationship.consumer()))
            .documentation(relationship.description())
            .with(Prop.RELATIONSHIP_TYPE, Codes.code(relationship.type().name()))
            .with(
                Prop.EXPECTED_BAND_OF_VISIBILITY,
                Codes.code(relationship.type().expectedBandOfVisibility().name()));
    relationship.descriptors().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(entry -> draft.descriptor(entry.getKey(), entry.getValue()));
    String id = draft.add();
    exchange.relate(AGGREGATION, id, of(relationship.provider())).named("provider").add();
    exchange.relate(AGGREGATION, id, of(relationship.consumer())).named("consumer").add();
    relationship
        .offerings()
        .forEach(
            offering ->
                exchange.relate(ASSOCIATION, id, of(offering)).named("based on").directed().add());
  }

  private void product(Product product) {
    String id = element(product.id(), "Product", product.name()).add();
    exchange.relate(ASSOCIATION, of(product.provider()), id).named("provides").directed().add();
    product
        .components()
        .forEach(component -> exchange.relate(AGGREGATION, id, of(component)).add());
    product
        .resources()
        .forEach(
            resource ->
                exchange
                    .relate(ASSOCIATION, id, of(resource))
                    .named("configures")
                    .directed()
                    .add());
    product
        .usedServices()
        .forEach(service -> exchange.relate(AGGREGATION, id, of(service)).named("uses").add());
  }

  private void service(Service service) {
    String id =
        element(service.id(), "BusinessService", service.name())
            .documentation(service.description())
            .add();
    service
        .products()
        .forEach(
            product ->
                exchange.relate(ASSOCIATION, id, of(product)).named("based on").directed().add());
    if (service.agreement().isPresent()) {
      ServiceAgreement agreement = service.agreement().get();
      String contract = Codes.id("agreement", service.id().value());
      exchange
          .element(contract, "Contract", "Agreement on " + service.name())
          .documentation(Optional.of(agreement.scope()))
          .with(Prop.CONCEPT, "service-agreement")
          .with(Prop.AGREED_ON, agreement.agreedOn().toString())
          .add();
      exchange.relate(ASSOCIATION, contract, id).named("agrees").directed().add();
      agreement
          .parties()
          .forEach(
              party ->
                  exchange
                      .relate(ASSOCIATION, of(party), contract)
                      .named("agreed")
                      .directed()
                      .add());
    }
  }

  private void offering(ServiceOffering offering, List<Service> services) {
    String id =
        element(offering.id(), "Product", offering.name())
            .with(Prop.TARGET_CONSUMER_GROUP, offering.targetConsumerGroup())
            .add();
    exchange.relate(ASSOCIATION, of(offering.provider()), id).named("offers").directed().add();
    for (Service service : services) {
      if (offering.services().contains(service.id()) && service.agreement().isPresent()) {
        exchange.relate(AGGREGATION, id, Codes.id("agreement", service.id().value())).add();
      }
    }
    offering.services().forEach(service -> exchange.relate(AGGREGATION, id, of(service)).add());
    List<Goods> goods = offering.goods();
    for (int i = 0; i < goods.size(); i++) {
      Goods part = goods.get(i);
      String target;
      if (part.product().isPresent()) {
        target = of(part.product().get());
      } else {
        target = Codes.id("goods", offering.id().value(), String.valueOf(i + 1));
        exchange.element(target, "BusinessObject", part.name()).with(Prop.CONCEPT, "goods").add();
      }
      exchange
          .relate(AGGREGATION, id, target)
          .named(part.name())
          .with(Prop.OFFERING_COMPONENT, "goods")
          .add();
    }
    for (ResourceAccess access : offering.resourceAccesses()) {
      exchange
          .relate(ASSOCIATION, id, of(access.resource()))
          .named(access.name())
          .directed()
          .with(Prop.OFFERING_COMPONENT, "access-to-resources")
          .add();
    }
    List<ServiceAction> actions = offering.serviceActions();
    for (int i = 0; i < actions.size(); i++) {
      ServiceAction action = actions.get(i);
      String actionId = Codes.id("service-action", offering.id().value(), String.valueOf(i + 1));
      exchange
          .element(actionId, "BusinessProcess", action.name())
          .with(Prop.CONCEPT, "service-action")
          .with(Prop.PERFORMED_BY, Codes.code(action.performedBy().name()))
          .add();
      exchange
          .relate(ASSOCIATION, id, actionId)
          .named("service action")
          .directed()
          .with(Prop.OFFERING_COMPONENT, "service-action")
          .add();
    }
  }

  // ---------------------------------------------------------------- journeys (§1.1, §1.2.4)

  void journey(JourneyModel model) {
    core(model.core());
    for (ValueStream stream : model.valueStreams()) {
      valueStream(stream);
    }
    for (CustomerJourney journey : model.journeys()) {
      journey(journey);
    }
  }

  private void valueStream(ValueStream stream) {
    String id = element(stream.id(), "ValueStream", stream.name()).add();
    exchange.relate(ASSOCIATION, of(stream.owner()), id).named("owns").directed().add();
    String previous = null;
    List<ValueStreamActivity> activities = stream.activities();
    for (int i = 0; i < activities.size(); i++) {
      ValueStreamActivity activity = activities.get(i);
      String stage =
          element(activity.id(), "ValueStream", activity.name())
              .with(Prop.POSITION, String.valueOf(i + 1))
              .with(
                  Prop.VISIBLE_TO_OTHER_PARTIES, String.valueOf(activity.isVisibleToOtherParties()))
              .add();
      exchange.relate(COMPOSITION, id, stage).add();
      if (previous != null) {
        exchange.relate(TRIGGERING, previous, stage).add();
      }
      previous = stage;
    }
  }

  private void journey(CustomerJourney journey) {
    String id =
        element(journey.id(), "BusinessProcess", journey.name())
            .documentation(journey.scenario())
            .with(Prop.PERSONA, Codes.code(journey.persona().name()))
            .add();
    exchange.relate(ASSIGNMENT, of(journey.consumer()), id).named("consumer").add();
    journey
        .providers()
        .forEach(provider -> exchange.relate(ASSIGNMENT, of(provider), id).named("provider").add());
    journey.services().forEach(service -> exchange.relate(SERVING, of(service), id).add());
    journey
        .valueStreams()
        .forEach(
            stream ->
                exchange.relate(ASSOCIATION, id, of(stream)).named("depends on").directed().add());
    journey
        .directPartOf()
        .forEach(stream -> exchange.relate(REALIZATION, id, of(stream)).named("part of").add());

    List<Touchpoint> touchpoints = journey.touchpoints();
    for (int i = 0; i < touchpoints.size(); i++) {
      Touchpoint touchpoint = touchpoints.get(i);
      String touchpointId = touchpointId(journey, touchpoint);
      index(touchpoint.id(), touchpointId);
      exchange
          .element(touchpointId, "BusinessEvent", touchpoint.name())
          .documentation(touchpoint.description())
          .with(Prop.CONCEPT, touchpoint.id().kind())
          .with(Prop.COVALUE_ID, touchpoint.id().value())
          .with(Prop.STEP, Codes.code(touchpoint.step().name()))
          .with(Prop.CHANNEL, Codes.code(touchpoint.channel().code()))
          .with(Prop.POSITION, String.valueOf(i + 1))
          .with(Prop.TRANSITION, touchpoint.transition().map(t -> Codes.code(t.name())))
          .add();
      exchange.relate(ASSOCIATION, id, touchpointId).named("touchpoint").directed().add();
      touchpoint
          .parties()
          .forEach(party -> exchange.relate(ASSIGNMENT, of(party), touchpointId).add());
      for (ValueStreamActivityId activity : touchpoint.activities()) {
        exchange
            .relate(ASSOCIATION, touchpointId, of(activity))
            .named("in activity")
            .directed()
            .add();
      }
    }
    for (ServiceInteraction interaction : journey.interactions()) {
      String interactionId =
          Codes.id(interaction.id().kind(), journey.id().value(), interaction.id().value());
      index(interaction.id(), interactionId);
      exchange
          .element(interactionId, "BusinessInteraction", interaction.name())
          .documentation(interaction.valueCoCreated())
          .with(Prop.CONCEPT, interaction.id().kind())
          .with(Prop.COVALUE_ID, interaction.id().value())
          .with(Prop.STEP, Codes.code(interaction.step().name()))
          .with(Prop.CHANNEL, Codes.code(interaction.channel().code()))
          .with(Prop.VALUE_CO_CREATED, interaction.valueCoCreated())
          .add();
      exchange.relate(COMPOSITION, id, interactionId).add();
      exchange
          .relate(ASSIGNMENT, of(interaction.provider()), interactionId)
          .named("provider")
          .add();
      exchange
          .relate(ASSIGNMENT, of(interaction.consumer()), interactionId)
          .named("consumer")
          .add();
      interaction
          .touchpoint()
          .ifPresent(
              at ->
                  exchange
                      .relate(
                          TRIGGERING,
                          Codes.id(at.kind(), journey.id().value(), at.value()),
                          interactionId)
                      .add());
      for (ValueStreamActivityId activity : interaction.activities()) {
        exchange.relate(REALIZATION, interactionId, of(activity)).add();
      }
    }
  }

  private static String touchpointId(CustomerJourney journey, Touchpoint touchpoint) {
    return Codes.id(touchpoint.id().kind(), journey.id().value(), touchpoint.id().value());
  }

  // ---------------------------------------------------------------- visibility (§1.2.5)

  void visibility(VisibilityModel model) {
    for (Practice practice : model.practices()) {
      String id = element(practice.id(), "BusinessFunction", practice.name()).add();
      exchange.relate(ASSIGNMENT, of(practice.owner()), id).add();
    }
    for (EnvironmentElement environment : model.environmentElements()) {
      String id =
          element(environment.id(), "Location", environment.name())
              .documentation(environment.description())
              .add();
      environment
          .owner()
          .ifPresent(
              owner -> exchange.relate(ASSOCIATION, of(owner), id).named("owns").directed().add());
    }
  }

  /** Relates the visibility model's lines, dependencies and responsibilities; call last. */
  void visibilityLinks(VisibilityModel model) {
    List<LineOfVisibility> lines = model.lines();
    for (int i = 0; i < lines.size(); i++) {
      LineOfVisibility line = lines.get(i);
      String id = Codes.id("line-of-visibility", String.valueOf(i + 1));
      exchange
          .element(id, "Grouping", "Line of visibility of " + partyName(line.party()))
          .with(Prop.CONCEPT, "line-of-visibility")
          .with(Prop.TARGET_GROUP_OF_LINE, line.targetConsumerGroup())
          .add();
      exchange.relate(ASSOCIATION, of(line.party()), id).named("draws").directed().add();
      for (TypedId<?> shown : sorted(line.shown())) {
        for (String target : resolve(shown)) {
          exchange.relate(AGGREGATION, id, target).with(Prop.VISIBILITY, "shown").add();
        }
      }
      for (TypedId<?> hidden : sorted(line.hidden())) {
        for (String target : resolve(hidden)) {
          exchange.relate(AGGREGATION, id, target).with(Prop.VISIBILITY, "hidden").add();
        }
      }
    }
    for (Dependency dependency : model.dependencies()) {
      for (String source : resolve(dependency.dependent())) {
        for (String target : resolve(dependency.dependsOn())) {
          exchange.relate(ASSOCIATION, source, target).named("depends on").directed().add();
        }
      }
    }
    for (Responsibility responsibility : model.responsibilities()) {
      for (String holder : resolve(responsibility.holder())) {
        for (String target : resolve(responsibility.element())) {
          exchange.relate(ASSOCIATION, holder, target).named("responsible for").directed().add();
        }
      }
    }
  }

  private static List<TypedId<?>> sorted(Iterable<? extends TypedId<?>> ids) {
    List<TypedId<?>> list = new ArrayList<>();
    ids.forEach(list::add);
    list.sort((a, b) -> a.describe().compareTo(b.describe()));
    return list;
  }

  private List<String> resolve(ElementRef ref) {
    if (ref.journey().isPresent()) {
      String id = Codes.id(ref.id().kind(), ref.journey().get().value(), ref.id().value());
      return exchange.has(id) ? List.of(id) : List.of();
    }
    return resolve(ref.id());
  }

  /** The elements a covalue id stands for: several for a touchpoint id used by several journeys. */
  private List<String> resolve(TypedId<?> id) {
    return byCovalueId.getOrDefault(id.describe(), List.of());
  }

  // ---------------------------------------------------------------- value (§1.2.6, §1.2.7)

  void value(ValueModel model) {
    for (Output output : model.outputs()) {
      String id =
          element(output.id(), "BusinessObject", output.name())
              .documentation(output.description())
              .with(Prop.OUTPUT_FORM, Codes.code(output.form().name()))
              .add();
      exchange.relate("Access", of(output.service()), id).accessType("Write").add();
      output
          .activity()
          .ifPresent(
              activity ->
                  exchange
                      .relate(ASSOCIATION, of(activity), id)
                      .named("delivers")
                      .directed()
                      .add());
    }
    for (Outcome outcome : model.outcomes()) {
      String id =
          element(outcome.id(), "Outcome", outcome.name())
              .documentation(outcome.description())
              .add();
      exchange
          .relate(ASSOCIATION, of(outcome.stakeholder()), id)
          .named("achieves")
          .directed()
          .add();
      outcome.enabledBy().forEach(output -> exchange.relate(REALIZATION, of(output), id).add());
      String worth = Codes.id("worth", outcome.id().value());
      exchange
          .element(worth, "Value", "Worth of " + outcome.name())
          .with(Prop.CONCEPT, "outcome-worth")
          .with(Prop.WORTH, outcome.worth().amount().toPlainString())
          .with(Prop.CURRENCY, outcome.worth().currency())
          .add();
      exchange.relate(ASSOCIATION, worth, id).named("worth of").directed().add();
    }
    for (ValueDriverChain chain : model.driverChains()) {
      driverChain(chain);
    }
  }

  private void driverChain(ValueDriverChain chain) {
    String id = element(chain.id(), "Grouping", chain.name()).add();
    Map<String, String> drivers = new HashMap<>();
    for (ValueDriver driver : chain.drivers()) {
      String driverId = Codes.id(driver.id().kind(), chain.id().value(), driver.id().value());
      drivers.put(driver.id().value(), driverId);
      exchange
          .element(driverId, layerType(driver), driver.name())
          .with(Prop.CONCEPT, driver.id().kind())
          .with(Prop.COVALUE_ID, driver.id().value())
          .with(Prop.VALUE_DRIVER_LAYER, Codes.code(driver.layer().name()))
          .with(Prop.PERFORMANCE, driver.performance().map(score -> Codes.number(score.value())))
          .add();
      exchange.relate(AGGREGATION, id, driverId).add();
    }
    for (ValueDriverLink link : chain.links()) {
      String weight = Codes.number(link.weight());
      exchange
          .relate(
              "Influence",
              drivers.getOrDefault(link.driver().value(), ""),
              drivers.getOrDefault(link.driven().value(), ""))
          .modifier(weight)
          .with(Prop.WEIGHT, weight)
          .add();
    }
  }

  /** Purpose and goals are goals; performance is an outcome; the two reconstructed layers drive. */
  private static String layerType(ValueDriver driver) {
    return switch (driver.layer()) {
      case CONSUMER_PURPOSE, CONSUMER_GOALS -> "Goal";
      case CONSUMER_PERFORMANCE, SERVICE_PERFORMANCE -> "Outcome";
      case OFFERINGS_AND_INTERACTIONS, RESOURCES_PRODUCTS_PRACTICES -> "Driver";
    };
  }

  private String partyName(PartyId party) {
    return partyNames.getOrDefault(party, party.value());
  }

  private static String title(String enumName) {
    String code = Codes.code(enumName);
    return Character.toUpperCase(code.charAt(0)) + code.substring(1);
  }
}
