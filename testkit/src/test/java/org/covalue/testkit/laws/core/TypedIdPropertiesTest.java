package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
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
import org.covalue.testkit.Ids;
import org.covalue.testkit.internal.IdGens;
import org.junit.jupiter.api.Test;

/**
 * Laws of the typed ids of covalue-core and covalue-journey: they round-trip through their text,
 * know their kind, and compare like their text.
 */
class TypedIdPropertiesTest {

  private static final Pattern DOCUMENTED_FORM =
      Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._:-]{0,127}");

  /** The kind each type of id documents, by type. */
  private static final Map<Class<?>, String> KINDS =
      Map.ofEntries(
          Map.entry(StakeholderId.class, "stakeholder"),
          Map.entry(PartyId.class, "party"),
          Map.entry(ServiceRelationshipId.class, "service-relationship"),
          Map.entry(ResourceId.class, "resource"),
          Map.entry(ProductId.class, "product"),
          Map.entry(ServiceId.class, "service"),
          Map.entry(ServiceOfferingId.class, "service-offering"),
          Map.entry(JourneyId.class, "journey"),
          Map.entry(TouchpointId.class, "touchpoint"),
          Map.entry(ServiceInteractionId.class, "service-interaction"),
          Map.entry(ValueStreamId.class, "value-stream"),
          Map.entry(ValueStreamActivityId.class, "value-stream-activity"),
          Map.entry(CaseId.class, "case"));

  private static List<TypedId<?>> everyKind(String text) {
    List<TypedId<?>> ids = new ArrayList<>();
    for (Function<String, ? extends TypedId<?>> factory : IdGens.FACTORIES) {
      ids.add(factory.apply(text));
    }
    return ids;
  }

  private static TypedId<?> remake(TypedId<?> id) {
    for (TypedId<?> candidate : everyKind(id.value())) {
      if (candidate.getClass() == id.getClass()) {
        return candidate;
      }
    }
    throw new AssertionError("unknown id kind " + id.getClass());
  }

  @Test
  void idsRoundTripThroughTheirText() {
    qt().forAll(Ids.anyIds())
        .checkAssert(
            id -> {
              TypedId<?> again = remake(id);
              assertThat(again).isEqualTo(id).hasSameHashCodeAs(id).isNotSameAs(id);
              assertThat(again.toString()).isEqualTo(id.value());
            });
  }

  @Test
  void everyIdKnowsTheKindItsTypeDocuments() {
    qt().forAll(Ids.anyIds())
        .checkAssert(
            id -> {
              assertThat(id.kind()).isEqualTo(KINDS.get(id.getClass()));
              assertThat(id.describe()).isEqualTo(id.kind().replace('-', ' ') + " " + id.value());
            });
    assertThat(IdGens.FACTORIES).hasSize(KINDS.size());
  }

  @Test
  void everyTextOfTheDocumentedFormIsAcceptedByEveryKindAndKeptAsIs() {
    qt().forAll(Ids.idTexts())
        .checkAssert(
            text -> {
              assertThat(text).matches(DOCUMENTED_FORM);
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
  void idsCompareAndEqualLikeTheirTexts() {
    qt().forAll(Ids.idTexts(), Ids.idTexts())
        .checkAssert(
            (a, b) -> {
              PartyId x = PartyId.of(a);
              PartyId y = PartyId.of(b);
              assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Integer.signum(a.compareTo(b)));
              assertThat(x.equals(y)).isEqualTo(a.equals(b));
              assertThat(x.compareTo(y) == 0).isEqualTo(x.equals(y));
              if (x.equals(y)) {
                assertThat(x.hashCode()).isEqualTo(y.hashCode());
              }
            });
  }

  @Test
  void equalTextsGiveEqualIdsOfEveryKind() {
    qt().forAll(Ids.idTexts())
        .checkAssert(
            text ->
                assertThat(everyKind(text))
                    .isEqualTo(everyKind(String.valueOf(text.toCharArray()))));
  }
}
