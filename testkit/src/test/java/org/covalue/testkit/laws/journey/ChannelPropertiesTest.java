package org.covalue.testkit.laws.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.covalue.core.stakeholder.StakeholderKind;
import org.covalue.journey.Channel;
import org.covalue.testkit.Journeys;
import org.junit.jupiter.api.Test;

/** Laws of the open vocabulary of channels. */
class ChannelPropertiesTest {

  @Test
  void channelsRoundTripThroughTheirCode() {
    qt().forAll(Journeys.channels())
        .checkAssert(
            channel -> {
              Channel again = Channel.of(channel.code());
              assertThat(again).isEqualTo(channel).hasSameHashCodeAs(channel);
              assertThat(again.isPredefined()).isEqualTo(channel.isPredefined());
              assertThat(again.toString()).isEqualTo(channel.code());
              assertThat(channel.code()).matches("[A-Z][A-Z0-9_]{0,63}");
            });
  }

  @Test
  void aChannelIsPredefinedExactlyWhenTheListHoldsItAndThenHasADescription() {
    qt().forAll(Journeys.channels())
        .checkAssert(
            channel -> {
              assertThat(Channel.predefined().contains(channel)).isEqualTo(channel.isPredefined());
              assertThat(channel.description().isPresent()).isEqualTo(channel.isPredefined());
              if (channel.isPredefined()) {
                assertThat(Channel.of(channel.code())).isSameAs(channel);
              }
            });
  }

  @Test
  void channelsAreEqualExactlyWhenTheirCodesAreAndNeverEqualAnotherVocabulary() {
    qt().forAll(Journeys.channels(), Journeys.channels())
        .checkAssert(
            (a, b) -> {
              assertThat(a.equals(b)).isEqualTo(a.code().equals(b.code()));
              if (a.equals(b)) {
                assertThat(a.hashCode()).isEqualTo(b.hashCode());
              }
              assertThat(a.equals(StakeholderKind.of(a.code()))).isFalse();
            });
  }
}
