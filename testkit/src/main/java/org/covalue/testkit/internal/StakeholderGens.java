package org.covalue.testkit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.covalue.core.PartyId;
import org.covalue.core.Rating;
import org.covalue.core.StakeholderId;
import org.covalue.core.analysis.SalienceClassifier;
import org.covalue.core.analysis.StakeholderClassifier;
import org.covalue.core.stakeholder.CultivationTarget;
import org.covalue.core.stakeholder.EngagementChange;
import org.covalue.core.stakeholder.EngagementStrategy;
import org.covalue.core.stakeholder.SalienceAttributes;
import org.covalue.core.stakeholder.SalienceClass;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderKind;
import org.covalue.core.stakeholder.StakeholderMap;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/** Generators of stakeholders, their kinds, salience and maps, valid and invalid. */
public final class StakeholderGens {

  private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

  private StakeholderGens() {}

  /**
   * Returns stakeholder kinds: predefined ones and custom ones, about evenly.
   *
   * @return the generator
   */
  public static Gen<StakeholderKind> kinds() {
    return in ->
        Draw.bool(in)
            ? Draw.oneOf(in, StakeholderKind.predefined())
            : StakeholderKind.of(Texts.kindCodes().generate(in));
  }

  /**
   * Returns salience attributes.
   *
   * @return the generator
   */
  public static Gen<SalienceAttributes> salienceAttributes() {
    Gen<Rating> ratings = KernelGens.ratings();
    return ratings.zip(ratings, ratings, SalienceAttributes::of);
  }

  /**
   * Returns engagement strategies.
   *
   * @return the generator
   */
  public static Gen<EngagementStrategy> strategies() {
    return Generate.enumValues(EngagementStrategy.class);
  }

  /**
   * Returns the changes of engagement between two quadrants.
   *
   * @return the generator
   */
  public static Gen<EngagementChange> engagementChanges() {
    return Generate.enumValues(EngagementChange.class);
  }

  /**
   * Returns stakeholder classifiers: the default one now and then, otherwise drawn thresholds.
   *
   * @return the generator
   */
  public static Gen<StakeholderClassifier> classifiers() {
    return in ->
        Draw.oneIn(in, 5)
            ? StakeholderClassifier.DEFAULT
            : StakeholderClassifier.of(
                KernelGens.scores().generate(in), KernelGens.scores().generate(in));
  }

  /**
   * Returns salience classifiers: the default one now and then, otherwise a drawn threshold.
   *
   * @return the generator
   */
  public static Gen<SalienceClassifier> salienceClassifiers() {
    return in ->
        Draw.oneIn(in, 5)
            ? SalienceClassifier.DEFAULT
            : SalienceClassifier.of(KernelGens.scores().generate(in));
  }

  /**
   * Returns salience classes.
   *
   * @return the generator
   */
  public static Gen<SalienceClass> salienceClasses() {
    return Generate.enumValues(SalienceClass.class);
  }

  /**
   * Draws a stakeholder with a given id and party.
   *
   * @param in the randomness source
   * @param id the id
   * @param party the party it is, if any
   * @return the stakeholder
   */
  public static Stakeholder stakeholder(
      RandomnessSource in, StakeholderId id, Optional<PartyId> party) {
    Stakeholder.Builder stakeholder =
        Stakeholder.builder()
            .id(id)
            .name(Texts.names().generate(in))
            .kind(kinds().generate(in))
            .influence(KernelGens.ratings().generate(in))
            .interest(KernelGens.ratings().generate(in))
            .party(party);
    if (Draw.bool(in)) {
      stakeholder.salience(salienceAttributes().generate(in));
    }
    return stakeholder.build();
  }

  /**
   * Returns stakeholders with any id, sometimes tied to a party.
   *
   * @return the generator
   */
  public static Gen<Stakeholder> stakeholders() {
    return in -> {
      StakeholderId id = StakeholderId.of(Texts.idTexts().generate(in));
      Optional<PartyId> party =
          Draw.bool(in) ? Optional.of(PartyId.of(Texts.idTexts().generate(in))) : Optional.empty();
      return stakeholder(in, id, party);
    };
  }

  /**
   * Returns maps of up to {@code maxStakeholders} stakeholders with distinct ids, sometimes dated
   * or labelled.
   *
   * @param maxStakeholders the largest number of stakeholders
   * @return the generator
   */
  public static Gen<StakeholderMap> maps(int maxStakeholders) {
    return in -> {
      int size = Draw.intBetween(in, 0, maxStakeholders);
      List<Stakeholder> stakeholders = new ArrayList<>(size);
      for (String text : Texts.uniqueIdTexts(in, size)) {
        stakeholders.add(stakeholder(in, StakeholderId.of(text), Optional.empty()));
      }
      StakeholderMap.Builder map = StakeholderMap.builder().stakeholders(stakeholders);
      for (Stakeholder stakeholder : stakeholders) {
        if (Draw.oneIn(in, 3)) {
          map.addTarget(
              Draw.oneIn(in, 4)
                  ? CultivationTarget.of(
                      stakeholder.id(), stakeholder.influence(), stakeholder.interest())
                  : CultivationTarget.of(
                      stakeholder.id(),
                      KernelGens.ratings().generate(in),
                      KernelGens.ratings().generate(in)));
        }
      }
      if (Draw.bool(in)) {
        map.asOf(EPOCH.plusDays(Draw.intBetween(in, 0, 20_000)));
      }
      if (Draw.bool(in)) {
        map.label(Texts.names().generate(in));
      }
      return map.build();
    };
  }

  /**
   * Returns later revisions of a map: some stakeholders leave, some are rated anew, some new ones
   * enter, and the order may change.
   *
   * @param map the earlier map
   * @return the generator
   */
  public static Gen<StakeholderMap> revisionsOf(StakeholderMap map) {
    return in -> {
      Set<String> taken = new HashSet<>();
      map.stakeholders().forEach(s -> taken.add(s.id().value()));
      List<Stakeholder> revised = new ArrayList<>();
      for (Stakeholder stakeholder : map.stakeholders()) {
        switch (Draw.intBetween(in, 0, 4)) {
          case 0 -> {
            revised.add(stakeholder);
          }
          case 1 -> {
            // the stakeholder leaves the map
          }
          case 2 -> {
            revised.add(stakeholder.withInfluence(KernelGens.ratings().generate(in)));
          }
          case 3 -> {
            revised.add(stakeholder.withInterest(KernelGens.ratings().generate(in)));
          }
          default -> {
            revised.add(
                stakeholder
                    .withInfluence(KernelGens.ratings().generate(in))
                    .withInterest(KernelGens.ratings().generate(in)));
          }
        }
      }
      int entering = Draw.intBetween(in, 0, 3);
      for (int i = 0; i < entering; i++) {
        String id = Texts.freshIdText(in, taken);
        taken.add(id);
        revised.add(stakeholder(in, StakeholderId.of(id), Optional.empty()));
      }
      Set<StakeholderId> staying = new HashSet<>();
      revised.forEach(s -> staying.add(s.id()));
      List<CultivationTarget> targets = new ArrayList<>();
      for (CultivationTarget target : map.targets()) {
        if (staying.contains(target.stakeholder())) {
          targets.add(target);
        }
      }
      StakeholderMap later =
          StakeholderMap.builder()
              .from(map)
              .stakeholders(Draw.bool(in) ? Draw.shuffle(in, revised) : revised)
              .targets(targets)
              .build();
      if (Draw.bool(in)) {
        later = later.withLabel(Texts.names().generate(in));
      }
      return later;
    };
  }

  /**
   * Returns attempts to build stakeholders (and their salience attributes) from invalid input.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidStakeholders() {
    return in -> {
      Stakeholder valid = stakeholders().generate(in);
      switch (Draw.intBetween(in, 0, 5)) {
        case 0 -> {
          return BadInput.blank(
              in,
              "stakeholder built with",
              "name",
              blank -> Stakeholder.builder().from(valid).name(blank).build());
        }
        case 1 -> {
          return BadInput.blank(in, "stakeholder renamed to", "name", valid::withName);
        }
        case 2 -> {
          return BadInput.leftOut(
              in,
              "stakeholder",
              Stakeholder::builder,
              Stakeholder.Builder::build,
              List.of(
                  BadInput.required("id", b -> b.id(valid.id())),
                  BadInput.required("name", b -> b.name(valid.name())),
                  BadInput.required("kind", b -> b.kind(valid.kind())),
                  BadInput.required("influence", b -> b.influence(valid.influence())),
                  BadInput.required("interest", b -> b.interest(valid.interest()))));
        }
        case 3 -> {
          return BadInput.of(
              "stakeholder built with a null name",
              "name",
              () -> Nulls.stakeholderNamedNull(valid));
        }
        case 4 -> {
          boolean influence = Draw.bool(in);
          double score = KernelGens.invalidScoreValues().generate(in);
          String attribute = influence ? "influence" : "interest";
          return BadInput.of(
              "stakeholder given the " + attribute + " score " + score,
              attribute,
              () -> {
                Stakeholder.Builder builder = Stakeholder.builder().from(valid);
                return (influence ? builder.influence(score) : builder.interest(score)).build();
              });
        }
        default -> {
          int which = Draw.intBetween(in, 0, 2);
          String attribute = List.of("power", "legitimacy", "urgency").get(which);
          Rating rating = KernelGens.ratings().generate(in);
          return BadInput.of(
              "salience attributes without a " + attribute + " rating",
              attribute,
              () -> Nulls.withNull(which, rating, rating, rating, SalienceAttributes::of));
        }
      }
    };
  }

  /**
   * Returns attempts to build stakeholder maps from invalid input: a stakeholder id twice, or a
   * blank label.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidMaps() {
    return in -> {
      StakeholderMap valid = maps(5).generate(in);
      switch (Draw.intBetween(in, 0, 2)) {
        case 0 -> {
          List<Stakeholder> stakeholders = new ArrayList<>(valid.stakeholders());
          Stakeholder original =
              stakeholders.isEmpty() ? stakeholders().generate(in) : Draw.oneOf(in, stakeholders);
          if (stakeholders.isEmpty()) {
            stakeholders.add(original);
          }
          Stakeholder twin = stakeholder(in, original.id(), Optional.empty());
          int at = Draw.intBetween(in, stakeholders.indexOf(original) + 1, stakeholders.size());
          stakeholders.add(at, twin);
          boolean viaBuilder = Draw.bool(in);
          return BadInput.of(
              "stakeholder map holding the id " + original.id() + " twice",
              "stakeholders[" + at + "].id",
              viaBuilder
                  ? () -> StakeholderMap.builder().from(valid).stakeholders(stakeholders).build()
                  : () -> valid.withStakeholders(stakeholders));
        }
        case 1 -> {
          return BadInput.blank(
              in,
              "stakeholder map built with",
              "label",
              blank -> StakeholderMap.builder().from(valid).label(blank).build());
        }
        default -> {
          return BadInput.blank(in, "stakeholder map relabelled with", "label", valid::withLabel);
        }
      }
    };
  }

  /**
   * Returns attempts to name stakeholder kinds with invalid codes.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidKinds() {
    return Texts.invalidKindCodes()
        .map(
            code ->
                BadInput.of(
                    "stakeholder kind with the code " + Texts.quote(code),
                    "",
                    () -> StakeholderKind.of(code)));
  }
}
