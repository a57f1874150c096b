package org.covalue.testkit.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.covalue.core.PartyId;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.StakeholderId;
import org.covalue.core.TypedId;
import org.covalue.journey.JourneyId;
import org.covalue.journey.ServiceInteractionId;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.ValueStreamId;
import org.covalue.journey.observed.CaseId;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of typed ids of every kind that covalue-core and covalue-journey define, valid and
 * invalid, and the helpers that draw lists and pools of distinct ids for the other generators.
 */
public final class IdGens {

  /** The factory of every kind of id: covalue-core's kinds, then covalue-journey's. */
  public static final List<Function<String, ? extends TypedId<?>>> FACTORIES =
      List.of(
          StakeholderId::of,
          PartyId::of,
          ServiceRelationshipId::of,
          ResourceId::of,
          ProductId::of,
          ServiceId::of,
          ServiceOfferingId::of,
          JourneyId::of,
          TouchpointId::of,
          ServiceInteractionId::of,
          ValueStreamId::of,
          ValueStreamActivityId::of,
          CaseId::of);

  private IdGens() {}

  /**
   * Returns ids of every kind, about evenly.
   *
   * @return the generator
   */
  public static Gen<TypedId<?>> anyIds() {
    return in -> Draw.oneOf(in, FACTORIES).apply(Texts.idTexts().generate(in));
  }

  /**
   * Returns attempts to make an id of any kind from an invalid text or from null.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidIds() {
    return in -> {
      Function<String, ? extends TypedId<?>> factory = Draw.oneOf(in, FACTORIES);
      String kind = factory.apply("sample").kind().replace('-', ' ');
      if (Draw.oneIn(in, 8)) {
        return BadInput.of(kind + " id made from null", "", () -> Nulls.idOfNull(factory));
      }
      String text = Texts.invalidIdTexts().generate(in);
      return BadInput.of(
          kind + " id made from " + Texts.quote(text), "", () -> factory.apply(text));
    };
  }

  /**
   * Draws distinct ids of one kind: a short drawn base and the position, so that no two are equal.
   *
   * @param <T> the id type
   * @param in the randomness source
   * @param of the id factory
   * @param count how many
   * @return {@code count} distinct ids
   */
  public static <T> List<T> distinct(RandomnessSource in, Function<String, T> of, int count) {
    List<T> ids = new ArrayList<>(count);
    for (String text : Texts.uniqueIdTexts(in, count)) {
      ids.add(of.apply(text));
    }
    return ids;
  }

  /**
   * Returns a small fixed pool of ids, the prefix followed by 0, 1 and so on, for loose models
   * whose elements refer to each other by chance.
   *
   * @param <T> the id type
   * @param of the id factory
   * @param prefix the text the ids start with
   * @param size how many
   * @return the ids
   */
  public static <T> List<T> pool(Function<String, T> of, String prefix, int size) {
    List<T> pool = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      pool.add(of.apply(prefix + i));
    }
    return pool;
  }

  /**
   * Collects the texts of ids, to draw a text none of them has.
   *
   * @param ids the ids
   * @return a new mutable set of their texts
   */
  public static Set<String> texts(Collection<? extends TypedId<?>> ids) {
    Set<String> texts = new HashSet<>();
    ids.forEach(id -> texts.add(id.value()));
    return texts;
  }
}
