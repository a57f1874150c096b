package org.covalue.interchange.picture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void labelIsOneLineWithoutControlCharacters() {
    assertThat(Text.label("a\nb\tc\u0007d\u2028e  f ", 40)).isEqualTo("a b c d e f");
    assertThat(Text.label("  \n ", 40)).isEqualTo("?");
  }

  @Test
  void labelIsShortenedWithAnEllipsisToAtMostItsLength() {
    assertThat(Text.label("abcdef", 6)).isEqualTo("abcdef");
    assertThat(Text.label("abcdefg", 6)).isEqualTo("abcde…");
    assertThat(Text.label("x".repeat(100_000), 40)).hasSize(40).endsWith("…");
    assertThat(Text.label("abcde fgh", 7)).isEqualTo("abcde…");
  }

  @Test
  void labelNeverSplitsASurrogatePairAndReplacesAnUnpairedOne() {
    String label = Text.label("😀😀😀😀", 3);
    assertThat(label).isEqualTo("😀😀…");
    assertThat(Text.label("a\uD800b", 10)).isEqualTo("a\uFFFDb");
  }

  @Test
  void xmlEscapesMarkupAndDropsWhatXmlCannotHold() {
    assertThat(Text.xml("<a href=\"x\">R&D's</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;R&amp;D&#39;s&lt;/a&gt;");
    assertThat(Text.xml("a\u0000b\uFFFEc\uDC00")).isEqualTo("a\uFFFDb\uFFFDc\uFFFD");
    assertThat(Text.xml("😀")).isEqualTo("😀");
  }

  @Test
  void mermaidKeepsLettersDigitsAndSpacesAndEncodesTheRest() {
    assertThat(Text.mermaid("Contoso Logistics 2")).isEqualTo("Contoso Logistics 2");
    assertThat(Text.mermaid("a\"b:c;d#e")).isEqualTo("a#34;b#58;c#59;d#35;e");
    assertThat(Text.mermaid("end [x]")).isEqualTo("end #91;x#93;");
    assertThat(Text.mermaid("😀")).isEqualTo("#128512;");
    assertThat(Text.mermaid("Ωж中")).isEqualTo("Ωж中");
  }

  @Test
  void mermaidEscapingIsUndoneByDecodingEntities() {
    for (String hostile : Samples.HOSTILE) {
      String escaped = Text.mermaid(hostile);
      assertThat(escaped).matches("([\\p{L}\\p{N} ._-]|#[0-9]+;)*");
      assertThat(Samples.decodeMermaid(escaped)).isEqualTo(hostile);
    }
  }

  @Test
  void dotEscapesQuotesAndBackslashes() {
    assertThat(Text.dot("a \"b\" \\N")).isEqualTo("a \\\"b\\\" \\\\N");
  }

  @Test
  void numbersAreWrittenTheSameEverywhere() {
    assertThat(Text.number(0.5, 4)).isEqualTo("0.5");
    assertThat(Text.number(1.0 / 3, 2)).isEqualTo("0.33");
    assertThat(Text.number(12.0, 1)).isEqualTo("12");
    assertThat(Text.number(-0.01, 1)).isEqualTo("0");
  }

  @Test
  void wrapBreaksAtSpacesAndShortensTheLastLine() {
    assertThat(Text.wrap("Contacts the service desk", 12, 2))
        .containsExactly("Contacts the", "service desk");
    assertThat(Text.wrap("one two three four five six", 8, 2))
        .containsExactly("one two", "three f…");
  }
}
