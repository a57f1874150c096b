package org.covalue.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypedIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "cfo", "A-1", "_x", "9", "it.services:desk_2"})
  void acceptsTheDocumentedForm(String text) {
    assertThat(StakeholderId.of(text).value()).isEqualTo(text);
    assertThat(StakeholderId.of(text)).hasToString(text);
  }

  @Test
  void acceptsExactly128Characters() {
    String longest = "a".repeat(128);
    assertThat(PartyId.of(longest).value()).isEqualTo(longest);
    assertThatThrownBy(() -> PartyId.of(longest + "a")).isInstanceOf(InvalidModelException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "a b", "-a", ".a", ":a", "é", "a/b", "a\n"})
  void refusesOtherTextNamingTheKindAndValue(String text) {
    assertThatThrownBy(() -> ServiceId.of(text))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("Service id must be 1 to 128 letters, digits, '.', '_', ':' or '-'")
        .hasMessageEndingWith("but was \"" + text + "\"");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void refusesNull() {
    assertThatThrownBy(() -> ResourceId.of(null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Resource id must not be null");
  }

  @Test
  void idsOfDifferentKindsAreNeverEqual() {
    assertThat(StakeholderId.of("x")).isEqualTo(StakeholderId.of("x"));
    assertThat(StakeholderId.of("x")).hasSameHashCodeAs(StakeholderId.of("x"));
    assertThat((Object) StakeholderId.of("x")).isNotEqualTo(PartyId.of("x"));
    assertThat(StakeholderId.of("x")).isNotEqualTo(StakeholderId.of("y"));
  }

  @Test
  void idsCompareByText() {
    assertThat(ProductId.of("a")).isLessThan(ProductId.of("b"));
    assertThat(ProductId.of("b").compareTo(ProductId.of("b"))).isZero();
  }

  @Test
  void everyKindNamesItselfInItsMessage() {
    List<Function<String, ? extends TypedId<?>>> factories =
        List.of(
            StakeholderId::of,
            PartyId::of,
            ServiceRelationshipId::of,
            ResourceId::of,
            ProductId::of,
            ServiceId::of,
            ServiceOfferingId::of);
    List<String> kinds =
        List.of(
            "Stakeholder id",
            "Party id",
            "Service relationship id",
            "Resource id",
            "Product id",
            "Service id",
            "Service offering id");
    List<String> codes =
        List.of(
            "stakeholder",
            "party",
            "service-relationship",
            "resource",
            "product",
            "service",
            "service-offering");
    for (int i = 0; i < factories.size(); i++) {
      Function<String, ? extends TypedId<?>> factory = factories.get(i);
      assertThat(factory.apply("ok").value()).isEqualTo("ok");
      assertThat(factory.apply("ok").kind()).isEqualTo(codes.get(i));
      assertThat(factory.apply("ok").describe()).isEqualTo(codes.get(i).replace('-', ' ') + " ok");
      assertThatThrownBy(() -> factory.apply("not ok"))
          .hasMessageStartingWith(kinds.get(i) + " must");
    }
  }

  @Test
  void hashCodesDependOnlyOnKindAndText() {
    assertThat(PartyId.of("contoso").hashCode())
        .isEqualTo("party".hashCode() * 31 + "contoso".hashCode());
    assertThat(ServiceRelationshipId.of("r").hashCode())
        .isEqualTo("service-relationship".hashCode() * 31 + "r".hashCode());
  }

  @Test
  void aHugeTextIsRefusedWithAShortMessage() {
    String huge = "a b".repeat(400_000);
    assertThatThrownBy(() -> StakeholderId.of(huge))
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> {
              assertThat(e.getMessage()).hasSizeLessThan(400).endsWith("…\"");
              assertThat(e.violations().get(0).rejectedValue().orElseThrow()).hasSize(120);
            });
  }

  @Test
  void aKindMustBeALowerCaseCode() {
    assertThatThrownBy(() -> new OddId("Odd kind"))
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(InvalidModelException.class)
        .hasMessage("An id kind must be lower-case words joined by '-', but was Odd kind");
  }

  @Test
  void aNewWellFormedKindIsTakenAndABadOneIsRefusedEveryTime() {
    // A kind no other test uses, so that it is checked here for the first time.
    StringBuilder fresh = new StringBuilder("fresh-");
    new java.util.Random().ints(12, 'a', 'z' + 1).forEach(c -> fresh.append((char) c));
    String kind = fresh.toString();
    assertThat(new OddId(kind).kind()).isEqualTo(kind);
    assertThat(new OddId(kind).describe()).isEqualTo(kind.replace('-', ' ') + " x");
    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> new OddId(kind + "-"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("but was " + kind + "-");
    }
  }

  private static final class OddId extends TypedId<OddId> {
    OddId(String kind) {
      super(kind, "x");
    }
  }

  /**
   * Every character of the first 1,024 and a few beyond, first and after the first, against the
   * documented form written as a regular expression: the check accepts exactly what it accepts.
   */
  @Test
  void everyCharacterIsAcceptedExactlyWhereTheDocumentedFormAllowsIt() {
    java.util.regex.Pattern form =
        java.util.regex.Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._:-]{0,127}");
    StringBuilder characters = new StringBuilder();
    for (char c = 0; c < 1024; c++) {
      characters.append(c);
    }
    characters.append("\uff10\uff21\u0130\u212a\ufffd\uffff");
    for (int i = 0; i < characters.length(); i++) {
      char c = characters.charAt(i);
      for (String text : List.of(String.valueOf(c), c + "a", "a" + c, "a" + c + "b")) {
        boolean expected = form.matcher(text).matches();
        assertThat(accepts(text)).as("U+%04X in \"%s\"", (int) c, text).isEqualTo(expected);
      }
    }
    assertThat(accepts("")).isFalse();
    assertThat(accepts("_".repeat(128))).isTrue();
    assertThat(accepts("_".repeat(129))).isFalse();
  }

  private static boolean accepts(String text) {
    try {
      return PartyId.of(text).value().equals(text);
    } catch (InvalidModelException e) {
      assertThat(e.violations())
          .singleElement()
          .satisfies(v -> assertThat(v.message()).contains("must be 1 to 128"));
      return false;
    }
  }
}
