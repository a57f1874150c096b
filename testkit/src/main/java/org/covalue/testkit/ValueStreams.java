package org.covalue.testkit;

import org.covalue.core.PartyId;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.covalue.testkit.internal.ValueStreamGens;
import org.quicktheories.core.Gen;

/**
 * Generators of value streams and their activities (ITIL 4: Drive Stakeholder Value, §1.2.4, Figure
 * 1.4). About one activity in three is hidden from the other parties of a journey; the rest are
 * visible. See {@link JourneyModels} for value streams that fit together with parties and journeys.
 */
public final class ValueStreams {

  private ValueStreams() {}

  /**
   * Returns activities with any ids, visible or hidden.
   *
   * @return the generator
   */
  public static Gen<ValueStreamActivity> activities() {
    return ValueStreamGens.activities();
  }

  /**
   * Returns value streams with any ids and owners, and one to five activities with distinct ids.
   *
   * @return the generator
   */
  public static Gen<ValueStream> valueStreams() {
    return ValueStreamGens.valueStreams();
  }

  /**
   * Returns value streams of one owner.
   *
   * @param owner the organization whose value streams they are
   * @return the generator
   */
  public static Gen<ValueStream> valueStreams(PartyId owner) {
    return ValueStreamGens.valueStreams(owner);
  }

  /**
   * Returns attempts to make activities with a blank or null name, each expected to fail with a
   * violation at {@code name}.
   *
   * @return the generator
   */
  public static Gen<InvalidInput> invalidActivities() {
    return ValueStreamGens.invalidActivities().map(InvalidInput::from);
  }

  /**
   * Returns attempts to build value streams from invalid input: a blank name ({@code name}), no
   * activity ({@code activities}), an activity id used twice ({@code activities[i].id}, i the later
   * position), or a required attribute left out (the attribute's name).
   *
   * @return the generator
   */
  public static Gen<InvalidInput> invalidValueStreams() {
    return ValueStreamGens.invalidValueStreams().map(InvalidInput::from);
  }
}
