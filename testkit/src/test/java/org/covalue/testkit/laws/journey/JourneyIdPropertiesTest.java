package org.covalue.testkit.laws.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.covalue.core.PartyId;
import org.covalue.core.TypedId;
import org.covalue.journey.JourneyId;
import org.covalue.journey.ServiceInteractionId;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.ValueStreamId;
import org.covalue.testkit.Ids;
import org.junit.jupiter.api.Test;

/**
 * Laws of the journey module's typed ids: they round-trip through their text and compare like it.
 */
class JourneyIdPropertiesTest {

  private static TypedId<?> remake(TypedId<?> id) {
    String text = id.value();
    if (id instanceof JourneyId) {
      return JourneyId.of(text);
    } else if (id instanceof TouchpointId) {
      return TouchpointId.of(text);
    } else if (id instanceof ServiceInteractionId) {
      return ServiceInteractionId.of(text);
    } else if (id instanceof ValueStreamId) {
      return ValueStreamId.of(text);
    } else if (id instanceof ValueStreamActivityId) {
      return ValueStreamActivityId.of(text);
    }
    throw new AssertionError("not a journey id kind: " + id.getClass());
  }

  private static List<TypedId<?>> everyKind(String text) {
    return List.of(
        JourneyId.of(text),
        TouchpointId.of(text),
        ServiceInteractionId.of(text),
        ValueStreamId.of(text),
        ValueStreamActivityId.of(text),
        PartyId.of(text));
  }

  @Test
  void idsRoundTripThroughTheirText() {
    qt().forAll(Ids.anyJourneyIds())
        .checkAssert(
            id -> {
              TypedId<?> again = remake(id);
              assertThat(again).isEqualTo(id).hasSameHashCodeAs(id).isNotSameAs(id);
              assertThat(again.toString()).isEqualTo(id.value());
            });
  }

  @Test
  void eachKindKeepsTheTextItIsGiven() {
    qt().forAll(Ids.idTexts())
        .checkAssert(
            text -> {
              for (TypedId<?> id : everyKind(text)) {
                assertThat(id.value()).isEqualTo(text);
              }
            });
  }

  @Test
  void idsOfDifferentKindsWithTheSameTextAreNotEqual() {
    qt().forAll(Ids.idTexts())
        .checkAssert(
            text -> {
              List<TypedId<?>> ids = everyKind(text);
              for (int i = 0; i < ids.size(); i++) {
                for (int j = 0; j < ids.size(); j++) {
                  assertThat(ids.get(i).equals(ids.get(j))).isEqualTo(i == j);
                }
              }
            });
  }

  @Test
  void idsOfOneKindCompareAndEqualLikeTheirTexts() {
    qt().forAll(Ids.touchpointIds(), Ids.touchpointIds())
        .checkAssert(
            (x, y) -> {
              assertThat(Integer.signum(x.compareTo(y)))
                  .isEqualTo(Integer.signum(x.value().compareTo(y.value())));
              assertThat(x.equals(y)).isEqualTo(x.value().equals(y.value()));
              assertThat(x.compareTo(y) == 0).isEqualTo(x.equals(y));
            });
    qt().forAll(Ids.valueStreamActivityIds(), Ids.valueStreamIds())
        .checkAssert(
            (activity, stream) -> {
              assertThat(ValueStreamActivityId.of(activity.value())).isEqualTo(activity);
              assertThat(ValueStreamId.of(stream.value())).isEqualTo(stream);
            });
    qt().forAll(Ids.journeyIds(), Ids.serviceInteractionIds())
        .checkAssert(
            (journey, interaction) -> {
              assertThat(JourneyId.of(journey.value())).isEqualTo(journey);
              assertThat(ServiceInteractionId.of(interaction.value())).isEqualTo(interaction);
            });
  }
}
