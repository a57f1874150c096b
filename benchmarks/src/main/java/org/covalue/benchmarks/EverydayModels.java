package org.covalue.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.covalue.core.Level;
import org.covalue.core.PartyId;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.Score;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.StakeholderId;
import org.covalue.core.TypedId;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.Resource;
import org.covalue.core.party.ConsumerRole;
import org.covalue.core.party.Party;
import org.covalue.core.relationship.RelationshipNetwork;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderKind;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.journey.Channel;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.observed.CaseId;
import org.covalue.journey.observed.JourneyEvent;
import org.covalue.journey.observed.ObservedJourney;
import org.covalue.value.ValueDriverChainId;
import org.covalue.value.ValueDriverId;
import org.covalue.value.alignment.Engagement;
import org.covalue.value.driver.ValueDriver;
import org.covalue.value.driver.ValueDriverChain;
import org.covalue.value.driver.ValueDriverLayer;
import org.covalue.value.driver.ValueDriverLink;
import org.covalue.value.model.ValueModel;
import org.covalue.visibility.Dependency;
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.LineOfVisibility;
import org.covalue.visibility.model.VisibilityModel;

/**
 * The inputs of {@link EverydayBenchmarks}, made the same way in every run: the texts and numbers
 * the builders receive, and models of a given number of elements for the scaling benchmarks (ITIL
 * 4: Drive Stakeholder Value, §1.2.1 to §1.2.7). No randomness: element {@code i} is always the
 * same.
 */
final class EverydayModels {

  /** How many organizations the relationships and products of the builder benchmark name. */
  static final int PARTIES = 1_000;

  private static final StakeholderKind[] KINDS = {
    StakeholderKind.OWNER, StakeholderKind.PROVIDER_EMPLOYEE, StakeholderKind.THIRD_PARTY_SUPPLIER
  };
  private static final PlainRecords.Kind[] PLAIN_KINDS = {
    PlainRecords.Kind.OWNER,
    PlainRecords.Kind.PROVIDER_EMPLOYEE,
    PlainRecords.Kind.THIRD_PARTY_SUPPLIER
  };
  private static final ServiceRelationshipType[] TYPES = {
    ServiceRelationshipType.BASIC,
    ServiceRelationshipType.COOPERATIVE,
    ServiceRelationshipType.PARTNERSHIP
  };
  private static final PlainRecords.RelationshipType[] PLAIN_TYPES = {
    PlainRecords.RelationshipType.BASIC,
    PlainRecords.RelationshipType.COOPERATIVE,
    PlainRecords.RelationshipType.PARTNERSHIP
  };
  private static final PartyId PROVIDER = PartyId.of("provider");
  private static final PartyId CONSUMER = PartyId.of("consumer");

  private EverydayModels() {}

  /** The texts and numbers of the builder benchmark, shared by covalue's builders and records. */
  static final class Inputs {
    final String[] stakeholderIds;
    final String[] stakeholderNames;
    final double[] influences;
    final double[] interests;
    final String[] relationshipIds;
    final String[] providers;
    final String[] consumers;
    final String[] offerings;
    final String[] descriptions;
    final String[] productIds;
    final String[] productNames;
    final String[] resources;
    final String[] otherResources;
    final String[] components;

    Inputs(int count) {
      stakeholderIds = new String[count];
      stakeholderNames = new String[count];
      influences = new double[count];
      interests = new double[count];
      relationshipIds = new String[count];
      providers = new String[count];
      consumers = new String[count];
      offerings = new String[count];
      descriptions = new String[count];
      productIds = new String[count];
      productNames = new String[count];
      resources = new String[count];
      otherResources = new String[count];
      components = new String[count];
      for (int i = 0; i < count; i++) {
        stakeholderIds[i] = "stakeholder-" + i;
        stakeholderNames[i] = "Stakeholder number " + i;
        influences[i] = influence(i);
        interests[i] = interest(i);
        relationshipIds[i] = "relationship-" + i;
        providers[i] = "party-" + (i % PARTIES);
        consumers[i] = "party-" + ((i % PARTIES + 1 + (i / PARTIES) % (PARTIES - 1)) % PARTIES);
        offerings[i] = "offering-" + (i % 500);
        descriptions[i] = "Relationship " + i + ": the provider serves the consumer";
        productIds[i] = "product-" + i;
        productNames[i] = "Product number " + i;
        resources[i] = "resource-" + (i % 2_000);
        otherResources[i] = "resource-" + ((i + 1) % 2_000);
        components[i] = i % 4 == 0 ? "product-" + (i + 1) : "";
      }
    }

    /**
     * Returns inputs of one value, number 0, with copies of value {@code i}'s texts that share
     * nothing with these, so that a value built from them has texts of its own.
     */
    Inputs copyOf(int i) {
      Inputs copy = new Inputs(0, 1);
      copy.stakeholderIds[0] = copy(stakeholderIds[i]);
      copy.stakeholderNames[0] = copy(stakeholderNames[i]);
      copy.influences[0] = influences[i];
      copy.interests[0] = interests[i];
      copy.relationshipIds[0] = copy(relationshipIds[i]);
      copy.providers[0] = copy(providers[i]);
      copy.consumers[0] = copy(consumers[i]);
      copy.offerings[0] = copy(offerings[i]);
      copy.descriptions[0] = copy(descriptions[i]);
      copy.productIds[0] = copy(productIds[i]);
      copy.productNames[0] = copy(productNames[i]);
      copy.resources[0] = copy(resources[i]);
      copy.otherResources[0] = copy(otherResources[i]);
      copy.components[0] = copy(components[i]);
      return copy;
    }

    private Inputs(int unused, int count) {
      stakeholderIds = new String[count];
      stakeholderNames = new String[count];
      influences = new double[count];
      interests = new double[count];
      relationshipIds = new String[count];
      providers = new String[count];
      consumers = new String[count];
      offerings = new String[count];
      descriptions = new String[count];
      productIds = new String[count];
      productNames = new String[count];
      resources = new String[count];
      otherResources = new String[count];
      components = new String[count];
    }

    private static String copy(String text) {
      return new String(text.toCharArray());
    }

    int count() {
      return stakeholderIds.length;
    }
  }

  static double influence(int i) {
    return (i % 101) / 100.0;
  }

  static double interest(int i) {
    return ((i * 37) % 101) / 100.0;
  }

  static StakeholderKind kind(int i) {
    return KINDS[i % KINDS.length];
  }

  static PlainRecords.Kind plainKind(int i) {
    return PLAIN_KINDS[i % PLAIN_KINDS.length];
  }

  static ServiceRelationshipType type(int i) {
    return TYPES[i % TYPES.length];
  }

  static PlainRecords.RelationshipType plainType(int i) {
    return PLAIN_TYPES[i % PLAIN_TYPES.length];
  }

  /** Builds stakeholder {@code i} with covalue's builder. */
  static Stakeholder stakeholder(Inputs in, int i) {
    return Stakeholder.builder()
        .id(StakeholderId.of(in.stakeholderIds[i]))
        .name(in.stakeholderNames[i])
        .kind(kind(i))
        .influence(in.influences[i])
        .interest(in.interests[i])
        .build();
  }

  /** Builds relationship {@code i} with covalue's builder. */
  static ServiceRelationship relationship(Inputs in, int i) {
    return ServiceRelationship.builder()
        .id(ServiceRelationshipId.of(in.relationshipIds[i]))
        .provider(PartyId.of(in.providers[i]))
        .consumer(PartyId.of(in.consumers[i]))
        .type(type(i))
        .addOffering(ServiceOfferingId.of(in.offerings[i]))
        .description(in.descriptions[i])
        .build();
  }

  /** Builds product {@code i} with covalue's builder: two resources, every fourth a component. */
  static Product product(Inputs in, int i) {
    Product.Builder product =
        Product.builder()
            .id(ProductId.of(in.productIds[i]))
            .name(in.productNames[i])
            .provider(PartyId.of(in.providers[i]))
            .addResource(ResourceId.of(in.resources[i]))
            .addResource(ResourceId.of(in.otherResources[i]));
    if (!in.components[i].isEmpty()) {
      product.addComponent(ProductId.of(in.components[i]));
    }
    return product.build();
  }

  /** Builds stakeholder {@code i} as a record. */
  static PlainRecords.StakeholderRecord stakeholderRecord(Inputs in, int i) {
    return new PlainRecords.StakeholderRecord(
        in.stakeholderIds[i],
        in.stakeholderNames[i],
        plainKind(i),
        in.influences[i],
        in.interests[i]);
  }

  /** Builds relationship {@code i} as a record. */
  static PlainRecords.RelationshipRecord relationshipRecord(Inputs in, int i) {
    return new PlainRecords.RelationshipRecord(
        in.relationshipIds[i],
        in.providers[i],
        in.consumers[i],
        plainType(i),
        Set.of(in.offerings[i]),
        java.util.Map.of(),
        in.descriptions[i]);
  }

  /** Builds product {@code i} as a record. */
  static PlainRecords.ProductRecord productRecord(Inputs in, int i) {
    return new PlainRecords.ProductRecord(
        in.productIds[i],
        in.productNames[i],
        in.providers[i],
        Set.of(in.resources[i], in.otherResources[i]),
        in.components[i].isEmpty() ? Set.of() : Set.of(in.components[i]),
        Set.of());
  }

  /**
   * A stakeholder map of a number of stakeholders, half rated by levels and half by scores, as
   * practitioners mix them.
   */
  static StakeholderMap stakeholderMap(int count) {
    List<Stakeholder> stakeholders = new ArrayList<>(count);
    Level[] levels = Level.values();
    for (int i = 0; i < count; i++) {
      Stakeholder.Builder builder =
          Stakeholder.builder()
              .id(StakeholderId.of("s" + i))
              .name("Stakeholder " + i)
              .kind(kind(i));
      if (i % 2 == 0) {
        builder.influence(levels[(i / 2) % 3]).interest(levels[(i / 6) % 3]);
      } else {
        builder.influence(Score.of(influence(i))).interest(Score.of(interest(i)));
      }
      stakeholders.add(builder.build());
    }
    return StakeholderMap.builder().label("Everyday").stakeholders(stakeholders).build();
  }

  /**
   * A network of a number of relationships among half as many organizations: each organization
   * consumes from the next two, and every hundredth relationship points back, closing circles.
   */
  static List<ServiceRelationship> relationships(int count) {
    int parties = Math.max(3, count / 2);
    PartyId[] ids = new PartyId[parties];
    for (int p = 0; p < parties; p++) {
      ids[p] = PartyId.of("org-" + p);
    }
    List<ServiceRelationship> relationships = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int consumer = i / 2 % parties;
      int step = i % 100 == 99 ? parties - 3 : 1 + i % 2;
      int provider = (consumer + step) % parties;
      relationships.add(
          ServiceRelationship.builder()
              .id(ServiceRelationshipId.of("r" + i))
              .provider(ids[provider])
              .consumer(ids[consumer])
              .type(type(i))
              .build());
    }
    return relationships;
  }

  /** Builds a network, whose index is built anew at its first analysis. */
  static RelationshipNetwork network(List<ServiceRelationship> relationships) {
    return RelationshipNetwork.of(relationships);
  }

  /** A designed journey of half the elements as touchpoints, in step order. */
  static CustomerJourney designedJourney(int elements) {
    int touchpoints = elements / 2;
    CustomerJourneyStep[] steps = CustomerJourneyStep.values();
    List<Touchpoint> list = new ArrayList<>(touchpoints);
    for (int i = 0; i < touchpoints; i++) {
      list.add(
          Touchpoint.builder()
              .id(TouchpointId.of("t" + i))
              .name("Touchpoint " + i)
              .step(
                  steps[Math.min(steps.length - 1, (int) ((long) i * steps.length / touchpoints))])
              .channel(Channel.EMAIL)
              .addParties(CONSUMER, PROVIDER)
              .build());
    }
    return CustomerJourney.builder()
        .id(JourneyId.of("everyday"))
        .name("Everyday journey")
        .consumer(CONSUMER)
        .addProviders(PROVIDER)
        .persona(ConsumerRole.CUSTOMER)
        .touchpoints(list)
        .build();
  }

  /**
   * What a consumer did on a designed journey: half the elements as events that follow the design,
   * but every hundredth touchpoint is skipped, every hundredth is visited before its predecessor,
   * and every hundredth event is at a touchpoint the design lacks.
   */
  static ObservedJourney observedJourney(CustomerJourney designed) {
    List<Touchpoint> touchpoints = designed.touchpoints();
    List<JourneyEvent> events = new ArrayList<>(touchpoints.size());
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < touchpoints.size(); i++) {
      Touchpoint touchpoint = touchpoints.get(i);
      int kind = i % 100;
      Instant at = start.plusSeconds(i);
      if (kind == 7) {
        continue; // skipped
      }
      if (kind == 50) {
        events.add(JourneyEvent.of(TouchpointId.of("extra" + i), touchpoint.step(), at)); // unknown
        continue;
      }
      boolean swap = i + 1 < touchpoints.size();
      Touchpoint visited =
          kind == 30 && swap
              ? touchpoints.get(i + 1)
              : kind == 31 ? touchpoints.get(i - 1) : touchpoint;
      events.add(JourneyEvent.of(visited.id(), visited.step(), at));
    }
    return ObservedJourney.of(CaseId.of("case-1"), events);
  }

  /**
   * A value-driver chain of a number of drivers: one purpose, the rest spread evenly over the five
   * layers below, each driving one driver of the layer just above; the bottom drivers are measured.
   */
  static ValueDriverChain driverChain(int drivers) {
    ValueDriverLayer[] layers = ValueDriverLayer.values();
    int below = layers.length - 1;
    int perLayer = Math.max(1, (drivers - 1) / below);
    List<ValueDriver> all = new ArrayList<>(drivers);
    List<ValueDriverLink> links = new ArrayList<>(drivers);
    List<List<ValueDriverId>> byLayer = new ArrayList<>();
    for (int l = 0; l < layers.length; l++) {
      int count = l == below ? 1 : perLayer;
      List<ValueDriverId> ids = new ArrayList<>(count);
      for (int k = 0; k < count; k++) {
        ValueDriverId id = ValueDriverId.of("d" + l + "-" + k);
        ids.add(id);
        ValueDriver.Builder driver =
            ValueDriver.builder().id(id).name("Driver " + l + "-" + k).layer(layers[l]);
        if (l == 0) {
          driver.performance(Score.of(influence(k)));
        }
        all.add(driver.build());
      }
      byLayer.add(ids);
    }
    for (int l = 0; l < below; l++) {
      List<ValueDriverId> above = byLayer.get(l + 1);
      List<ValueDriverId> here = byLayer.get(l);
      for (int k = 0; k < here.size(); k++) {
        links.add(ValueDriverLink.of(here.get(k), above.get(k % above.size()), 1 + k % 3));
      }
    }
    return ValueDriverChain.builder()
        .id(ValueDriverChainId.of("everyday-chain"))
        .name("Everyday chain")
        .drivers(all)
        .links(links)
        .build();
  }

  /**
   * A value model of a number of stakeholders and their engagements: a quarter are to be managed
   * closely, and all of those but every tenth were engaged once.
   */
  static ValueModel valueModel(int stakeholders) {
    List<Stakeholder> list = new ArrayList<>(stakeholders);
    List<Engagement> engagements = new ArrayList<>();
    for (int i = 0; i < stakeholders; i++) {
      boolean close = i % 4 == 0;
      StakeholderId id = StakeholderId.of("s" + i);
      list.add(
          Stakeholder.builder()
              .id(id)
              .name("Stakeholder " + i)
              .kind(kind(i))
              .influence(close ? Level.HIGH : Level.LOW)
              .interest(close ? Level.HIGH : Level.MEDIUM)
              .build());
      if (close && i % 40 != 0) {
        engagements.add(Engagement.of(id, CustomerJourneyStep.ENGAGE, "Quarterly review"));
      }
    }
    CoreModel core = CoreModel.builder().stakeholders(list).build();
    return ValueModel.builder()
        .journey(JourneyModel.builder().core(core).build())
        .engagements(engagements)
        .build();
  }

  /**
   * A visibility model whose one journey has half the elements as touchpoints, each depending on
   * one of the provider's resources (the other half); the provider's line shows every other
   * resource and hides the rest.
   */
  static VisibilityModel visibilityModel(int elements) {
    int half = elements / 2;
    CustomerJourney journey = designedJourney(elements);
    List<Resource> resources = new ArrayList<>(half);
    List<Dependency> dependencies = new ArrayList<>(half);
    List<TypedId<?>> shown = new ArrayList<>();
    List<TypedId<?>> hidden = new ArrayList<>();
    for (int i = 0; i < half; i++) {
      ResourceId resource = ResourceId.of("res" + i);
      resources.add(Resource.builder().id(resource).name("Resource " + i).owner(PROVIDER).build());
      dependencies.add(
          Dependency.of(ElementRef.of(journey.id(), journey.touchpoints().get(i).id()), resource));
      (i % 2 == 0 ? shown : hidden).add(resource);
    }
    CoreModel core =
        CoreModel.builder()
            .addParties(
                Party.organization(PROVIDER, "Provider"), Party.organization(CONSUMER, "Consumer"))
            .resources(resources)
            .build();
    return VisibilityModel.builder()
        .journey(JourneyModel.builder().core(core).addJourneys(journey).build())
        .addLines(LineOfVisibility.builder().party(PROVIDER).shown(shown).hidden(hidden).build())
        .dependencies(dependencies)
        .build();
  }

  /** The relationship whose band of visibility the benchmark works out. */
  static ServiceRelationship bandRelationship() {
    return ServiceRelationship.builder()
        .id(ServiceRelationshipId.of("everyday-relationship"))
        .provider(PROVIDER)
        .consumer(CONSUMER)
        .type(ServiceRelationshipType.COOPERATIVE)
        .build();
  }
}
