package org.covalue.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuleTest {

  private static final ItilReference SECTION = ItilReference.section("1.2.4");

  @Test
  void keepsItsParts() {
    Rule rule =
        Rule.of("journey-path.mid-way-entry", Severity.INFO, SECTION, "A journey starts part-way");
    assertThat(rule.id()).isEqualTo("journey-path.mid-way-entry");
    assertThat(rule.defaultSeverity()).isEqualTo(Severity.INFO);
    assertThat(rule.reference()).isEqualTo(SECTION);
    assertThat(rule.description()).isEqualTo("A journey starts part-way");
    assertThat(rule).hasToString("journey-path.mid-way-entry");
    assertThat(rule)
        .isEqualTo(
            Rule.of(
                "journey-path.mid-way-entry", Severity.INFO, SECTION, "A journey starts part-way"))
        .hasSameHashCodeAs(
            Rule.of(
                "journey-path.mid-way-entry", Severity.INFO, SECTION, "A journey starts part-way"))
        .isNotEqualTo(
            Rule.of("journey-path.other", Severity.INFO, SECTION, "A journey starts part-way"))
        .isNotEqualTo(
            Rule.of(
                "journey-path.mid-way-entry", Severity.ERROR, SECTION, "A journey starts part-way"))
        .isNotEqualTo(
            Rule.of(
                "journey-path.mid-way-entry",
                Severity.INFO,
                ItilReference.section("1.2"),
                "A journey starts part-way"))
        .isNotEqualTo(Rule.of("journey-path.mid-way-entry", Severity.INFO, SECTION, "Other"));
  }

  @Test
  void idsAreDottedLowerCaseWordsJoinedByHyphens() {
    for (String good : new String[] {"a", "a.b", "a-b.c-d-e", "x1.2y", "a".repeat(100)}) {
      assertThat(Rule.of(good, Severity.INFO, SECTION, "d").id()).isEqualTo(good);
    }
    for (String bad :
        new String[] {
          "", "Upper", "a..b", "a.", ".a", "-a", "a-", "a--b", "a.-b", "a b", "a_b", "a".repeat(101)
        }) {
      assertThatThrownBy(() -> Rule.of(bad, Severity.INFO, SECTION, "d"))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageStartingWith(
              "id: Rule id must be at most 100 characters of dotted, lower-case words joined by"
                  + " hyphens, but was \"");
    }
  }

  @Test
  void aHugeIdIsRefusedQuicklyWithAShortMessage() {
    String huge = "a-".repeat(500_000) + "a";
    assertThatThrownBy(() -> Rule.of(huge, Severity.INFO, SECTION, "d"))
        .isInstanceOf(InvalidModelException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
  }

  @Test
  void descriptionsAreOneShortLine() {
    for (String bad : new String[] {" ", "two\nlines", "cr\rline", "x".repeat(301)}) {
      assertThatThrownBy(() -> Rule.of("a", Severity.INFO, SECTION, bad))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageStartingWith("description: Rule description must be one line of 1 to 300");
    }
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void reportsEveryMissingPart() {
    assertThatThrownBy(() -> Rule.of(null, null, null, null))
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path)
                    .containsExactly("id", "defaultSeverity", "reference", "description"));
  }
}
