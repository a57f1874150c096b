package org.covalue.testkit.laws.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.covalue.journey.valuestream.ValueStreamActivity;
import org.covalue.testkit.Ids;
import org.covalue.testkit.ValueStreams;
import org.junit.jupiter.api.Test;

/** Laws of value streams and the visibility of their activities (§1.2.4, Figure 1.4). */
class ValueStreamPropertiesTest {

  @Test
  void valueStreamsOfAnOwnerBelongToIt() {
    qt().forAll(
            Ids.partyIds()
                .flatMap(
                    owner -> ValueStreams.valueStreams(owner).map(s -> s.owner().equals(owner))))
        .checkAssert(owned -> assertThat(owned).isTrue());
  }

  @Test
  void anActivityRemadeByItsFactoryIsEqualAndKeepsItsVisibility() {
    qt().forAll(ValueStreams.activities())
        .checkAssert(
            activity -> {
              ValueStreamActivity again =
                  activity.isVisibleToOtherParties()
                      ? ValueStreamActivity.visible(activity.id(), activity.name())
                      : ValueStreamActivity.hidden(activity.id(), activity.name());
              assertThat(again).isEqualTo(activity).hasSameHashCodeAs(activity);
              ValueStreamActivity flipped =
                  activity.isVisibleToOtherParties()
                      ? ValueStreamActivity.hidden(activity.id(), activity.name())
                      : ValueStreamActivity.visible(activity.id(), activity.name());
              assertThat(flipped).isNotEqualTo(activity);
              assertThat(flipped.isVisibleToOtherParties())
                  .isNotEqualTo(activity.isVisibleToOtherParties());
            });
  }
}
