package org.covalue.interchange.json;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.covalue.core.Finding;
import org.covalue.core.Level;
import org.covalue.core.OpenCode;
import org.covalue.core.Rating;
import org.covalue.core.Rule;
import org.covalue.core.Score;
import org.covalue.core.TypedId;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Goods;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.Resource;
import org.covalue.core.offering.ResourceAccess;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceAction;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.party.Coordination;
import org.covalue.core.party.Party;
import org.covalue.core.party.RoleAssignment;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.stakeholder.CultivationTarget;
import org.covalue.core.stakeholder.SalienceAttributes;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.StakeholderMapAtStep;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.experience.ExperienceObservation;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.observed.JourneyEvent;
import org.covalue.journey.observed.ObservedJourney;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.covalue.value.Money;
import org.covalue.value.contribution.StepValueContribution;
import org.covalue.value.cost.Cost;
import org.covalue.value.cost.ResourceUse;
import org.covalue.value.driver.ValueDriver;
import org.covalue.value.driver.ValueDriverChain;
import org.covalue.value.driver.ValueDriverLink;
import org.covalue.value.model.ValueModel;
import org.covalue.value.outcome.Outcome;
import org.covalue.value.outcome.Output;
import org.covalue.value.performance.Requirement;
import org.covalue.value.performance.ServicePerformance;
import org.covalue.value.performance.UtilityFeature;
import org.covalue.value.performance.WarrantyLevel;
import org.covalue.value.performance.WarrantyTarget;
import org.covalue.value.plan.OutcomeMeasure;
import org.covalue.value.plan.PlannedOutcome;
import org.covalue.value.plan.PlannedUse;
import org.covalue.value.plan.ValueCoCreationPlan;
import org.covalue.value.risk.ComplianceGap;
import org.covalue.value.risk.Risk;
import org.covalue.visibility.Dependency;
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.EnvironmentElement;
import org.covalue.visibility.LineOfVisibility;
import org.covalue.visibility.Practice;
import org.covalue.visibility.Responsibility;
import org.covalue.visibility.ServiceActionDependency;
import org.covalue.visibility.model.VisibilityModel;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a document into a JSON tree, field by field, in a fixed order. Empty lists, sets and maps
 * and absent optional values are left out; everything else is written.
 */
final class DocumentWriter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private DocumentWriter() {}

  static ObjectNode document(CovalueDocument document) {
    ObjectNode root = NODES.objectNode();
    root.put("covalueFormat", CovalueJson.FORMAT);
    putPart(root, "core", core(document.core()));
    putPart(root, "journey", journey(document.journey()));
    putPart(root, "visibility", visibility(document.visibility()));
    putPart(root, "value", value(document.value()));
    return root;
  }

  private static void putPart(ObjectNode root, String name, ObjectNode part) {
    if (!part.isEmpty()) {
      root.set(name, part);
    }
  }

  static ArrayNode findings(List<Finding> findings) {
    ArrayNode array = NODES.arrayNode();
    for (Finding finding : findings) {
      array.add(finding(finding));
    }
    return array;
  }

  static ArrayNode rules(List<Rule> rules) {
    ArrayNode array = NODES.arrayNode();
    for (Rule rule : rules) {
      ObjectNode node = array.addObject();
      node.put("id", rule.id());
      node.put("severity", rule.defaultSeverity().name());
      node.put("section", rule.reference().section());
      rule.reference().artefact().ifPresent(artefact -> node.put("artefact", artefact));
      node.put("description", rule.description());
    }
    return array;
  }

  static ObjectNode finding(Finding finding) {
    ObjectNode node = NODES.objectNode();
    node.put("rule", finding.rule().id());
    node.put("severity", finding.severity().name());
    node.put("section", finding.reference().section());
    finding.reference().artefact().ifPresent(artefact -> node.put("artefact", artefact));
    ArrayNode elements = node.putArray("elements");
    finding.elements().forEach(element -> elements.add(typed(element)));
    ObjectNode evidence = node.putObject("evidence");
    finding.evidence().forEach(evidence::put);
    ObjectNode data = node.putObject("data");
    finding.data().forEach(data::put);
    node.put("message", finding.message());
    return node;
  }

  // core

  private static ObjectNode core(CoreModel core) {
    ObjectNode node = NODES.objectNode();
    list(node, "parties", core.parties(), DocumentWriter::party);
    list(node, "stakeholders", core.stakeholders(), DocumentWriter::stakeholder);
    list(node, "roleAssignments", core.roleAssignments(), DocumentWriter::roleAssignment);
    list(node, "coordinations", core.coordinations(), DocumentWriter::coordination);
    list(node, "relationships", core.relationships(), DocumentWriter::relationship);
    list(node, "resources", core.resources(), DocumentWriter::resource);
    list(node, "products", core.products(), DocumentWriter::product);
    list(node, "services", core.services(), DocumentWriter::service);
    list(node, "offerings", core.offerings(), DocumentWriter::offering);
    return node;
  }

  private static ObjectNode party(Party party) {
    ObjectNode node = NODES.objectNode();
    id(node, "id", party.id());
    node.put("name", party.name());
    node.put("kind", party.kind().name());
    optionalId(node, "memberOf", party.memberOf());
    party
        .preferredRelationshipType()
        .ifPresent(type -> node.put("preferredRelationshipType", type.name()));
    return node;
  }

  private static ObjectNode stakeholder(Stakeholder stakeholder) {
    ObjectNode node = NODES.objectNode();
    id(node, "id", stakeholder.id());
    node.put("name", stakeholder.name());
    code(node, "kind", stakeholder.kind());
    rating(node, "influence", stakeholder.influence());
    rating(node, "interest", stakeholder.interest());
    stakeholder.salience().ifPresent(salience -> node.set("salience", salience(salience)));
    optionalId(node, "party", stakeholder.party());
    return node;
  }

  private static ObjectNode salience(SalienceAttributes salience) {
    ObjectNode node = NODES.objectNode();
    rating(node, "power", salience.power());
    rating(node, "legitimacy", salience.legitimacy());
    rating(node, "urgency", salience.urgency());
    return node;
  }

  private static ObjectNode roleAssignment(RoleAssignment assignment) {
    ObjectNode node = NODES.objectNode();
    id(node, "party", assignment.party());
    node.put("role", assignment.role().name());
    id(node, "consumerOrganization", assignment.consumerOrganization());
    return node;
  }

  private static ObjectNode coordination(Coordination coordination) {
    ObjectNode node = NODES.objectNode();
    id(node, "consumerOrganization", coordination.consumerOrganization());
    ids(node, "parties", coordination.parties());
    node.put("means", coordination.means());
    return node;
  }

  private static ObjectNode relationship(ServiceRelationship relationship) {
    ObjectNode node = NODES.objectNode();
    id(node, "id", relationship.id());
    id(node, "provider", relationship.provider());
    id(node, "consumer", relationship.consumer());
    node.put("type", relationship.type().name());
    ids(node, "offerings", relationship.offerings());
    if (!relationship.descriptors().isEmpty()) {
      ObjectNode descriptors = node.putObject("descriptors");
      relationship.descriptors().forEach(descriptors::put);
    }
    text(node, "description", relationship.description());
    return node;
  }

  private static ObjectNode resource(Resource resource) {
    ObjectNode node = NODES.objectNode();
    id(node, "id", resource.id());
    node.put("name", resource.name());
    optionalId(node, "owner", resource.owner());
    return node;
  }

  private static ObjectNode product(Product product) {
    ObjectNode node = NODES.objectNode();
    id(node, "id", product.id());
    node.put("name", product.name());
    id(node, "provider", product.provider());
    ids(node, "resources", product.resources());
    ids(node, "components", product.components());
    ids(node, "usedServices", product.usedServices());
    return node;
  }

  private static ObjectNode service(Service service) {
    ObjectNode node = NODES.objectNode();
    id(node, "id", service.id());
    node.put("name", service.name());
    text(node, "description", service.description());
    ids(node, "products", service.products());
    service
        .agreement()
        .ifPresent(
            agreement -> {
              ObjectNode item = node.putObject("agreement");
              item.put("scope", agreement.scope());
              item.put("agreedOn", agreement.agreedOn().toString());
              ids(item, "parties", agreement.parties());
            });
    return node;
  }

  private static ObjectNode offering(ServiceOffering offering) {
    ObjectNode node = NODES.objectNode();
    id(node, "id", offering.id());
    node.put("name", offering.name());
    id(node, "provider", offering.provider());
    node.put("targetConsumerGroup", offering.targetConsumerGroup());
    ids(node, "services", offering.services());
    list(node, "goods", offering.goods(), DocumentWriter::goods);
    list(node, "resourceAccesses", offering.resourceAccesses(), DocumentWriter::resourceAccess);
    list(node, "serviceActions", offering.serviceActions(), DocumentWriter::serviceAction);
    return node;
  }

  private static ObjectNode goods(Goods goods) {
    ObjectNode node = NODES.objectNode();
    node.put("name", goods.name());
    optionalId(node, "product", goods.product());
    return node;
  }

  private static ObjectNode resourceAccess(ResourceAccess access) {
    ObjectNode node = NODES.objectNode();
    node.put("name", access.name());
    id(node, "resource", access.resource());
    return node;
  }

  private static ObjectNode serviceAction(ServiceAction action) {
    ObjectNode node = NODES.objectNode();
    node.put("name", action.name());
    node.put("performedBy", action.performedBy().name());
    return node;
  }

  // journey

  private static ObjectNode journey(JourneyModel journey) {
    ObjectNode node = NODES.objectNode();
    list(node, "valueStreams", journey.valueStreams(), DocumentWriter::valueStream);
    list(node, "journeys", journey.journeys(), DocumentWriter::customerJourney);
    list(node, "observedJourneys", journey.observedJourneys(), DocumentWriter::observedJourney);
    list(node, "experiences", journey.experiences(), DocumentWriter::experience);
    return node;
  }

  private static ObjectNode valueStream(ValueStream stream) {
    ObjectNode node = NODES.objectNode();
    id(node, "id", stream.id());
    node.put("name", stream.name());
    id(node, "owner", stream.owner());
    list(node, "activities", stream.activities(), DocumentWriter::activity);
    return node;
  }

  private static ObjectNode activity(ValueStreamActivity activity) {
    ObjectNode node = NODES.objectNode();
    id(node, "id", activity.id());
    node.put("name", activity.name());
    node.put("isVisibleToOtherParties", activity.isVisibleToOtherParties());
    return node;
  }

  private static ObjectNode customerJourney(CustomerJourney journey) {
    ObjectNode node = NODES.objectNode();
    id(node, "id", journey.id());
    node.put("name", journey.name());
    id(node, "consumer", journey.consumer());
    ids(node, "providers", journey.providers());
    node.put("persona", journey.persona().name());
    text(node, "scenario", journey.scenario());
    list(node, "touchpoints", journey.touchpoints(), DocumentWriter::touchpoint);
    list(node, "interactions", journey.interactions(), DocumentWriter::interaction);
    ids(node, "valueStreams", journey.valueStreams());
    ids(node, "directPartOf", journey.directPartOf());
    ids(node, "services", journey.services());
    list(node, "stakeholderMaps", journey.stakeholderMaps(), DocumentWriter::mapAtStep);
    return node;
  }

  private static ObjectNode touchpoint(Touchpoint touchpoint) {
    ObjectNode node = NODES.objectNode();
    id(node, "id", touchpoint.id());
    node.put("name", touchpoint.name());
    node.put("step", touchpoint.step().name());
    code(node, "channel", touchpoint.channel());
    ids(node, "parties", touchpoint.parties());
    ids(node, "activities", touchpoint.activities());
    touchpoint.transition().ifPresent(transition -> node.put("transition", transition.name()));
    text(node, "description", touchpoint.description());
    return node;
  }

  private static ObjectNode interaction(ServiceInteraction interaction) {
    ObjectNode node = NODES.objectNode();
    id(node, "id", interaction.id());
    node.put("name", interaction.name());
    node.put("step", interaction.step().name());
    code(node, "channel", interaction.channel());
    id(node, "provider", interaction.provider());
    id(node, "consumer", interaction.consumer());
    optionalId(node, "touchpoint", interaction.touchpoint());
    ids(node, "activities", interaction.activities());
    text(node, "valueCoCreated", interaction.valueCoCreated());
    return node;
  }

  private static ObjectNode mapAtStep(StakeholderMapAtStep mapAtStep) {
    ObjectNode node = NODES.objectNode();
    node.put("step", mapAtStep.step().name());
    node.set("map", stakeholderMap(mapAtStep.map()));
    return node;
  }

  private static ObjectNode stakeholderMap(StakeholderMap map) {
    ObjectNode node = NODES.objectNode();
    map.asOf().ifPresent(asOf -> node.put("asOf", asOf.toString()));
    text(node, "label", map.label());
    list(node, "stakeholders", map.stakeholders(), DocumentWriter::stakeholder);
    list(node, "targets", map.targets(), DocumentWriter::target);
    return node;
  }

  private static ObjectNode target(CultivationTarget target) {
    ObjectNode node = NODES.objectNode();
    id(node, "stakeholder", target.stakeholder());
    rating(node, "influence", target.influence());
    rating(node, "interest", target.interest());
    return node;
  }

  private static ObjectNode observedJourney(ObservedJourney observed) {
    ObjectNode node = NODES.objectNode();
    id(node, "caseId", observed.caseId());
    list(node, "events", observed.events(), DocumentWriter::event);
    return node;
  }

  private static ObjectNode event(JourneyEvent event) {
    ObjectNode node = NODES.objectNode();
    id(node, "touchpoint", event.touchpoint());
    node.put("step", event.step().name());
    node.put("at", event.at().toString());
    return node;
  }

  private static ObjectNode experience(ExperienceObservation experience) {
    ObjectNode node = NODES.objectNode();
    node.put("perceiver", experience.perceiver().name());
    code(node, "source", experience.source());
    experience.functional().ifPresent(score -> node.put("functional", score.value()));
    experience.emotional().ifPresent(score -> node.put("emotional", score.value()));
    optionalId(node, "journey", experience.journey());
    experience.step().ifPresent(step -> node.put("step", step.name()));
    optionalId(node, "touchpoint", experience.touchpoint());
    text(node, "note", experience.note());
    return node;
  }

  // visibility

  private static ObjectNode visibility(VisibilityModel visibility) {
    ObjectNode node = NODES.objectNode();
    list(
        node,
        "environmentElements",
        visibility.environmentElements(),
        DocumentWriter::environmentElement);
    list(node, "practices", visibility.practices(), DocumentWriter::practice);
    list(node, "lines", visibility.lines(), DocumentWriter::line);
    list(node, "dependencies", visibility.dependencies(), DocumentWriter::dependency);
    list(
        node,
        "serviceActionDependencies",
        visibility.serviceActionDependencies(),
        DocumentWriter::serviceActionDependency);
    list(node, "responsibilities", visibility.responsibilities(), DocumentWriter::responsibility);
    return node;
  }

  private static ObjectNode environmentElement(EnvironmentElement element) {
    ObjectNode node = NODES.objectNode();
    id(node, "id", element.id());
    node.put("name", element.name());
    optionalId(node, "owner", element.owner());
    text(node, "description", element.description());
    return node;
  }

  private static ObjectNode practice(Practice practice) {
    ObjectNode node = NODES.objectNode();
    id(node, "id", practice.id());
    node.put("name", practice.name());
    id(node, "owner", practice.owner());
    return node;
  }

  private static ObjectNode line(LineOfVisibility line) {
    ObjectNode node = NODES.objectNode();
    id(node, "party", line.party());
    text(node, "targetConsumerGroup", line.targetConsumerGroup());
    typedIds(node, "shown", line.shown());
    typedIds(node, "hidden", line.hidden());
    return node;
  }

  private static ObjectNode dependency(Dependency dependency) {
    ObjectNode node = NODES.objectNode();
    node.set("dependent", elementRef(dependency.dependent()));
    node.set("dependsOn", typed(dependency.dependsOn()));
    return node;
  }

  private static ObjectNode serviceActionDependency(ServiceActionDependency dependency) {
    ObjectNode node = NODES.objectNode();
    id(node, "offering", dependency.offering());
    node.put("action", dependency.action());
    node.set("dependsOn", typed(dependency.dependsOn()));
    return node;
  }

  private static ObjectNode responsibility(Responsibility responsibility) {
    ObjectNode node = NODES.objectNode();
    node.set("element", elementRef(responsibility.element()));
    node.set("holder", typed(responsibility.holder()));
    return node;
  }

  private static ObjectNode elementRef(ElementRef ref) {
    ObjectNode node = typed(ref.id());
    optionalId(node, "journey", ref.journey());
    return node;
  }

  // value

  private static ObjectNode value(ValueModel value) {
    ObjectNode node = NODES.objectNode();
    list(node, "outputs", value.outputs(), DocumentWriter::output);
    list(node, "outcomes", value.outcomes(), DocumentWriter::outcome);
    list(node, "costs", value.costs(), DocumentWriter::cost);
    list(node, "risks", value.risks(), DocumentWriter::risk);
    list(node, "performances", value.performances(), DocumentWriter::performance);
    list(node, "requirements", value.requirements(), DocumentWriter::requirement);
    if (!value.offeringTypes().isEmpty()) {
      ObjectNode types = node.putObject("offeringTypes");
      value.offeringTypes().forEach((offering, type) -> types.put(offering.value(), type.name()));
    }
    list(node, "engagements", value.engagements(), DocumentWriter::engagement);
    list(node, "contributions", value.contributions(), DocumentWriter::contribution);
    list(node, "plans", value.plans(), DocumentWriter::plan);
    list(node, "driverChains", value.driverChains(), DocumentWriter::chain);
    return node;
  }

  private static ObjectNode output(Output output) {
    ObjectNode node = NODES.objectNode();
    id(node, "id", output.id());
    node.put("name", output.name());
    id(node, "service", output.service());
    node.put("form", output.form().name());
    optionalId(node, "activity", output.activity());
    text(node, "description", output.description());
    return node;
  }

  private static ObjectNode outcome(Outcome outcome) {
    ObjectNode node = NODES.objectNode();
    id(node, "id", outcome.id());
    node.put("name", outcome.name());
    id(node, "stakeholder", outcome.stakeholder());
    ids(node, "enabledBy", outcome.enabledBy());
    node.set("worth", money(outcome.worth()));
    text(node, "description", outcome.description());
    return node;
  }

  private static ObjectNode cost(Cost cost) {
    ObjectNode node = NODES.objectNode();
    id(node, "id", cost.id());
    node.put("name", cost.name());
    id(node, "service", cost.service());
    id(node, "bearer", cost.bearer());
    node.put("side", cost.side().name());
    cost.money().ifPresent(money -> node.set("money", money(money)));
    cost.time().ifPresent(time -> node.put("time", time.toString()));
    list(node, "resources", cost.resources(), DocumentWriter::resourceUse);
    cost.step().ifPresent(step -> node.put("step", step.name()));
    return node;
  }

  private static ObjectNode resourceUse(ResourceUse use) {
    ObjectNode node = NODES.objectNode();
    node.put("description", use.description());
    optionalId(node, "resource", use.resource());
    use.value().ifPresent(money -> node.set("value", money(money)));
    return node;
  }

  private static ObjectNode risk(Risk risk) {
    ObjectNode node = NODES.objectNode();
    id(node, "id", risk.id());
    node.put("name", risk.name());
    id(node, "service", risk.service());
    id(node, "bearer", risk.bearer());
    node.put("threat", risk.threat().value());
    node.put("vulnerability", risk.vulnerability().value());
    node.set("impact", money(risk.impact()));
    risk.compliance().ifPresent(gap -> node.set("compliance", compliance(gap)));
    node.put("source", risk.source().name());
    ids(node, "affects", risk.affects());
    return node;
  }

  private static ObjectNode compliance(ComplianceGap gap) {
    ObjectNode node = NODES.objectNode();
    id(node, "imposedBy", gap.imposedBy());
    node.put("requirement", gap.requirement());
    node.put("gap", gap.gap().value());
    return node;
  }

  private static ObjectNode performance(ServicePerformance performance) {
    ObjectNode node = NODES.objectNode();
    id(node, "service", performance.service());
    list(node, "utility", performance.utility(), DocumentWriter::utility);
    list(node, "warranty", performance.warranty(), DocumentWriter::warranty);
    return node;
  }

  private static ObjectNode utility(UtilityFeature feature) {
    ObjectNode node = NODES.objectNode();
    node.put("description", feature.description());
    node.put("effect", feature.effect().name());
    ids(node, "meets", feature.meets());
    return node;
  }

  private static ObjectNode warranty(WarrantyTarget target) {
    ObjectNode node = NODES.objectNode();
    node.set("agreed", warrantyLevel(target.agreed()));
    number(node, "measured", target.measured());
    return node;
  }

  private static ObjectNode warrantyLevel(WarrantyLevel level) {
    ObjectNode node = NODES.objectNode();
    code(node, "aspect", level.aspect());
    node.put("measure", level.measure());
    node.put("value", level.value());
    node.put("direction", level.direction().name());
    return node;
  }

  private static ObjectNode requirement(Requirement requirement) {
    ObjectNode node = NODES.objectNode();
    id(node, "id", requirement.id());
    node.put("name", requirement.name());
    id(node, "stakeholder", requirement.stakeholder());
    id(node, "service", requirement.service());
    requirement.warranty().ifPresent(level -> node.set("warranty", warrantyLevel(level)));
    return node;
  }

  private static ObjectNode engagement(org.covalue.value.alignment.Engagement engagement) {
    ObjectNode node = NODES.objectNode();
    id(node, "stakeholder", engagement.stakeholder());
    node.put("step", engagement.step().name());
    node.put("description", engagement.description());
    return node;
  }

  private static ObjectNode contribution(StepValueContribution contribution) {
    ObjectNode node = NODES.objectNode();
    id(node, "id", contribution.id());
    id(node, "journey", contribution.journey());
    node.put("step", contribution.step().name());
    node.put("perspective", contribution.perspective().name());
    node.put("dimension", contribution.dimension().name());
    node.put("added", contribution.added());
    node.put("removed", contribution.removed());
    if (!contribution.statements().isEmpty()) {
      ArrayNode statements = node.putArray("statements");
      contribution.statements().forEach(statements::add);
    }
    ids(node, "offsetBy", contribution.offsetBy());
    return node;
  }

  private static ObjectNode plan(ValueCoCreationPlan plan) {
    ObjectNode node = NODES.objectNode();
    id(node, "id", plan.id());
    node.put("name", plan.name());
    id(node, "journey", plan.journey());
    optionalId(node, "agreedAt", plan.agreedAt());
    list(node, "outcomes", plan.outcomes(), DocumentWriter::plannedOutcome);
    list(node, "uses", plan.uses(), DocumentWriter::plannedUse);
    return node;
  }

  private static ObjectNode plannedOutcome(PlannedOutcome planned) {
    ObjectNode node = NODES.objectNode();
    id(node, "outcome", planned.outcome());
    planned.measure().ifPresent(measure -> node.set("measure", outcomeMeasure(measure)));
    return node;
  }

  private static ObjectNode outcomeMeasure(OutcomeMeasure measure) {
    ObjectNode node = NODES.objectNode();
    node.put("measure", measure.measure());
    node.put("target", measure.target());
    node.put("direction", measure.direction().name());
    number(node, "measured", measure.measured());
    return node;
  }

  private static ObjectNode plannedUse(PlannedUse use) {
    ObjectNode node = NODES.objectNode();
    id(node, "service", use.service());
    node.put("measure", use.measure());
    node.put("planned", use.planned());
    number(node, "actual", use.actual());
    return node;
  }

  private static ObjectNode chain(ValueDriverChain chain) {
    ObjectNode node = NODES.objectNode();
    id(node, "id", chain.id());
    node.put("name", chain.name());
    list(node, "drivers", chain.drivers(), DocumentWriter::driver);
    list(node, "links", chain.links(), DocumentWriter::link);
    return node;
  }

  private static ObjectNode driver(ValueDriver driver) {
    ObjectNode node = NODES.objectNode();
    id(node, "id", driver.id());
    node.put("name", driver.name());
    node.put("layer", driver.layer().name());
    driver.performance().ifPresent(score -> node.put("performance", score.value()));
    return node;
  }

  private static ObjectNode link(ValueDriverLink link) {
    ObjectNode node = NODES.objectNode();
    id(node, "driver", link.driver());
    id(node, "driven", link.driven());
    node.put("weight", link.weight());
    return node;
  }

  // shared forms

  private static ObjectNode money(Money money) {
    ObjectNode node = NODES.objectNode();
    node.put("amount", money.amount().toPlainString());
    node.put("currency", money.currency());
    return node;
  }

  static ObjectNode typed(TypedId<?> id) {
    ObjectNode node = NODES.objectNode();
    node.put("kind", id.kind());
    node.put("id", id.value());
    return node;
  }

  private static void typedIds(ObjectNode node, String name, Collection<? extends TypedId<?>> ids) {
    if (!ids.isEmpty()) {
      ArrayNode array = node.putArray(name);
      ids.forEach(id -> array.add(typed(id)));
    }
  }

  private static void rating(ObjectNode node, String name, Rating rating) {
    if (rating instanceof Level level) {
      node.put(name, level.name());
    } else {
      node.put(name, ((Score) rating).value());
    }
  }

  private static void code(ObjectNode node, String name, OpenCode<?> code) {
    node.put(name, code.code());
  }

  private static void id(ObjectNode node, String name, TypedId<?> id) {
    node.put(name, id.value());
  }

  private static void optionalId(ObjectNode node, String name, Optional<? extends TypedId<?>> id) {
    id.ifPresent(value -> node.put(name, value.value()));
  }

  private static void ids(ObjectNode node, String name, Collection<? extends TypedId<?>> ids) {
    if (!ids.isEmpty()) {
      ArrayNode array = node.putArray(name);
      ids.forEach(id -> array.add(id.value()));
    }
  }

  private static void text(ObjectNode node, String name, Optional<String> text) {
    text.ifPresent(value -> node.put(name, value));
  }

  private static void number(ObjectNode node, String name, OptionalDouble number) {
    if (number.isPresent()) {
      node.put(name, number.getAsDouble());
    }
  }

  private static <T> void list(
      ObjectNode node, String name, List<T> values, Function<? super T, ObjectNode> form) {
    if (!values.isEmpty()) {
      ArrayNode array = node.putArray(name);
      for (T value : values) {
        array.add(form.apply(value));
      }
    }
  }
}
