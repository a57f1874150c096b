package org.covalue.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.util.List;
import org.covalue.core.offering.Service;
import org.covalue.core.party.Party;
import org.junit.jupiter.api.Test;

class ViolationsTest {

  @Test
  void copyOfNonNullNamesTheIndexOfTheNullElement() {
    assertThatThrownBy(
            () -> Violations.copyOfNonNull(java.util.Arrays.asList("a", "b", null), "xs"))
        .hasMessage("xs[2]: Element 2 of xs must not be null");
    assertThatThrownBy(() -> Violations.copyOfNonNull(java.util.Arrays.asList(null, "b"), "ys"))
        .hasMessage("ys[0]: Element 0 of ys must not be null");
    List<String> copy = Violations.copyOfNonNull(List.of("a", "b"), "zs");
    assertThat(copy).containsExactly("a", "b");
    assertThatThrownBy(() -> copy.add("c")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void emptyCollectorThrowsNothing() {
    Violations found = Violations.collect();
    assertThat(found.isEmpty()).isTrue();
    assertThat(found.toList()).isEmpty();
    assertThatCode(found::throwIfAny).doesNotThrowAnyException();
  }

  @Test
  void throwsEverythingCollectedInOrder() {
    Violations found =
        Violations.collect()
            .add("a", "First")
            .add("b", "Second", 2)
            .add(Violation.of("c", "Third"))
            .addAll("d", List.of(Violation.of("e", "Fourth")));
    assertThat(found.isEmpty()).isFalse();
    assertThatThrownBy(found::throwIfAny)
        .asInstanceOf(type(InvalidModelException.class))
        .extracting(InvalidModelException::violations)
        .isEqualTo(
            List.of(
                Violation.of("a", "First"),
                Violation.of("b", "Second", 2),
                Violation.of("c", "Third"),
                Violation.of("d.e", "Fourth")));
  }

  @Test
  void toListIsASnapshot() {
    Violations found = Violations.collect().add("a", "First");
    List<Violation> snapshot = found.toList();
    found.add("b", "Second");
    assertThat(snapshot).hasSize(1);
  }

  @Test
  void readableTextHasAVisibleCharacterAndNoControlCharacter() {
    assertThat(Violations.unreadable("Chief financial officer", false)).isEmpty();
    assertThat(Violations.unreadable("Café 😀 – ok", false)).isEmpty();
    assertThat(Violations.unreadable("first line\nsecond\tline\r\n", true)).isEmpty();
    assertThat(Violations.unreadable("\u200B", false)).contains("has no visible character");
    assertThat(Violations.unreadable(" \u00A0\u2003", false)).contains("has no visible character");
    assertThat(Violations.unreadable("a\u0000b", false))
        .contains("has the control character U+0000 at index 1");
    assertThat(Violations.unreadable("bell\u0007", true))
        .contains("has the control character U+0007 at index 4");
    assertThat(Violations.unreadable("two\nlines", false))
        .contains("has the control character U+000A at index 3");
    assertThat(Violations.unreadable("a\u2028b", false))
        .contains("has the line separator U+2028 at index 1");
    assertThat(Violations.unreadable("a\u2028b", true)).isEmpty();
    assertThat(Violations.unreadable("x\uD800", false))
        .contains("has an unpaired surrogate at index 1");
    assertThat(Violations.unreadable("\uDC00x", false))
        .contains("has an unpaired surrogate at index 0");
  }

  @Test
  void everyNameOfTheModelRefusesUnreadableText() {
    assertThatThrownBy(() -> Party.organization(PartyId.of("a"), "\u200B"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "name: Party name must be readable text on one line, but \"\u200B\" has no visible"
                + " character");
    assertThatThrownBy(() -> Party.organization(PartyId.of("a"), "Acme\u0007"))
        .hasMessage(
            "name: Party name must be readable text on one line, but \"Acme\u0007\" has the"
                + " control character U+0007 at index 4");
    assertThatThrownBy(
            () ->
                Service.builder()
                    .id(ServiceId.of("s"))
                    .name("Desk")
                    .description("A \u0000 in a description")
                    .build())
        .hasMessageStartingWith(
            "description: Service description must be readable text when given, but");
    assertThat(
            Service.builder()
                .id(ServiceId.of("s"))
                .name("Desk")
                .description("Two lines\nare fine here")
                .build()
                .description())
        .contains("Two lines\nare fine here");
  }

  @Test
  void readabilityIsCheckedInOnePassOnHugeText() {
    String huge = "a".repeat(2_000_000) + "\u0000";
    assertThatThrownBy(() -> Party.organization(PartyId.of("a"), huge))
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> assertThat(e.getMessage()).hasSizeLessThan(400).endsWith("at index 2000000"));
  }

  /**
   * Every character below U+0400 that is not a surrogate, alone and after a letter, on one line and
   * on several, against the documented rule worked out from the character's Unicode type.
   */
  @Test
  void everyCharacterIsJudgedAsItsUnicodeTypeSays() {
    for (char c = 0; c < 0x400; c++) {
      for (boolean multiLine : new boolean[] {false, true}) {
        int type = Character.getType(c);
        boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
        boolean separator =
            type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
        boolean refused =
            (type == Character.CONTROL && !(multiLine && lineBreakOrTab))
                || (separator && !multiLine);
        boolean visible =
            type != Character.CONTROL
                && type != Character.FORMAT
                && type != Character.SPACE_SEPARATOR
                && !separator
                && type != Character.UNASSIGNED
                && !Character.isWhitespace(c);
        String what =
            String.format(
                java.util.Locale.ROOT,
                "has the %s U+%04X at index ",
                separator ? "line separator" : "control character",
                (int) c);
        String alone = Violations.unreadable(String.valueOf(c), multiLine).orElse("readable");
        String afterALetter = Violations.unreadable("a" + c, multiLine).orElse("readable");
        String description = String.format("U+%04X, multiLine %s", (int) c, multiLine);
        assertThat(alone)
            .as(description)
            .isEqualTo(refused ? what + 0 : visible ? "readable" : "has no visible character");
        assertThat(afterALetter).as(description).isEqualTo(refused ? what + 1 : "readable");
      }
    }
  }
}
