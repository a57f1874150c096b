package org.covalue.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The kernel's limits, each at its edge: what is just allowed and what is just refused. */
class KernelBoundariesTest {

  @Test
  void ruleDescriptionsAreAtMostThreeHundredCharacters() {
    String longest = "d".repeat(Rule.MAX_DESCRIPTION_LENGTH);
    ItilReference section = ItilReference.section("1.2.1");
    assertThat(Rule.of("x.y", Severity.INFO, section, longest).description()).isEqualTo(longest);
    assertThatThrownBy(() -> Rule.of("x.y", Severity.INFO, section, longest + "d"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("description: Rule description must be one line of 1 to 300");
  }

  @Test
  void messagesAreKeptWholeUpToTheirLimitAndCutBeyondIt() {
    String longest = "m".repeat(Violation.MAX_MESSAGE_LENGTH);
    assertThat(Violation.of("p", longest).message()).isEqualTo(longest);
    assertThat(Violation.of("p", longest + "m").message())
        .hasSize(Violation.MAX_MESSAGE_LENGTH)
        .endsWith("m…");
  }

  @Test
  void shortenedValuesNeverEndInHalfACharacter() {
    int limit = Violation.MAX_REJECTED_VALUE_LENGTH;
    String exact = "v".repeat(limit);
    assertThat(Violations.shorten(exact)).isEqualTo(exact);
    // A pair of surrogates (one emoji) sits across the cut: it goes whole.
    String across = "v".repeat(limit - 2) + "\uD83D\uDE00" + "vv";
    assertThat(Violations.shorten(across)).isEqualTo("v".repeat(limit - 2) + "…");
    // A pair just before the cut is kept whole.
    String before = "v".repeat(limit - 3) + "\uD83D\uDE00" + "vvv";
    assertThat(Violations.shorten(before)).isEqualTo("v".repeat(limit - 3) + "\uD83D\uDE00…");
  }

  @Test
  void anEmojiAloneIsReadableAndALoneHalfIsNot() {
    assertThat(Violations.unreadable("\uD83D\uDE00", false)).isEmpty();
    assertThat(Violations.unreadable("a\uD83D\uDE00", false)).isEmpty();
    assertThat(Violations.unreadable("abc\uD83D", false)).isPresent();
    assertThat(Violations.unreadable("\uD83Dabc", false)).isPresent();
    assertThat(Violations.unreadable("\uDE00abc", false)).isPresent();
  }
}
