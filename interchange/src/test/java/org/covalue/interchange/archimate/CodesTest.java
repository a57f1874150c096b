package org.covalue.interchange.archimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.regex.Pattern;
import org.covalue.core.Level;
import org.covalue.core.Score;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Identifiers, codes, numbers and XML text as the export writes them. */
class CodesTest {

  /** An NCName in the ASCII range the export uses: what {@code xs:ID} accepts. */
  private static final Pattern NC_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");

  private static final String ID_ALPHABET = "aZ9._:-";

  /**
   * covalue ids drawn from a small alphabet that holds every special character, so they collide.
   */
  private static Gen<String> ids() {
    return lists()
        .of(integers().between(0, ID_ALPHABET.length() - 1))
        .ofSizeBetween(1, 6)
        .map(
            indexes -> {
              StringBuilder id = new StringBuilder();
              indexes.forEach(i -> id.append(ID_ALPHABET.charAt(i)));
              return id.toString();
            });
  }

  @Test
  void identifiersAreNcNamesAndDifferForDifferentParts() {
    qt().withExamples(2_000)
        .forAll(lists().of(ids()).ofSizeBetween(1, 3), lists().of(ids()).ofSizeBetween(1, 3))
        .checkAssert(
            (List<String> a, List<String> b) -> {
              String first = Codes.id("touchpoint", a.toArray(String[]::new));
              String second = Codes.id("touchpoint", b.toArray(String[]::new));
              assertThat(first).matches(NC_NAME);
              assertThat(first.equals(second)).isEqualTo(a.equals(b));
            });
  }

  @Test
  void identifiersReadLikeTheirIds() {
    assertThat(Codes.id("party", "contoso")).isEqualTo("party_contoso");
    assertThat(Codes.id("party", "shop_1:eu")).isEqualTo("party_shop__1_ceu");
    assertThat(Codes.id("touchpoint", "get-help", "call")).isEqualTo("touchpoint_get-help_.call");
    assertThat(Codes.id("party", "_")).isEqualTo("party___");
  }

  @Test
  void codesNumbersAndRatings() {
    assertThat(Codes.code("CO_CREATE")).isEqualTo("co-create");
    assertThat(Codes.number(1.0)).isEqualTo("1");
    assertThat(Codes.number(0.0)).isEqualTo("0");
    assertThat(Codes.number(0.25)).isEqualTo("0.25");
    assertThat(Codes.number(1e-7)).isEqualTo("0.0000001");
    assertThat(Codes.rating(Level.MEDIUM)).isEqualTo("medium");
    assertThat(Codes.rating(Score.of(0.7))).isEqualTo("0.7");
  }

  @Test
  void xmlTextHoldsOnlyCharactersXmlAllows() {
    qt().withExamples(2_000)
        .forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(
            text -> {
              String cleaned = Codes.xmlText(text);
              assertThat(cleaned).hasSameSizeAs(text);
              cleaned.codePoints().forEach(c -> assertThat(isXmlChar(c)).as("U+%04X", c).isTrue());
              if (text.codePoints().allMatch(CodesTest::isXmlChar) && !hasLoneSurrogate(text)) {
                assertThat(cleaned).isEqualTo(text);
              }
            });
  }

  @Test
  void xmlTextReplacesWhatXmlCannotHold() {
    assertThat(Codes.xmlText("a\u0000b\uFFFEc\uD800d\uDC00e\uD83D\uDE00\t\n"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uD83D\uDE00\t\n");
    assertThat(Codes.xmlText("plain")).isSameAs("plain");
  }

  private static boolean isXmlChar(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  private static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))) {
        return true;
      }
      if (Character.isHighSurrogate(c)) {
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
