package org.covalue.interchange.json;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.covalue.core.InvalidModelException;
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
import org.covalue.core.TypedId;
import org.covalue.core.Violation;
import org.covalue.core.Violations;
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
import org.covalue.core.party.PartyKind;
import org.covalue.core.party.RoleAssignment;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.covalue.core.stakeholder.CultivationTarget;
import org.covalue.core.stakeholder.SalienceAttributes;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderKind;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.journey.Channel;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.ServiceInteractionId;
import org.covalue.journey.StakeholderMapAtStep;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.TransitionDirection;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.ValueStreamId;
import org.covalue.journey.experience.ExperienceObservation;
import org.covalue.journey.experience.ExperiencePerceiver;
import org.covalue.journey.experience.ExperienceSource;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.observed.CaseId;
import org.covalue.journey.observed.JourneyEvent;
import org.covalue.journey.observed.ObservedJourney;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.covalue.value.ContributionId;
import org.covalue.value.CostId;
import org.covalue.value.MeasureDirection;
import org.covalue.value.Money;
import org.covalue.value.OutcomeId;
import org.covalue.value.OutputId;
import org.covalue.value.Perspective;
import org.covalue.value.RequirementId;
import org.covalue.value.RiskId;
import org.covalue.value.ValueCoCreationPlanId;
import org.covalue.value.ValueDimension;
import org.covalue.value.ValueDriverChainId;
import org.covalue.value.ValueDriverId;
import org.covalue.value.alignment.Engagement;
import org.covalue.value.alignment.TypeOfService;
import org.covalue.value.analysis.ValueValidator;
import org.covalue.value.contribution.StepValueContribution;
import org.covalue.value.cost.Cost;
import org.covalue.value.cost.CostSide;
import org.covalue.value.cost.ResourceUse;
import org.covalue.value.driver.ValueDriver;
import org.covalue.value.driver.ValueDriverChain;
import org.covalue.value.driver.ValueDriverLayer;
import org.covalue.value.driver.ValueDriverLink;
import org.covalue.value.model.ValueModel;
import org.covalue.value.outcome.Outcome;
import org.covalue.value.outcome.Output;
import org.covalue.value.outcome.OutputForm;
import org.covalue.value.performance.Requirement;
import org.covalue.value.performance.ServicePerformance;
import org.covalue.value.performance.UtilityEffect;
import org.covalue.value.performance.UtilityFeature;
import org.covalue.value.performance.WarrantyAspect;
import org.covalue.value.performance.WarrantyLevel;
import org.covalue.value.performance.WarrantyTarget;
import org.covalue.value.plan.OutcomeMeasure;
import org.covalue.value.plan.PlannedOutcome;
import org.covalue.value.plan.PlannedUse;
import org.covalue.value.plan.ValueCoCreationPlan;
import org.covalue.value.risk.ComplianceGap;
import org.covalue.value.risk.Risk;
import org.covalue.value.risk.RiskSource;
import org.covalue.visibility.Dependency;
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.EnvironmentElement;
import org.covalue.visibility.EnvironmentElementId;
import org.covalue.visibility.LineOfVisibility;
import org.covalue.visibility.Practice;
import org.covalue.visibility.PracticeId;
import org.covalue.visibility.Responsibility;
import org.covalue.visibility.ServiceActionDependency;
import org.covalue.visibility.analysis.VisibilityValidator;
import org.covalue.visibility.model.VisibilityModel;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads a document's JSON tree into the model, field by field, and collects every problem with its
 * JSON pointer instead of stopping at the first. A value whose fields have problems is not built;
 * its parents are not built either, so one problem is reported once.
 */
final class DocumentReader {

  /** The kinds of id a {@code {"kind", "id"}} object may name, and how to make each: no other. */
  private static final Map<String, Function<String, TypedId<?>>> KINDS = kinds();

  private final JsonNode root;
  private final Problems problems;

  private DocumentReader(JsonNode root, Problems problems) {
    this.root = root;
    this.problems = problems;
  }

  /** A reader of one JSON value into a model value; null when it reported a problem. */
  @FunctionalInterface
  private interface Read<T> {
    @Nullable T read(JsonNode node, String at);
  }

  static CovalueDocument read(JsonNode root, boolean validate, int maxProblems) {
    Problems problems = new Problems(maxProblems);
    DocumentReader reader = new DocumentReader(root, problems);
    CovalueDocument document = reader.document(validate);
    problems.throwIfAny();
    if (document == null) {
      throw new IllegalStateException("A document that was not read must have a problem");
    }
    return document;
  }

  private @Nullable CovalueDocument document(boolean validate) {
    if (!root.isObject()) {
      problems.add("", "A covalue document must be a JSON object, but was " + type(root));
      return null;
    }
    JsonNode format = root.get("covalueFormat");
    if (format == null) {
      problems.add(
          "/covalueFormat",
          "A covalue document must name its format: \"covalueFormat\": " + CovalueJson.FORMAT);
      return null;
    }
    if (!format.isIntegralNumber() || !format.canConvertToInt()) {
      problems.add(
          "/covalueFormat",
          "covalueFormat must be the integer " + CovalueJson.FORMAT + ", but was " + type(format),
          format);
      return null;
    }
    if (format.intValue() != CovalueJson.FORMAT) {
      problems.add(
          "/covalueFormat",
          "Unknown covalueFormat "
              + format.intValue()
              + ": this reader knows format "
              + CovalueJson.FORMAT
              + " only",
          format.intValue());
      return null;
    }
    Obj top = new Obj(root, "");
    top.used("covalueFormat");
    CoreModel core = top.part("core", this::core);
    JourneyModel.Builder journey = JourneyModel.builder();
    VisibilityModel.Builder visibility = VisibilityModel.builder();
    ValueModel.Builder value = ValueModel.builder();
    top.part("journey", (node, at) -> journeyParts(node, at, journey));
    top.part("visibility", (node, at) -> visibilityParts(node, at, visibility));
    top.part("value", (node, at) -> valueParts(node, at, value));
    top.checkUnknown();
    if (problems.count() > 0) {
      return null;
    }
    CovalueDocument document =
        attempt(
            "",
            () -> {
              JourneyModel journeyModel = journey.core(requireRead(core)).build();
              return CovalueDocument.of(
                  visibility.journey(journeyModel).build(), value.journey(journeyModel).build());
            });
    if (document != null && validate) {
      validate(document);
    }
    return document;
  }

  private static <T> T requireRead(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("A part that was not read must have a problem");
    }
    return value;
  }

  private void validate(CovalueDocument document) {
    for (Violation violation : VisibilityValidator.validate(document.visibility())) {
      String path = violation.path();
      if (path.startsWith("journey.core.") || path.equals("journey.core")) {
        report("/core", path.substring("journey.core".length()), violation);
      } else if (path.startsWith("journey.") || path.equals("journey")) {
        report("/journey", path.substring("journey".length()), violation);
      } else {
        report("/visibility", path, violation);
      }
    }
    for (Violation violation : ValueValidator.validate(document.value())) {
      String path = violation.path();
      if (!path.startsWith("journey.") && !path.equals("journey")) {
        report("/value", path, violation);
      }
    }
  }

  private void report(String partPointer, String path, Violation violation) {
    JsonNode base = root.path(partPointer.substring(1));
    problems.add(
        Pointers.resolve(base, partPointer, path),
        violation.message(),
        violation.rejectedValue().orElse(null));
  }

  // parts

  private @Nullable CoreModel core(JsonNode node, String at) {
    Obj o = obj(node, at, "The core model");
    if (o == null) {
      return null;
    }
    CoreModel.Builder b = CoreModel.builder();
    o.list("parties", this::party, b::parties);
    o.list("stakeholders", this::stakeholder, b::stakeholders);
    o.list("roleAssignments", this::roleAssignment, b::roleAssignments);
    o.list("coordinations", this::coordination, b::coordinations);
    o.list("relationships", this::relationship, b::relationships);
    o.list("resources", this::resource, b::resources);
    o.list("products", this::product, b::products);
    o.list("services", this::service, b::services);
    o.list("offerings", this::offering, b::offerings);
    return o.build(b::build);
  }

  private @Nullable Boolean journeyParts(JsonNode node, String at, JourneyModel.Builder b) {
    Obj o = obj(node, at, "The journey model");
    if (o == null) {
      return null;
    }
    o.list("valueStreams", this::valueStream, b::valueStreams);
    o.list("journeys", this::customerJourney, b::journeys);
    o.list("observedJourneys", this::observedJourney, b::observedJourneys);
    o.list("experiences", this::experience, b::experiences);
    return o.build(() -> Boolean.TRUE);
  }

  private @Nullable Boolean visibilityParts(JsonNode node, String at, VisibilityModel.Builder b) {
    Obj o = obj(node, at, "The visibility model");
    if (o == null) {
      return null;
    }
    o.list("environmentElements", this::environmentElement, b::environmentElements);
    o.list("practices", this::practice, b::practices);
    o.list("lines", this::line, b::lines);
    o.list("dependencies", this::dependency, b::dependencies);
    o.list(
        "serviceActionDependencies", this::serviceActionDependency, b::serviceActionDependencies);
    o.list("responsibilities", this::responsibility, b::responsibilities);
    return o.build(() -> Boolean.TRUE);
  }

  private @Nullable Boolean valueParts(JsonNode node, String at, ValueModel.Builder b) {
    Obj o = obj(node, at, "The value model");
    if (o == null) {
      return null;
    }
    o.list("outputs", this::output, b::outputs);
    o.list("outcomes", this::outcome, b::outcomes);
    o.list("costs", this::cost, b::costs);
    o.list("risks", this::risk, b::risks);
    o.list("performances", this::performance, b::performances);
    o.list("requirements", this::requirement, b::requirements);
    o.map(
        "offeringTypes",
        key -> ServiceOfferingId.of(key),
        enumOf(TypeOfService.class),
        b::offeringTypes);
    o.list("engagements", this::engagement, b::engagements);
    o.list("contributions", this::contribution, b::contributions);
    o.list("plans", this::plan, b::plans);
    o.list("driverChains", this::chain, b::driverChains);
    return o.build(() -> Boolean.TRUE);
  }

  // core

  private @Nullable Party party(JsonNode node, String at) {
    Obj o = obj(node, at, "A party");
    if (o == null) {
      return null;
    }
    Party.Builder b = Party.builder();
    o.req("id", id(PartyId::of), b::id);
    o.req("name", this::string, b::name);
    o.req("kind", enumOf(PartyKind.class), b::kind);
    o.opt("memberOf", id(PartyId::of), b::memberOf);
    o.opt(
        "preferredRelationshipType",
        enumOf(ServiceRelationshipType.class),
        b::preferredRelationshipType);
    return o.build(b::build);
  }

  private @Nullable Stakeholder stakeholder(JsonNode node, String at) {
    Obj o = obj(node, at, "A stakeholder");
    if (o == null) {
      return null;
    }
    Stakeholder.Builder b = Stakeholder.builder();
    o.req("id", id(StakeholderId::of), b::id);
    o.req("name", this::string, b::name);
    o.req("kind", code(StakeholderKind::of), b::kind);
    o.req("influence", this::rating, (Rating r) -> b.influence(r));
    o.req("interest", this::rating, (Rating r) -> b.interest(r));
    o.opt("salience", this::salience, b::salience);
    o.opt("party", id(PartyId::of), b::party);
    return o.build(b::build);
  }

  private @Nullable SalienceAttributes salience(JsonNode node, String at) {
    Obj o = obj(node, at, "Salience attributes");
    if (o == null) {
      return null;
    }
    Slot<Rating> power = new Slot<>();
    Slot<Rating> legitimacy = new Slot<>();
    Slot<Rating> urgency = new Slot<>();
    o.req("power", this::rating, power);
    o.req("legitimacy", this::rating, legitimacy);
    o.req("urgency", this::rating, urgency);
    return o.build(() -> SalienceAttributes.of(power.get(), legitimacy.get(), urgency.get()));
  }

  private @Nullable RoleAssignment roleAssignment(JsonNode node, String at) {
    Obj o = obj(node, at, "A role assignment");
    if (o == null) {
      return null;
    }
    Slot<PartyId> party = new Slot<>();
    Slot<ConsumerRole> role = new Slot<>();
    Slot<PartyId> organization = new Slot<>();
    o.req("party", id(PartyId::of), party);
    o.req("role", enumOf(ConsumerRole.class), role);
    o.req("consumerOrganization", id(PartyId::of), organization);
    return o.build(() -> RoleAssignment.of(party.get(), role.get(), organization.get()));
  }

  private @Nullable Coordination coordination(JsonNode node, String at) {
    Obj o = obj(node, at, "A coordination");
    if (o == null) {
      return null;
    }
    Coordination.Builder b = Coordination.builder();
    o.req("consumerOrganization", id(PartyId::of), b::consumerOrganization);
    o.set("parties", id(PartyId::of), b::parties);
    o.req("means", this::string, b::means);
    return o.build(b::build);
  }

  private @Nullable ServiceRelationship relationship(JsonNode node, String at) {
    Obj o = obj(node, at, "A service relationship");
    if (o == null) {
      return null;
    }
    ServiceRelationship.Builder b = ServiceRelationship.builder();
    o.req("id", id(ServiceRelationshipId::of), b::id);
    o.req("provider", id(PartyId::of), b::provider);
    o.req("consumer", id(PartyId::of), b::consumer);
    o.req("type", enumOf(ServiceRelationshipType.class), b::type);
    o.set("offerings", id(ServiceOfferingId::of), b::offerings);
    o.map("descriptors", key -> key, this::string, b::descriptors);
    o.opt("description", this::string, b::description);
    return o.build(b::build);
  }

  private @Nullable Resource resource(JsonNode node, String at) {
    Obj o = obj(node, at, "A resource");
    if (o == null) {
      return null;
    }
    Resource.Builder b = Resource.builder();
    o.req("id", id(ResourceId::of), b::id);
    o.req("name", this::string, b::name);
    o.opt("owner", id(PartyId::of), b::owner);
    return o.build(b::build);
  }

  private @Nullable Product product(JsonNode node, String at) {
    Obj o = obj(node, at, "A product");
    if (o == null) {
      return null;
    }
    Product.Builder b = Product.builder();
    o.req("id", id(ProductId::of), b::id);
    o.req("name", this::string, b::name);
    o.req("provider", id(PartyId::of), b::provider);
    o.set("resources", id(ResourceId::of), b::resources);
    o.set("components", id(ProductId::of), b::components);
    o.set("usedServices", id(ServiceId::of), b::usedServices);
    return o.build(b::build);
  }

  private @Nullable Service service(JsonNode node, String at) {
    Obj o = obj(node, at, "A service");
    if (o == null) {
      return null;
    }
    Service.Builder b = Service.builder();
    o.req("id", id(ServiceId::of), b::id);
    o.req("name", this::string, b::name);
    o.opt("description", this::string, b::description);
    o.set("products", id(ProductId::of), b::products);
    o.opt("agreement", this::agreement, b::agreement);
    return o.build(b::build);
  }

  private @Nullable ServiceAgreement agreement(JsonNode node, String at) {
    Obj o = obj(node, at, "A service agreement");
    if (o == null) {
      return null;
    }
    ServiceAgreement.Builder b = ServiceAgreement.builder();
    o.req("scope", this::string, b::scope);
    o.req("agreedOn", this::date, b::agreedOn);
    o.set("parties", id(PartyId::of), b::parties);
    return o.build(b::build);
  }

  private @Nullable ServiceOffering offering(JsonNode node, String at) {
    Obj o = obj(node, at, "A service offering");
    if (o == null) {
      return null;
    }
    ServiceOffering.Builder b = ServiceOffering.builder();
    o.req("id", id(ServiceOfferingId::of), b::id);
    o.req("name", this::string, b::name);
    o.req("provider", id(PartyId::of), b::provider);
    o.req("targetConsumerGroup", this::string, b::targetConsumerGroup);
    o.set("services", id(ServiceId::of), b::services);
    o.list("goods", this::goods, b::goods);
    o.list("resourceAccesses", this::resourceAccess, b::resourceAccesses);
    o.list("serviceActions", this::serviceAction, b::serviceActions);
    return o.build(b::build);
  }

  private @Nullable Goods goods(JsonNode node, String at) {
    Obj o = obj(node, at, "Goods");
    if (o == null) {
      return null;
    }
    Slot<String> name = new Slot<>();
    Slot<ProductId> product = new Slot<>();
    o.req("name", this::string, name);
    o.opt("product", id(ProductId::of), product);
    return o.build(
        () -> product.isSet() ? Goods.of(name.get(), product.get()) : Goods.of(name.get()));
  }

  private @Nullable ResourceAccess resourceAccess(JsonNode node, String at) {
    Obj o = obj(node, at, "An access to resources");
    if (o == null) {
      return null;
    }
    Slot<String> name = new Slot<>();
    Slot<ResourceId> resource = new Slot<>();
    o.req("name", this::string, name);
    o.req("resource", id(ResourceId::of), resource);
    return o.build(() -> ResourceAccess.of(name.get(), resource.get()));
  }

  private @Nullable ServiceAction serviceAction(JsonNode node, String at) {
    Obj o = obj(node, at, "A service action");
    if (o == null) {
      return null;
    }
    Slot<String> name = new Slot<>();
    Slot<ServiceActionPerformer> performer = new Slot<>();
    o.req("name", this::string, name);
    o.req("performedBy", enumOf(ServiceActionPerformer.class), performer);
    return o.build(() -> ServiceAction.of(name.get(), performer.get()));
  }

  // journey

  private @Nullable ValueStream valueStream(JsonNode node, String at) {
    Obj o = obj(node, at, "A value stream");
    if (o == null) {
      return null;
    }
    ValueStream.Builder b = ValueStream.builder();
    o.req("id", id(ValueStreamId::of), b::id);
    o.req("name", this::string, b::name);
    o.req("owner", id(PartyId::of), b::owner);
    o.list("activities", this::activity, b::activities);
    return o.build(b::build);
  }

  private @Nullable ValueStreamActivity activity(JsonNode node, String at) {
    Obj o = obj(node, at, "A value stream activity");
    if (o == null) {
      return null;
    }
    Slot<ValueStreamActivityId> id = new Slot<>();
    Slot<String> name = new Slot<>();
    Slot<Boolean> visible = new Slot<>();
    o.req("id", id(ValueStreamActivityId::of), id);
    o.req("name", this::string, name);
    o.req("isVisibleToOtherParties", this::bool, visible);
    return o.build(
        () ->
            visible.get()
                ? ValueStreamActivity.visible(id.get(), name.get())
                : ValueStreamActivity.hidden(id.get(), name.get()));
  }

  private @Nullable CustomerJourney customerJourney(JsonNode node, String at) {
    Obj o = obj(node, at, "A customer journey");
    if (o == null) {
      return null;
    }
    CustomerJourney.Builder b = CustomerJourney.builder();
    o.req("id", id(JourneyId::of), b::id);
    o.req("name", this::string, b::name);
    o.req("consumer", id(PartyId::of), b::consumer);
    o.set("providers", id(PartyId::of), b::providers);
    o.req("persona", enumOf(ConsumerRole.class), b::persona);
    o.opt("scenario", this::string, b::scenario);
    o.list("touchpoints", this::touchpoint, b::touchpoints);
    o.list("interactions", this::interaction, b::interactions);
    o.set("valueStreams", id(ValueStreamId::of), b::valueStreams);
    o.set("directPartOf", id(ValueStreamId::of), b::directPartOf);
    o.set("services", id(ServiceId::of), b::services);
    o.list("stakeholderMaps", this::mapAtStep, b::stakeholderMaps);
    return o.build(b::build);
  }

  private @Nullable Touchpoint touchpoint(JsonNode node, String at) {
    Obj o = obj(node, at, "A touchpoint");
    if (o == null) {
      return null;
    }
    Touchpoint.Builder b = Touchpoint.builder();
    o.req("id", id(TouchpointId::of), b::id);
    o.req("name", this::string, b::name);
    o.req("step", enumOf(CustomerJourneyStep.class), b::step);
    o.req("channel", code(Channel::of), b::channel);
    o.set("parties", id(PartyId::of), b::parties);
    o.set("activities", id(ValueStreamActivityId::of), b::activities);
    o.opt("transition", enumOf(TransitionDirection.class), b::transition);
    o.opt("description", this::string, b::description);
    return o.build(b::build);
  }

  private @Nullable ServiceInteraction interaction(JsonNode node, String at) {
    Obj o = obj(node, at, "A service interaction");
    if (o == null) {
      return null;
    }
    ServiceInteraction.Builder b = ServiceInteraction.builder();
    o.req("id", id(ServiceInteractionId::of), b::id);
    o.req("name", this::string, b::name);
    o.req("step", enumOf(CustomerJourneyStep.class), b::step);
    o.req("channel", code(Channel::of), b::channel);
    o.req("provider", id(PartyId::of), b::provider);
    o.req("consumer", id(PartyId::of), b::consumer);
    o.opt("touchpoint", id(TouchpointId::of), b::touchpoint);
    o.set("activities", id(ValueStreamActivityId::of), b::activities);
    o.opt("valueCoCreated", this::string, b::valueCoCreated);
    return o.build(b::build);
  }

  private @Nullable StakeholderMapAtStep mapAtStep(JsonNode node, String at) {
    Obj o = obj(node, at, "A stakeholder map at a step");
    if (o == null) {
      return null;
    }
    Slot<CustomerJourneyStep> step = new Slot<>();
    Slot<StakeholderMap> map = new Slot<>();
    o.req("step", enumOf(CustomerJourneyStep.class), step);
    o.req("map", this::stakeholderMap, map);
    return o.build(() -> StakeholderMapAtStep.of(step.get(), map.get()));
  }

  private @Nullable StakeholderMap stakeholderMap(JsonNode node, String at) {
    Obj o = obj(node, at, "A stakeholder map");
    if (o == null) {
      return null;
    }
    StakeholderMap.Builder b = StakeholderMap.builder();
    o.opt("asOf", this::date, b::asOf);
    o.opt("label", this::string, b::label);
    o.list("stakeholders", this::stakeholder, b::stakeholders);
    o.list("targets", this::target, b::targets);
    return o.build(b::build);
  }

  private @Nullable CultivationTarget target(JsonNode node, String at) {
    Obj o = obj(node, at, "A cultivation target");
    if (o == null) {
      return null;
    }
    Slot<StakeholderId> stakeholder = new Slot<>();
    Slot<Rating> influence = new Slot<>();
    Slot<Rating> interest = new Slot<>();
    o.req("stakeholder", id(StakeholderId::of), stakeholder);
    o.req("influence", this::rating, influence);
    o.req("interest", this::rating, interest);
    return o.build(() -> CultivationTarget.of(stakeholder.get(), influence.get(), interest.get()));
  }

  private @Nullable ObservedJourney observedJourney(JsonNode node, String at) {
    Obj o = obj(node, at, "An observed journey");
    if (o == null) {
      return null;
    }
    Slot<CaseId> caseId = new Slot<>();
    Slot<List<JourneyEvent>> events = new Slot<>();
    events.accept(List.of());
    o.req("caseId", id(CaseId::of), caseId);
    o.list("events", this::event, events);
    return o.build(() -> ObservedJourney.of(caseId.get(), events.get()));
  }

  private @Nullable JourneyEvent event(JsonNode node, String at) {
    Obj o = obj(node, at, "A journey event");
    if (o == null) {
      return null;
    }
    Slot<TouchpointId> touchpoint = new Slot<>();
    Slot<CustomerJourneyStep> step = new Slot<>();
    Slot<Instant> when = new Slot<>();
    o.req("touchpoint", id(TouchpointId::of), touchpoint);
    o.req("step", enumOf(CustomerJourneyStep.class), step);
    o.req("at", this::instant, when);
    return o.build(() -> JourneyEvent.of(touchpoint.get(), step.get(), when.get()));
  }

  private @Nullable ExperienceObservation experience(JsonNode node, String at) {
    Obj o = obj(node, at, "An experience observation");
    if (o == null) {
      return null;
    }
    ExperienceObservation.Builder b = ExperienceObservation.builder();
    o.req("perceiver", enumOf(ExperiencePerceiver.class), b::perceiver);
    o.req("source", code(ExperienceSource::of), b::source);
    o.opt("functional", this::score, (Score s) -> b.functional(s));
    o.opt("emotional", this::score, (Score s) -> b.emotional(s));
    o.opt("journey", id(JourneyId::of), b::journey);
    o.opt("step", enumOf(CustomerJourneyStep.class), b::step);
    o.opt("touchpoint", id(TouchpointId::of), b::touchpoint);
    o.opt("note", this::string, b::note);
    return o.build(b::build);
  }

  // visibility

  private @Nullable EnvironmentElement environmentElement(JsonNode node, String at) {
    Obj o = obj(node, at, "An environment element");
    if (o == null) {
      return null;
    }
    EnvironmentElement.Builder b = EnvironmentElement.builder();
    o.req("id", id(EnvironmentElementId::of), b::id);
    o.req("name", this::string, b::name);
    o.opt("owner", id(PartyId::of), b::owner);
    o.opt("description", this::string, b::description);
    return o.build(b::build);
  }

  private @Nullable Practice practice(JsonNode node, String at) {
    Obj o = obj(node, at, "A practice");
    if (o == null) {
      return null;
    }
    Slot<PracticeId> id = new Slot<>();
    Slot<String> name = new Slot<>();
    Slot<PartyId> owner = new Slot<>();
    o.req("id", id(PracticeId::of), id);
    o.req("name", this::string, name);
    o.req("owner", id(PartyId::of), owner);
    return o.build(() -> Practice.of(id.get(), name.get(), owner.get()));
  }

  private @Nullable LineOfVisibility line(JsonNode node, String at) {
    Obj o = obj(node, at, "A line of visibility");
    if (o == null) {
      return null;
    }
    LineOfVisibility.Builder b = LineOfVisibility.builder();
    o.req("party", id(PartyId::of), b::party);
    o.opt("targetConsumerGroup", this::string, b::targetConsumerGroup);
    o.set("shown", this::typedId, b::shown);
    o.set("hidden", this::typedId, b::hidden);
    return o.build(b::build);
  }

  private @Nullable Dependency dependency(JsonNode node, String at) {
    Obj o = obj(node, at, "A dependency");
    if (o == null) {
      return null;
    }
    Slot<ElementRef> dependent = new Slot<>();
    Slot<TypedId<?>> dependsOn = new Slot<>();
    o.req("dependent", this::elementRef, dependent);
    o.req("dependsOn", this::typedId, dependsOn);
    return o.build(() -> Dependency.of(dependent.get(), dependsOn.get()));
  }

  private @Nullable ServiceActionDependency serviceActionDependency(JsonNode node, String at) {
    Obj o = obj(node, at, "A service action dependency");
    if (o == null) {
      return null;
    }
    Slot<ServiceOfferingId> offering = new Slot<>();
    Slot<String> action = new Slot<>();
    Slot<TypedId<?>> dependsOn = new Slot<>();
    o.req("offering", id(ServiceOfferingId::of), offering);
    o.req("action", this::string, action);
    o.req("dependsOn", this::typedId, dependsOn);
    return o.build(() -> ServiceActionDependency.of(offering.get(), action.get(), dependsOn.get()));
  }

  private @Nullable Responsibility responsibility(JsonNode node, String at) {
    Obj o = obj(node, at, "A responsibility");
    if (o == null) {
      return null;
    }
    Slot<ElementRef> element = new Slot<>();
    Slot<TypedId<?>> holder = new Slot<>();
    o.req("element", this::elementRef, element);
    o.req("holder", this::typedId, holder);
    return o.build(() -> Responsibility.of(element.get(), holder.get()));
  }

  private @Nullable ElementRef elementRef(JsonNode node, String at) {
    Obj o = obj(node, at, "An element reference");
    if (o == null) {
      return null;
    }
    TypedId<?> id = typedIdFields(o);
    Slot<JourneyId> journey = new Slot<>();
    o.opt("journey", id(JourneyId::of), journey);
    return o.build(
        () -> {
          TypedId<?> element = requireRead(id);
          if (!journey.isSet()) {
            return ElementRef.of(element);
          }
          if (element instanceof TouchpointId touchpoint) {
            return ElementRef.of(journey.get(), touchpoint);
          }
          if (element instanceof ServiceInteractionId interaction) {
            return ElementRef.of(journey.get(), interaction);
          }
          throw InvalidModelException.of(
              "journey",
              "An element reference names a journey only for a touchpoint or a service"
                  + " interaction, but its element is a "
                  + element.kind(),
              element);
        });
  }

  // value

  private @Nullable Output output(JsonNode node, String at) {
    Obj o = obj(node, at, "An output");
    if (o == null) {
      return null;
    }
    Output.Builder b = Output.builder();
    o.req("id", id(OutputId::of), b::id);
    o.req("name", this::string, b::name);
    o.req("service", id(ServiceId::of), b::service);
    o.req("form", enumOf(OutputForm.class), b::form);
    o.opt("activity", id(ValueStreamActivityId::of), b::activity);
    o.opt("description", this::string, b::description);
    return o.build(b::build);
  }

  private @Nullable Outcome outcome(JsonNode node, String at) {
    Obj o = obj(node, at, "An outcome");
    if (o == null) {
      return null;
    }
    Outcome.Builder b = Outcome.builder();
    o.req("id", id(OutcomeId::of), b::id);
    o.req("name", this::string, b::name);
    o.req("stakeholder", id(StakeholderId::of), b::stakeholder);
    o.set("enabledBy", id(OutputId::of), b::enabledBy);
    o.req("worth", this::money, b::worth);
    o.opt("description", this::string, b::description);
    return o.build(b::build);
  }

  private @Nullable Cost cost(JsonNode node, String at) {
    Obj o = obj(node, at, "A cost");
    if (o == null) {
      return null;
    }
    Cost.Builder b = Cost.builder();
    o.req("id", id(CostId::of), b::id);
    o.req("name", this::string, b::name);
    o.req("service", id(ServiceId::of), b::service);
    o.req("bearer", id(StakeholderId::of), b::bearer);
    o.req("side", enumOf(CostSide.class), b::side);
    o.opt("money", this::money, b::money);
    o.opt("time", this::duration, b::time);
    o.list("resources", this::resourceUse, b::resources);
    o.opt("step", enumOf(CustomerJourneyStep.class), b::step);
    return o.build(b::build);
  }

  private @Nullable ResourceUse resourceUse(JsonNode node, String at) {
    Obj o = obj(node, at, "A use of resources");
    if (o == null) {
      return null;
    }
    ResourceUse.Builder b = ResourceUse.builder();
    o.req("description", this::string, b::description);
    o.opt("resource", id(ResourceId::of), b::resource);
    o.opt("value", this::money, b::value);
    return o.build(b::build);
  }

  private @Nullable Risk risk(JsonNode node, String at) {
    Obj o = obj(node, at, "A risk");
    if (o == null) {
      return null;
    }
    Risk.Builder b = Risk.builder();
    o.req("id", id(RiskId::of), b::id);
    o.req("name", this::string, b::name);
    o.req("service", id(ServiceId::of), b::service);
    o.req("bearer", id(StakeholderId::of), b::bearer);
    o.req("threat", this::score, (Score s) -> b.threat(s));
    o.req("vulnerability", this::score, (Score s) -> b.vulnerability(s));
    o.req("impact", this::money, b::impact);
    o.opt("compliance", this::compliance, b::compliance);
    o.opt("source", enumOf(RiskSource.class), b::source);
    o.set("affects", id(OutcomeId::of), b::affects);
    return o.build(b::build);
  }

  private @Nullable ComplianceGap compliance(JsonNode node, String at) {
    Obj o = obj(node, at, "A compliance gap");
    if (o == null) {
      return null;
    }
    Slot<StakeholderId> imposedBy = new Slot<>();
    Slot<String> requirement = new Slot<>();
    Slot<Score> gap = new Slot<>();
    o.req("imposedBy", id(StakeholderId::of), imposedBy);
    o.req("requirement", this::string, requirement);
    o.req("gap", this::score, gap);
    return o.build(() -> ComplianceGap.of(imposedBy.get(), requirement.get(), gap.get()));
  }

  private @Nullable ServicePerformance performance(JsonNode node, String at) {
    Obj o = obj(node, at, "A service performance");
    if (o == null) {
      return null;
    }
    ServicePerformance.Builder b = ServicePerformance.builder();
    o.req("service", id(ServiceId::of), b::service);
    o.list("utility", this::utility, b::utility);
    o.list("warranty", this::warranty, b::warranty);
    return o.build(b::build);
  }

  private @Nullable UtilityFeature utility(JsonNode node, String at) {
    Obj o = obj(node, at, "A utility feature");
    if (o == null) {
      return null;
    }
    UtilityFeature.Builder b = UtilityFeature.builder();
    o.req("description", this::string, b::description);
    o.req("effect", enumOf(UtilityEffect.class), b::effect);
    o.set("meets", id(RequirementId::of), b::meets);
    return o.build(b::build);
  }

  private @Nullable WarrantyTarget warranty(JsonNode node, String at) {
    Obj o = obj(node, at, "A warranty target");
    if (o == null) {
      return null;
    }
    WarrantyTarget.Builder b = WarrantyTarget.builder();
    o.req("agreed", this::warrantyLevel, b::agreed);
    o.opt("measured", this::number, (Double d) -> b.measured(d));
    return o.build(b::build);
  }

  private @Nullable WarrantyLevel warrantyLevel(JsonNode node, String at) {
    Obj o = obj(node, at, "A warranty level");
    if (o == null) {
      return null;
    }
    Slot<WarrantyAspect> aspect = new Slot<>();
    Slot<String> measure = new Slot<>();
    Slot<Double> value = new Slot<>();
    Slot<MeasureDirection> direction = new Slot<>();
    o.req("aspect", code(WarrantyAspect::of), aspect);
    o.req("measure", this::string, measure);
    o.req("value", this::number, value);
    o.req("direction", enumOf(MeasureDirection.class), direction);
    return o.build(
        () -> WarrantyLevel.of(aspect.get(), measure.get(), value.get(), direction.get()));
  }

  private @Nullable Requirement requirement(JsonNode node, String at) {
    Obj o = obj(node, at, "A requirement");
    if (o == null) {
      return null;
    }
    Requirement.Builder b = Requirement.builder();
    o.req("id", id(RequirementId::of), b::id);
    o.req("name", this::string, b::name);
    o.req("stakeholder", id(StakeholderId::of), b::stakeholder);
    o.req("service", id(ServiceId::of), b::service);
    o.opt("warranty", this::warrantyLevel, b::warranty);
    return o.build(b::build);
  }

  private @Nullable Engagement engagement(JsonNode node, String at) {
    Obj o = obj(node, at, "An engagement");
    if (o == null) {
      return null;
    }
    Slot<StakeholderId> stakeholder = new Slot<>();
    Slot<CustomerJourneyStep> step = new Slot<>();
    Slot<String> description = new Slot<>();
    o.req("stakeholder", id(StakeholderId::of), stakeholder);
    o.req("step", enumOf(CustomerJourneyStep.class), step);
    o.req("description", this::string, description);
    return o.build(() -> Engagement.of(stakeholder.get(), step.get(), description.get()));
  }

  private @Nullable StepValueContribution contribution(JsonNode node, String at) {
    Obj o = obj(node, at, "A step value contribution");
    if (o == null) {
      return null;
    }
    StepValueContribution.Builder b = StepValueContribution.builder();
    o.req("id", id(ContributionId::of), b::id);
    o.req("journey", id(JourneyId::of), b::journey);
    o.req("step", enumOf(CustomerJourneyStep.class), b::step);
    o.req("perspective", enumOf(Perspective.class), b::perspective);
    o.req("dimension", enumOf(ValueDimension.class), b::dimension);
    o.req("added", this::number, (Double d) -> b.added(d));
    o.req("removed", this::number, (Double d) -> b.removed(d));
    o.list("statements", this::string, b::statements);
    o.set("offsetBy", id(ContributionId::of), b::offsetBy);
    return o.build(b::build);
  }

  private @Nullable ValueCoCreationPlan plan(JsonNode node, String at) {
    Obj o = obj(node, at, "A value co-creation plan");
    if (o == null) {
      return null;
    }
    ValueCoCreationPlan.Builder b = ValueCoCreationPlan.builder();
    o.req("id", id(ValueCoCreationPlanId::of), b::id);
    o.req("name", this::string, b::name);
    o.req("journey", id(JourneyId::of), b::journey);
    o.opt("agreedAt", id(TouchpointId::of), b::agreedAt);
    o.list("outcomes", this::plannedOutcome, b::outcomes);
    o.list("uses", this::plannedUse, b::uses);
    return o.build(b::build);
  }

  private @Nullable PlannedOutcome plannedOutcome(JsonNode node, String at) {
    Obj o = obj(node, at, "A planned outcome");
    if (o == null) {
      return null;
    }
    Slot<OutcomeId> outcome = new Slot<>();
    Slot<OutcomeMeasure> measure = new Slot<>();
    o.req("outcome", id(OutcomeId::of), outcome);
    o.opt("measure", this::outcomeMeasure, measure);
    return o.build(
        () ->
            measure.isSet()
                ? PlannedOutcome.of(outcome.get(), measure.get())
                : PlannedOutcome.of(outcome.get()));
  }

  private @Nullable OutcomeMeasure outcomeMeasure(JsonNode node, String at) {
    Obj o = obj(node, at, "An outcome measure");
    if (o == null) {
      return null;
    }
    OutcomeMeasure.Builder b = OutcomeMeasure.builder();
    o.req("measure", this::string, b::measure);
    o.req("target", this::number, (Double d) -> b.target(d));
    o.req("direction", enumOf(MeasureDirection.class), b::direction);
    o.opt("measured", this::number, (Double d) -> b.measured(d));
    return o.build(b::build);
  }

  private @Nullable PlannedUse plannedUse(JsonNode node, String at) {
    Obj o = obj(node, at, "A planned use");
    if (o == null) {
      return null;
    }
    PlannedUse.Builder b = PlannedUse.builder();
    o.req("service", id(ServiceId::of), b::service);
    o.req("measure", this::string, b::measure);
    o.req("planned", this::number, (Double d) -> b.planned(d));
    o.opt("actual", this::number, (Double d) -> b.actual(d));
    return o.build(b::build);
  }

  private @Nullable ValueDriverChain chain(JsonNode node, String at) {
    Obj o = obj(node, at, "A value-driver chain");
    if (o == null) {
      return null;
    }
    ValueDriverChain.Builder b = ValueDriverChain.builder();
    o.req("id", id(ValueDriverChainId::of), b::id);
    o.req("name", this::string, b::name);
    o.list("drivers", this::driver, b::drivers);
    o.list("links", this::link, b::links);
    return o.build(b::build);
  }

  private @Nullable ValueDriver driver(JsonNode node, String at) {
    Obj o = obj(node, at, "A value driver");
    if (o == null) {
      return null;
    }
    ValueDriver.Builder b = ValueDriver.builder();
    o.req("id", id(ValueDriverId::of), b::id);
    o.req("name", this::string, b::name);
    o.req("layer", enumOf(ValueDriverLayer.class), b::layer);
    o.opt("performance", this::score, (Score s) -> b.performance(s));
    return o.build(b::build);
  }

  private @Nullable ValueDriverLink link(JsonNode node, String at) {
    Obj o = obj(node, at, "A value-driver link");
    if (o == null) {
      return null;
    }
    Slot<ValueDriverId> driver = new Slot<>();
    Slot<ValueDriverId> driven = new Slot<>();
    Slot<Double> weight = new Slot<>();
    o.req("driver", id(ValueDriverId::of), driver);
    o.req("driven", id(ValueDriverId::of), driven);
    o.req("weight", this::number, weight);
    return o.build(() -> ValueDriverLink.of(driver.get(), driven.get(), weight.get()));
  }

  // shared forms

  private @Nullable Money money(JsonNode node, String at) {
    Obj o = obj(node, at, "An amount of money");
    if (o == null) {
      return null;
    }
    String[] parts = new String[2];
    o.req(
        "amount",
        (value, where) -> {
          if (!value.isString()) {
            problems.add(
                where,
                "amount must be a string of decimal digits such as \"12.50\", but was "
                    + type(value),
                value);
            return null;
          }
          return value.stringValue();
        },
        (String amount) -> parts[0] = amount);
    o.req("currency", this::string, (String currency) -> parts[1] = currency);
    return o.build(() -> Money.of(parts[0], parts[1]));
  }

  private @Nullable TypedId<?> typedId(JsonNode node, String at) {
    Obj o = obj(node, at, "A typed id");
    if (o == null) {
      return null;
    }
    TypedId<?> id = typedIdFields(o);
    return o.build(() -> requireRead(id));
  }

  private @Nullable TypedId<?> typedIdFields(Obj o) {
    String[] kind = new String[1];
    o.req(
        "kind",
        (value, where) -> {
          String text = string(value, where);
          if (text != null && !KINDS.containsKey(text)) {
            problems.add(
                where,
                "kind must be one of "
                    + String.join(", ", KINDS.keySet())
                    + ", but was "
                    + Violations.quote(text),
                text);
            return null;
          }
          return text;
        },
        (String k) -> kind[0] = k);
    TypedId<?>[] id = new TypedId<?>[1];
    if (kind[0] != null) {
      Function<String, TypedId<?>> factory = requireRead(KINDS.get(kind[0]));
      o.req("id", id(factory), (TypedId<?> value) -> id[0] = value);
    } else {
      o.used("id");
    }
    return id[0];
  }

  private @Nullable String string(JsonNode node, String at) {
    if (!node.isString()) {
      problems.add(at, name(at) + " must be a string, but was " + type(node), node);
      return null;
    }
    return node.stringValue();
  }

  private @Nullable Boolean bool(JsonNode node, String at) {
    if (!node.isBoolean()) {
      problems.add(at, name(at) + " must be true or false, but was " + type(node), node);
      return null;
    }
    return node.booleanValue();
  }

  private @Nullable Double number(JsonNode node, String at) {
    if (!node.isNumber()) {
      problems.add(at, name(at) + " must be a number, but was " + type(node), node);
      return null;
    }
    double value = node.doubleValue();
    if (!Double.isFinite(value)) {
      problems.add(at, name(at) + " must be a finite number, but was too large", node);
      return null;
    }
    return value;
  }

  private @Nullable Score score(JsonNode node, String at) {
    Double value = number(node, at);
    return value == null ? null : attempt(at, () -> Score.of(value));
  }

  private @Nullable Rating rating(JsonNode node, String at) {
    if (node.isString()) {
      return enumOf(Level.class).read(node, at);
    }
    if (node.isNumber()) {
      return score(node, at);
    }
    problems.add(
        at,
        name(at) + " must be LOW, MEDIUM, HIGH or a score from 0 to 1, but was " + type(node),
        node);
    return null;
  }

  private @Nullable LocalDate date(JsonNode node, String at) {
    return parsed(node, at, LocalDate::parse, "a date such as \"2026-11-27\"");
  }

  private @Nullable Instant instant(JsonNode node, String at) {
    return parsed(node, at, Instant::parse, "an instant such as \"2026-11-27T09:30:00Z\"");
  }

  private @Nullable Duration duration(JsonNode node, String at) {
    return parsed(node, at, Duration::parse, "a duration such as \"PT1H30M\"");
  }

  private <T> @Nullable T parsed(
      JsonNode node, String at, Function<String, T> parse, String expected) {
    String text = string(node, at);
    if (text == null) {
      return null;
    }
    try {
      return parse.apply(text);
    } catch (DateTimeParseException | ArithmeticException e) {
      problems.add(
          at, name(at) + " must be " + expected + ", but was " + Violations.quote(text), text);
      return null;
    }
  }

  private <T> Read<T> id(Function<String, T> of) {
    return (node, at) -> {
      String text = string(node, at);
      return text == null ? null : attempt(at, () -> of.apply(text));
    };
  }

  private <T> Read<T> code(Function<String, T> of) {
    return id(of);
  }

  private <E extends Enum<E>> Read<E> enumOf(Class<E> type) {
    return (node, at) -> {
      String text = string(node, at);
      if (text == null) {
        return null;
      }
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(text)) {
          return constant;
        }
      }
      problems.add(
          at,
          name(at)
              + " must be one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", "))
              + ", but was "
              + Violations.quote(text),
          text);
      return null;
    };
  }

  /** Runs a factory of the domain, turning its refusal into problems under a pointer. */
  private <T> @Nullable T attempt(String at, Supplier<T> make) {
    try {
      return make.get();
    } catch (InvalidModelException e) {
      JsonNode base = at.isEmpty() ? root : root.at(at);
      for (Violation violation : e.violations()) {
        problems.add(
            Pointers.resolve(base, at, violation.path()),
            violation.message(),
            violation.rejectedValue().orElse(null));
      }
      return null;
    }
  }

  private @Nullable Obj obj(JsonNode node, String at, String what) {
    if (!node.isObject()) {
      problems.add(at, what + " must be a JSON object, but was " + type(node), node);
      return null;
    }
    return new Obj(node, at);
  }

  /** The last token of a pointer, as the name of what is wrong. */
  private static String name(String at) {
    String last = at.substring(at.lastIndexOf('/') + 1);
    return last.isEmpty() || Character.isDigit(last.charAt(0)) ? "The value" : last;
  }

  private static String type(JsonNode node) {
    if (node.isString()) {
      return "a string";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isObject()) {
      return "an object";
    }
    return "missing";
  }

  /** One JSON object being read: which fields were asked for, and what went wrong below it. */
  private final class Obj {
    private final JsonNode node;
    private final String at;
    private final int problemsBefore;
    private final Set<String> known = new HashSet<>();

    Obj(JsonNode node, String at) {
      this.node = node;
      this.at = at;
      this.problemsBefore = problems.count();
    }

    void used(String name) {
      known.add(name);
    }

    private String child(String name) {
      return at + "/" + Problems.token(name);
    }

    private @Nullable JsonNode field(String name, boolean required) {
      known.add(name);
      JsonNode value = node.get(name);
      if (value == null) {
        if (required) {
          problems.add(child(name), name + " is required but missing");
        }
        return null;
      }
      if (value.isNull()) {
        problems.add(
            child(name),
            name + " must not be null" + (required ? "" : "; leave an absent value out"));
        return null;
      }
      return value;
    }

    <T> void req(String name, Read<T> read, Consumer<? super T> setter) {
      JsonNode value = field(name, true);
      if (value != null) {
        give(child(name), read.read(value, child(name)), setter);
      }
    }

    <T> void opt(String name, Read<T> read, Consumer<? super T> setter) {
      JsonNode value = field(name, false);
      if (value != null) {
        give(child(name), read.read(value, child(name)), setter);
      }
    }

    <T> @Nullable T part(String name, Read<T> read) {
      JsonNode value = field(name, false);
      return value == null ? read.read(EMPTY, child(name)) : read.read(value, child(name));
    }

    <T> void list(String name, Read<T> read, Consumer<? super List<T>> setter) {
      List<T> values = elements(name, read, false);
      if (values != null) {
        give(child(name), values, setter);
      }
    }

    <T> void set(String name, Read<T> read, Consumer<? super List<T>> setter) {
      List<T> values = elements(name, read, true);
      if (values != null) {
        give(child(name), values, setter);
      }
    }

    private <T> @Nullable List<T> elements(String name, Read<T> read, boolean unique) {
      JsonNode array = field(name, false);
      if (array == null) {
        return null;
      }
      String where = child(name);
      if (!array.isArray()) {
        problems.add(where, name + " must be an array, but was " + type(array), array);
        return null;
      }
      int before = problems.count();
      List<T> values = new ArrayList<>(array.size());
      Map<T, Integer> first = unique ? new HashMap<>() : Map.of();
      for (int i = 0; i < array.size(); i++) {
        String item = where + "/" + i;
        T value = read.read(array.get(i), item);
        if (value == null) {
          continue;
        }
        if (unique) {
          Integer earlier = first.putIfAbsent(value, i);
          if (earlier != null) {
            problems.add(
                item,
                "An element of "
                    + name
                    + " appears twice, first at "
                    + where
                    + "/"
                    + earlier
                    + "; it is a set",
                value);
            continue;
          }
        }
        values.add(value);
      }
      return problems.count() > before ? null : values;
    }

    <K, V> void map(
        String name, Function<String, K> key, Read<V> read, Consumer<? super Map<K, V>> setter) {
      JsonNode object = field(name, false);
      if (object == null) {
        return;
      }
      String where = child(name);
      if (!object.isObject()) {
        problems.add(where, name + " must be an object, but was " + type(object), object);
        return;
      }
      int before = problems.count();
      Map<K, V> values = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> entry : object.properties()) {
        String item = where + "/" + Problems.token(entry.getKey());
        K k = attempt(item, () -> key.apply(entry.getKey()));
        V v = read.read(entry.getValue(), item);
        if (k != null && v != null) {
          values.put(k, v);
        }
      }
      if (problems.count() == before) {
        give(where, values, setter);
      }
    }

    private <T> void give(String where, @Nullable T value, Consumer<? super T> setter) {
      if (value != null) {
        attempt(
            where,
            () -> {
              setter.accept(value);
              return Boolean.TRUE;
            });
      }
    }

    void checkUnknown() {
      for (String name : node.propertyNames()) {
        if (!known.contains(name)) {
          problems.add(
              child(name),
              "Unknown field "
                  + Violations.quote(name)
                  + "; the fields here are "
                  + String.join(", ", new java.util.TreeSet<>(known)),
              name);
        }
      }
    }

    <T> @Nullable T build(Supplier<T> builder) {
      checkUnknown();
      if (problems.count() > problemsBefore) {
        return null;
      }
      return attempt(at, builder);
    }
  }

  /** One value read for a factory that takes all its parts at once. */
  private static final class Slot<T> implements Consumer<T> {
    private @Nullable T value;

    @Override
    public void accept(T value) {
      this.value = value;
    }

    boolean isSet() {
      return value != null;
    }

    T get() {
      return requireRead(value);
    }
  }

  private static final JsonNode EMPTY = JsonNodeFactory.instance.objectNode();

  private static Map<String, Function<String, TypedId<?>>> kinds() {
    Map<String, Function<String, TypedId<?>>> kinds = new TreeMap<>();
    List<Function<String, TypedId<?>>> factories =
        List.of(
            PartyId::of,
            StakeholderId::of,
            ServiceRelationshipId::of,
            ServiceOfferingId::of,
            ServiceId::of,
            ProductId::of,
            ResourceId::of,
            JourneyId::of,
            TouchpointId::of,
            ServiceInteractionId::of,
            ValueStreamId::of,
            ValueStreamActivityId::of,
            CaseId::of,
            EnvironmentElementId::of,
            PracticeId::of,
            OutputId::of,
            OutcomeId::of,
            CostId::of,
            RiskId::of,
            RequirementId::of,
            ContributionId::of,
            ValueCoCreationPlanId::of,
            ValueDriverId::of,
            ValueDriverChainId::of);
    for (Function<String, TypedId<?>> factory : factories) {
      kinds.put(factory.apply("x").kind(), factory);
    }
    return java.util.Collections.unmodifiableMap(kinds);
  }

  static Set<String> kindCodes() {
    return KINDS.keySet();
  }
}
