package org.covalue.testkit.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.covalue.core.PartyId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.relationship.BandWidth;
import org.covalue.core.relationship.OrganizationalLevel;
import org.covalue.core.relationship.RelationshipNetwork;
import org.covalue.core.relationship.RelationshipTypeAttribute;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/** Generators of service relationships and relationship networks, valid and invalid. */
public final class RelationshipGens {

  private RelationshipGens() {}

  /** What cycles a generated network may or must have. */
  public enum CycleMode {
    /**
     * No organization depends on itself through others: the network is a directed acyclic graph.
     */
    NONE,
    /** Cycles appear when the drawn relationships happen to form them. */
    ANY,
    /** At least one cycle of two to four organizations is built in. */
    AT_LEAST_ONE
  }

  /**
   * Returns relationship types.
   *
   * @return the generator
   */
  public static Gen<ServiceRelationshipType> types() {
    return Generate.enumValues(ServiceRelationshipType.class);
  }

  /**
   * Returns band widths.
   *
   * @return the generator
   */
  public static Gen<BandWidth> bandWidths() {
    return Generate.enumValues(BandWidth.class);
  }

  /**
   * Returns organizational levels.
   *
   * @return the generator
   */
  public static Gen<OrganizationalLevel> organizationalLevels() {
    return Generate.enumValues(OrganizationalLevel.class);
  }

  /**
   * Returns the attributes relationship types differ by.
   *
   * @return the generator
   */
  public static Gen<RelationshipTypeAttribute> typeAttributes() {
    return Generate.enumValues(RelationshipTypeAttribute.class);
  }

  /**
   * Draws a relationship between two organizations.
   *
   * @param in the randomness source
   * @param id the relationship's id
   * @param provider the provider
   * @param consumer the consumer; not the provider
   * @param offerings the offerings it is based on
   * @return the relationship
   */
  public static ServiceRelationship relationship(
      RandomnessSource in,
      ServiceRelationshipId id,
      PartyId provider,
      PartyId consumer,
      Set<ServiceOfferingId> offerings) {
    ServiceRelationship.Builder relationship =
        ServiceRelationship.builder()
            .id(id)
            .provider(provider)
            .consumer(consumer)
            .type(types().generate(in))
            .offerings(offerings);
    int descriptors = Draw.oneIn(in, 3) ? Draw.intBetween(in, 1, 2) : 0;
    for (int i = 0; i < descriptors; i++) {
      relationship.putDescriptor(Texts.names().generate(in) + i, Texts.names().generate(in));
    }
    if (Draw.bool(in)) {
      relationship.description(Texts.names().generate(in));
    }
    return relationship.build();
  }

  /**
   * Returns relationships between two distinct organizations with any ids.
   *
   * @return the generator
   */
  public static Gen<ServiceRelationship> relationships() {
    return in -> {
      List<String> parties = Texts.uniqueIdTexts(in, 2);
      Set<ServiceOfferingId> offerings = new LinkedHashSet<>();
      int count = Draw.intBetween(in, 0, 2);
      for (int i = 0; i < count; i++) {
        offerings.add(ServiceOfferingId.of(Texts.idTexts().generate(in)));
      }
      return relationship(
          in,
          ServiceRelationshipId.of(Texts.idTexts().generate(in)),
          PartyId.of(parties.get(0)),
          PartyId.of(parties.get(1)),
          offerings);
    };
  }

  /**
   * Draws the provider-consumer pairs of a network over given organizations: sometimes a chain
   * through several of them (so the middle ones both provide and consume), then a few more pairs,
   * possibly parallel, and the cycles the mode asks for.
   *
   * @param in the randomness source
   * @param organizations the organizations, at least two
   * @param mode which cycles are allowed or required
   * @return pairs of indices into {@code organizations}: [consumer, provider]
   */
  public static List<int[]> edges(
      RandomnessSource in, List<PartyId> organizations, CycleMode mode) {
    int n = organizations.size();
    if (n < 2) {
      throw new IllegalArgumentException(
          "A network needs at least two organizations, but had " + n);
    }
    List<int[]> edges = new ArrayList<>();
    if (Draw.bool(in)) {
      int length = Draw.intBetween(in, 2, n);
      for (int i = 1; i < length; i++) {
        edges.add(new int[] {i, i - 1});
      }
    }
    int extra = Draw.intBetween(in, 0, n + 1);
    for (int e = 0; e < extra; e++) {
      int a = Draw.intBetween(in, 0, n - 1);
      int b = Draw.intBetween(in, 0, n - 2);
      if (b >= a) {
        b++;
      }
      edges.add(
          mode == CycleMode.NONE ? new int[] {Math.max(a, b), Math.min(a, b)} : new int[] {a, b});
    }
    if (mode == CycleMode.AT_LEAST_ONE) {
      List<Integer> indices = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        indices.add(i);
      }
      List<Integer> circle =
          Draw.shuffle(in, indices).subList(0, Draw.intBetween(in, 2, Math.min(n, 4)));
      for (int i = 0; i < circle.size(); i++) {
        edges.add(new int[] {circle.get(i), circle.get((i + 1) % circle.size())});
      }
    }
    return edges;
  }

  /**
   * Returns networks over two to {@code maxOrganizations} organizations, in a drawn order.
   *
   * @param maxOrganizations the largest number of organizations; at least 2
   * @param mode which cycles are allowed or required
   * @return the generator
   */
  public static Gen<RelationshipNetwork> networks(int maxOrganizations, CycleMode mode) {
    if (maxOrganizations < 2) {
      throw new IllegalArgumentException(
          "A network needs at least two organizations, but the maximum was " + maxOrganizations);
    }
    return in -> {
      List<PartyId> organizations = new ArrayList<>();
      for (String text : Texts.uniqueIdTexts(in, Draw.intBetween(in, 2, maxOrganizations))) {
        organizations.add(PartyId.of(text));
      }
      List<int[]> edges = edges(in, organizations, mode);
      List<String> ids = Texts.uniqueIdTexts(in, edges.size());
      List<ServiceRelationship> relationships = new ArrayList<>(edges.size());
      for (int i = 0; i < edges.size(); i++) {
        relationships.add(
            relationship(
                in,
                ServiceRelationshipId.of(ids.get(i)),
                organizations.get(edges.get(i)[1]),
                organizations.get(edges.get(i)[0]),
                Set.of()));
      }
      return RelationshipNetwork.of(Draw.shuffle(in, relationships));
    };
  }

  /**
   * Returns attempts to build relationships from invalid input.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidRelationships() {
    return in -> {
      ServiceRelationship valid = relationships().generate(in);
      switch (Draw.intBetween(in, 0, 3)) {
        case 0 -> {
          return BadInput.of(
              "relationship in which " + valid.provider() + " provides to itself",
              "consumer",
              () -> ServiceRelationship.builder().from(valid).consumer(valid.provider()).build());
        }
        case 1 -> {
          String blank = Texts.blanks().generate(in);
          return BadInput.of(
              "relationship with the blank descriptor name " + Texts.quote(blank),
              "descriptors",
              () -> ServiceRelationship.builder().from(valid).putDescriptor(blank, "x").build());
        }
        default -> {
          return BadInput.leftOut(
              in,
              "relationship",
              ServiceRelationship::builder,
              ServiceRelationship.Builder::build,
              List.of(
                  BadInput.required("id", b -> b.id(valid.id())),
                  BadInput.required("provider", b -> b.provider(valid.provider())),
                  BadInput.required("consumer", b -> b.consumer(valid.consumer())),
                  BadInput.required("type", b -> b.type(valid.type()))));
        }
      }
    };
  }

  /**
   * Returns attempts to build networks that hold a relationship id twice.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidNetworks() {
    return in -> {
      List<ServiceRelationship> relationships =
          new ArrayList<>(networks(5, CycleMode.ANY).generate(in).relationships());
      if (relationships.isEmpty()) {
        relationships.add(relationships().generate(in));
      }
      ServiceRelationship original = Draw.oneOf(in, relationships);
      ServiceRelationship twin =
          Draw.bool(in)
              ? original
              : ServiceRelationship.builder()
                  .from(relationships().generate(in))
                  .id(original.id())
                  .build();
      int at = Draw.intBetween(in, relationships.indexOf(original) + 1, relationships.size());
      relationships.add(at, twin);
      boolean varargs = Draw.bool(in);
      return BadInput.of(
          "network holding the relationship id " + original.id() + " twice",
          "relationships[" + at + "].id",
          varargs
              ? () -> RelationshipNetwork.of(relationships.toArray(new ServiceRelationship[0]))
              : () -> RelationshipNetwork.of(relationships));
    };
  }
}
