package org.covalue.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import org.covalue.core.PartyId;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.ValueStreamId;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** Generators of value streams and their activities, valid and invalid. */
public final class ValueStreamGens {

  /** The most activities a drawn value stream has. */
  static final int MAX_ACTIVITIES = 5;

  private ValueStreamGens() {}

  /**
   * Draws an activity with a given id: visible to the other parties about two times in three,
   * hidden otherwise.
   *
   * @param in the randomness source
   * @param id the id
   * @return the activity
   */
  public static ValueStreamActivity activity(RandomnessSource in, ValueStreamActivityId id) {
    String name = Texts.names().generate(in);
    return Draw.oneIn(in, 3)
        ? ValueStreamActivity.hidden(id, name)
        : ValueStreamActivity.visible(id, name);
  }

  /**
   * Returns activities with any ids, visible or hidden.
   *
   * @return the generator
   */
  public static Gen<ValueStreamActivity> activities() {
    return in -> activity(in, ValueStreamActivityId.of(Texts.idTexts().generate(in)));
  }

  /**
   * Draws a value stream with a given id, owner and activities, and a drawn name.
   *
   * @param in the randomness source
   * @param id the id
   * @param owner the owner
   * @param activities the activities; not empty, with distinct ids
   * @return the value stream
   */
  public static ValueStream valueStream(
      RandomnessSource in, ValueStreamId id, PartyId owner, List<ValueStreamActivity> activities) {
    return ValueStream.builder()
        .id(id)
        .name(Texts.names().generate(in))
        .owner(owner)
        .activities(activities)
        .build();
  }

  /**
   * Draws one to {@value #MAX_ACTIVITIES} activities with distinct ids.
   *
   * @param in the randomness source
   * @return the activities
   */
  static List<ValueStreamActivity> someActivities(RandomnessSource in) {
    List<ValueStreamActivity> activities = new ArrayList<>();
    for (ValueStreamActivityId id :
        IdGens.distinct(in, ValueStreamActivityId::of, Draw.intBetween(in, 1, MAX_ACTIVITIES))) {
      activities.add(activity(in, id));
    }
    return activities;
  }

  /**
   * Returns value streams with any ids and owners.
   *
   * @return the generator
   */
  public static Gen<ValueStream> valueStreams() {
    return in -> valueStreams(PartyId.of(Texts.idTexts().generate(in))).generate(in);
  }

  /**
   * Returns value streams of one owner, with any ids.
   *
   * @param owner the owner
   * @return the generator
   */
  public static Gen<ValueStream> valueStreams(PartyId owner) {
    return in ->
        valueStream(in, ValueStreamId.of(Texts.idTexts().generate(in)), owner, someActivities(in));
  }

  /**
   * Returns attempts to make activities with a blank or null name.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidActivities() {
    return in -> {
      ValueStreamActivityId id = ValueStreamActivityId.of(Texts.idTexts().generate(in));
      boolean visible = Draw.bool(in);
      if (Draw.oneIn(in, 4)) {
        return BadInput.of(
            "value stream activity " + id + " with a null name",
            "name",
            () -> Nulls.activityNamedNull(id, visible));
      }
      return BadInput.blank(
          in,
          "value stream activity " + id + " with",
          "name",
          blank ->
              visible
                  ? ValueStreamActivity.visible(id, blank)
                  : ValueStreamActivity.hidden(id, blank));
    };
  }

  /**
   * Returns attempts to build value streams from invalid input.
   *
   * @return the generator
   */
  public static Gen<BadInput> invalidValueStreams() {
    return in -> {
      ValueStream valid = valueStreams().generate(in);
      switch (Draw.intBetween(in, 0, 3)) {
        case 0 -> {
          return BadInput.blank(
              in,
              "value stream built with",
              "name",
              blank -> ValueStream.builder().from(valid).name(blank).build());
        }
        case 1 -> {
          return BadInput.of(
              "value stream " + valid.id() + " built without activities",
              "activities",
              () -> ValueStream.builder().from(valid).activities(List.of()).build());
        }
        case 2 -> {
          List<ValueStreamActivity> activities = valid.activities();
          int original = Draw.intBetween(in, 0, activities.size() - 1);
          int at = Draw.intBetween(in, original + 1, activities.size());
          ValueStreamActivity copy = activities.get(original);
          ValueStreamActivity again =
              Draw.bool(in)
                  ? copy
                  : (copy.isVisibleToOtherParties()
                      ? ValueStreamActivity.hidden(copy.id(), Texts.names().generate(in))
                      : ValueStreamActivity.visible(copy.id(), Texts.names().generate(in)));
          List<ValueStreamActivity> changed = new ArrayList<>(activities);
          changed.add(at, again);
          return BadInput.of(
              "value stream " + valid.id() + " holds activity " + copy.id() + " twice",
              "activities[" + at + "].id",
              () -> ValueStream.builder().from(valid).activities(changed).build());
        }
        default -> {
          return BadInput.leftOut(
              in,
              "value stream",
              () -> ValueStream.builder().activities(valid.activities()),
              ValueStream.Builder::build,
              List.of(
                  BadInput.required("id", b -> b.id(valid.id())),
                  BadInput.required("name", b -> b.name(valid.name())),
                  BadInput.required("owner", b -> b.owner(valid.owner()))));
        }
      }
    };
  }
}
