package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.regex.Pattern;
import org.covalue.core.PartyId;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.StakeholderId;
import org.covalue.core.TypedId;
import org.covalue.testkit.Ids;
import org.junit.jupiter.api.Test;

/** Laws of the typed ids: they round-trip through their text and compare like it. */
class TypedIdPropertiesTest {

  private static final Pattern DOCUMENTED_FORM =
      Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._:-]{0,127}");

  private static TypedId<?> remake(TypedId<?> id) {
    String text = id.value();
    if (id instanceof StakeholderId) {
      return StakeholderId.of(text);
    } else if (id instanceof PartyId) {
      return PartyId.of(text);
    } else if (id instanceof ServiceRelationshipId) {
      return ServiceRelationshipId.of(text);
    } else if (id instanceof ResourceId) {
      return ResourceId.of(text);
    } else if (id instanceof ProductId) {
      return ProductId.of(text);
    } else if (id instanceof ServiceId) {
      return ServiceId.of(text);
    } else if (id instanceof ServiceOfferingId) {
      return ServiceOfferingId.of(text);
    }
    throw new AssertionError("unknown id kind " + id.getClass());
  }

  private static List<TypedId<?>> everyKind(String text) {
    return List.of(
        StakeholderId.of(text),
        PartyId.of(text),
        ServiceRelationshipId.of(text),
        ResourceId.of(text),
        ProductId.of(text),
        ServiceId.of(text),
        ServiceOfferingId.of(text));
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
              assertThat(Laws.sign(x.compareTo(y))).isEqualTo(Laws.sign(a.compareTo(b)));
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
