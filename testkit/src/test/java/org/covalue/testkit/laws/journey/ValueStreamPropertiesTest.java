package org.covalue.testkit.laws.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashSet;
import java.util.Set;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.covalue.testkit.Ids;
import org.covalue.testkit.ValueStreams;
import org.junit.jupiter.api.Test;

/** Laws of value streams and their activities as values (§1.2.4, Figure 1.4). */
class ValueStreamPropertiesTest {

  @Test
  void aValueStreamRebuiltFromItselfIsEqual() {
    qt().forAll(ValueStreams.valueStreams())
        .checkAssert(
            stream -> {
              ValueStream copy = ValueStream.builder().from(stream).build();
              assertThat(copy).isEqualTo(stream).hasSameHashCodeAs(stream);
              assertThat(stream.activities()).isNotEmpty();
              Set<ValueStreamActivityId> ids = new HashSet<>();
              stream.activities().forEach(activity -> assertThat(ids.add(activity.id())).isTrue());
            });
  }

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
                  activity.visibleToOtherParties()
                      ? ValueStreamActivity.visible(activity.id(), activity.name())
                      : ValueStreamActivity.hidden(activity.id(), activity.name());
              assertThat(again).isEqualTo(activity).hasSameHashCodeAs(activity);
              ValueStreamActivity flipped =
                  activity.visibleToOtherParties()
                      ? ValueStreamActivity.hidden(activity.id(), activity.name())
                      : ValueStreamActivity.visible(activity.id(), activity.name());
              assertThat(flipped).isNotEqualTo(activity);
              assertThat(flipped.visibleToOtherParties())
                  .isNotEqualTo(activity.visibleToOtherParties());
            });
  }

  @Test
  void valueStreamsThatDifferInOneAttributeAreNotEqual() {
    qt().forAll(ValueStreams.valueStreams(), ValueStreams.valueStreams())
        .checkAssert(
            (a, b) -> {
              if (!a.id().equals(b.id())) {
                assertThat(ValueStream.builder().from(a).id(b.id()).build()).isNotEqualTo(a);
              }
              if (!a.owner().equals(b.owner())) {
                assertThat(ValueStream.builder().from(a).owner(b.owner()).build()).isNotEqualTo(a);
              }
              if (!a.activities().equals(b.activities())) {
                assertThat(ValueStream.builder().from(a).activities(b.activities()).build())
                    .isNotEqualTo(a);
              }
            });
  }
}
