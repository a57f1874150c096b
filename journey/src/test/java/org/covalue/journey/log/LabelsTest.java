package org.covalue.journey.log;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The dictionary of labels: one code per distinct text, in order of first appearance, every text
 * read back exactly, whether it is packed as a short key or kept in the table of longer texts, and
 * through every growth of its arrays.
 */
class LabelsTest {

  private static byte[] utf8(String text) {
    return text.getBytes(UTF_8);
  }

  /** Left-pads or cuts a text to a number of characters, keeping its end. */
  private static String fit(String text, int length) {
    if (text.length() >= length) {
      return text.substring(text.length() - length);
    }
    return "-".repeat(length - text.length()) + text;
  }

  /**
   * Texts of every UTF-8 length from 0 to 20 bytes around the 8-byte limit of packed keys, with and
   * without zero bytes (which cannot be packed), non-ASCII ones, long ones, and repeats.
   */
  private static List<String> awkwardTexts() {
    List<String> texts = new ArrayList<>();
    texts.add("");
    texts.add("\0");
    texts.add("\0\0");
    for (int k = 0; k < 150; k++) {
      String core = Integer.toString(k * 7919, 36);
      for (int length = 1; length <= 20; length++) {
        texts.add(fit(core, length));
      }
      texts.add(core + "\0");
      texts.add("\0" + core);
      texts.add(core.charAt(0) + "\0" + core);
      texts.add("é" + core);
      texts.add("ü".repeat(k % 5) + core);
      texts.add("€" + fit(core, 6));
      texts.add("label " + k + " of a longer kind " + "~".repeat(k % 40));
      texts.add(fit(core, 3));
      texts.add("\u0080" + k);
    }
    return texts;
  }

  /** The codes a dictionary must give: each new text the next number, a repeat its first one. */
  private static Map<String, Integer> expectedCodes(List<String> texts) {
    Map<String, Integer> codes = new LinkedHashMap<>();
    for (String text : texts) {
      codes.putIfAbsent(text, codes.size());
    }
    return codes;
  }

  private static void assertHoldsExactly(Labels labels, Map<String, Integer> codes) {
    assertThat(labels.size()).isEqualTo(codes.size());
    for (Map.Entry<String, Integer> entry : codes.entrySet()) {
      int code = entry.getValue();
      assertThat(labels.label(code)).isEqualTo(entry.getKey());
      assertThat(labels.byteLength(code)).isEqualTo(utf8(entry.getKey()).length);
      assertThat(labels.find(entry.getKey())).isEqualTo(code);
    }
  }

  @Test
  void everyTextReadsBackExactlyUnderTheCodeOfItsFirstAppearance() {
    List<String> texts = awkwardTexts();
    Map<String, Integer> expected = expectedCodes(texts);
    Labels labels = new Labels();
    for (String text : texts) {
      assertThat(labels.intern(text)).as("code of %s", text).isEqualTo(expected.get(text));
    }
    assertHoldsExactly(labels, expected);
    // Once every array has grown, each text still finds its own code and adds nothing.
    for (String text : texts) {
      assertThat(labels.intern(text)).isEqualTo(expected.get(text));
    }
    assertThat(labels.size()).isEqualTo(expected.size());
    assertHoldsExactly(labels.frozen(), expected);
  }

  @Test
  void textsGivenAsBytesGetTheCodesOfTheSameTexts() {
    List<String> texts = awkwardTexts();
    Map<String, Integer> expected = expectedCodes(texts);
    Labels labels = new Labels();
    for (String text : texts) {
      byte[] bytes = utf8(text);
      // The text sits in the middle of a larger array, between bytes that are not part of it.
      byte[] padded = new byte[bytes.length + 6];
      padded[0] = 'x';
      padded[1] = 0;
      padded[2] = 'y';
      System.arraycopy(bytes, 0, padded, 3, bytes.length);
      padded[padded.length - 3] = 'z';
      padded[padded.length - 1] = 'w';
      assertThat(labels.intern(padded, 3, bytes.length))
          .as("code of %s", text)
          .isEqualTo(expected.get(text));
    }
    assertHoldsExactly(labels, expected);
    for (String text : texts) {
      assertThat(labels.intern(text)).isEqualTo(expected.get(text));
    }
    assertThat(labels.size()).isEqualTo(expected.size());
  }

  @Test
  void aBatchGetsTheCodesOfInterningOneByOne() {
    List<String> texts = awkwardTexts();
    // The batch is one array of all the texts back to back, the last one ending the array.
    int total = 0;
    for (String text : texts) {
      total += utf8(text).length;
    }
    byte[] bytes = new byte[total];
    int[] offsets = new int[texts.size()];
    int[] lengths = new int[texts.size()];
    int at = 0;
    for (int i = 0; i < texts.size(); i++) {
      byte[] text = utf8(texts.get(i));
      System.arraycopy(text, 0, bytes, at, text.length);
      offsets[i] = at;
      lengths[i] = text.length;
      at += text.length;
    }
    Labels oneByOne = new Labels();
    Labels batched = new Labels();
    int[] codes = new int[texts.size()];
    // Two batches: the second meets texts the first already added.
    int half = texts.size() / 2;
    batched.internAll(bytes, offsets, lengths, half, codes);
    for (int i = 0; i < half; i++) {
      assertThat(codes[i]).isEqualTo(oneByOne.intern(bytes, offsets[i], lengths[i]));
    }
    int[] rest = new int[texts.size() - half];
    batched.internAll(
        bytes,
        java.util.Arrays.copyOfRange(offsets, half, texts.size()),
        java.util.Arrays.copyOfRange(lengths, half, texts.size()),
        rest.length,
        rest);
    for (int i = half; i < texts.size(); i++) {
      assertThat(rest[i - half]).isEqualTo(oneByOne.intern(bytes, offsets[i], lengths[i]));
    }
    assertHoldsExactly(batched, expectedCodes(texts));
  }

  @Test
  void textsWhoseHashesCollideStayDistinct() {
    // Find two different random texts with the same 32-bit hash: by the birthday bound, about
    // 4.6 pairs are expected among 300 000 of them.
    Map<Integer, String> byHash = new HashMap<>();
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    String first = null;
    String second = null;
    for (int i = 0; i < 300_000 && first == null; i++) {
      StringBuilder candidate = new StringBuilder();
      for (int k = 0; k < 12 + random.nextInt(3); k++) {
        candidate.append((char) ('a' + random.nextInt(26)));
      }
      String text = candidate.toString();
      byte[] bytes = utf8(text);
      String earlier = byHash.putIfAbsent(Labels.hash(bytes, 0, bytes.length), text);
      if (earlier != null && !earlier.equals(text)) {
        first = earlier;
        second = text;
      }
    }
    assertThat(first).as("two texts with one hash").isNotNull();
    String a = java.util.Objects.requireNonNull(first);
    String b = java.util.Objects.requireNonNull(second);
    assertThat(a).isNotEqualTo(b);
    Labels labels = new Labels();
    int codeOfA = labels.intern(a);
    int codeOfB = labels.intern(b);
    assertThat(codeOfB).isNotEqualTo(codeOfA);
    assertThat(labels.intern(a)).isEqualTo(codeOfA);
    assertThat(labels.intern(b)).isEqualTo(codeOfB);
    assertThat(labels.label(codeOfA)).isEqualTo(a);
    assertThat(labels.label(codeOfB)).isEqualTo(b);
  }

  @Test
  void aTextThatStartsOrEndsAnotherIsNotTakenForIt() {
    Labels labels = new Labels();
    int longer = labels.intern("abcdefghijk");
    int next = labels.intern("lmnopqrstuv");
    assertThat(labels.find("abcdefghij")).isEqualTo(-1);
    assertThat(labels.find("abcdefghijkl")).isEqualTo(-1);
    assertThat(labels.find("bcdefghijk")).isEqualTo(-1);
    assertThat(labels.find("abcd")).isEqualTo(-1);
    assertThat(labels.find("abcdefghijk")).isEqualTo(longer);
    assertThat(labels.find("lmnopqrstuv")).isEqualTo(next);
    int shorter = labels.intern("abcdefghij");
    assertThat(shorter).isEqualTo(2);
    assertThat(labels.find("abcdefghij")).isEqualTo(shorter);
    assertThat(labels.intern("abcdefghijk")).isEqualTo(longer);
    assertThat(new Labels().find("")).isEqualTo(-1);
  }

  @Test
  void textsWithZeroBytesAreNotConfusedWithTheirPackedPrefix() {
    // A packed key drops nothing but zero bytes would vanish from it: such texts are kept apart.
    Labels labels = new Labels();
    int a = labels.intern("a");
    int aZero = labels.intern("a\0");
    int aZeroZero = labels.intern("a\0\0");
    int zero = labels.intern("\0");
    int zeroA = labels.intern("\0a");
    assertThat(List.of(a, aZero, aZeroZero, zero, zeroA)).containsExactly(0, 1, 2, 3, 4);
    assertThat(labels.byteLength(aZeroZero)).isEqualTo(3);
    assertThat(labels.label(zeroA)).isEqualTo("\0a");
  }

  @Test
  void manyTextsOfEachKindSurviveTheGrowthOfTheirTables() {
    // Each kind alone: only packed keys, only short texts with a zero byte, only long texts,
    // only empty-or-long texts; enough of each to grow every table several times.
    List<List<String>> kinds = new ArrayList<>();
    List<String> packed = new ArrayList<>();
    List<String> zeroed = new ArrayList<>();
    List<String> long_ = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      packed.add(Integer.toString(i, 7));
      zeroed.add(i % 1000 + "\0" + i / 1000);
      long_.add("a long label, number " + i);
    }
    kinds.add(packed);
    kinds.add(zeroed);
    kinds.add(long_);
    List<String> withEmpty = new ArrayList<>(long_.subList(0, 100));
    withEmpty.add(0, "");
    kinds.add(withEmpty);
    for (List<String> texts : kinds) {
      Map<String, Integer> expected = expectedCodes(texts);
      Labels labels = new Labels();
      for (String text : texts) {
        labels.intern(text);
      }
      for (String text : texts) {
        assertThat(labels.intern(text)).as("code of %s", text).isEqualTo(expected.get(text));
      }
      assertHoldsExactly(labels, expected);
    }
  }

  @Test
  void aFirstTextFarLongerThanTheRoomIsKeptWhole() {
    String huge = "x".repeat(10_000) + "end";
    String next = "é".repeat(3000);
    Labels labels = new Labels();
    assertThat(labels.intern(huge)).isZero();
    assertThat(labels.intern(next)).isEqualTo(1);
    assertThat(labels.intern("short")).isEqualTo(2);
    assertThat(labels.label(0)).isEqualTo(huge);
    assertThat(labels.label(1)).isEqualTo(next);
    assertThat(labels.byteLength(1)).isEqualTo(6000);
    assertThat(labels.label(2)).isEqualTo("short");
    assertThat(labels.intern(huge)).isZero();
    assertThat(labels.intern(next)).isEqualTo(1);
  }

  @Test
  void aSelectiveCopyKeepsTheGivenCodesRenumberedInThatOrder() {
    Labels labels = new Labels();
    List<String> texts = List.of("zero", "one-and-more", "", "thré", "four\0", "five");
    for (String text : texts) {
      labels.intern(text);
    }
    Labels kept = labels.frozen(new int[] {5, 1, 3, 2});
    assertThat(kept.size()).isEqualTo(4);
    assertThat(kept.label(0)).isEqualTo("five");
    assertThat(kept.label(1)).isEqualTo("one-and-more");
    assertThat(kept.label(2)).isEqualTo("thré");
    assertThat(kept.label(3)).isEmpty();
    assertThat(kept.byteLength(2)).isEqualTo(5);
    assertThat(kept.find("thré")).isEqualTo(2);
    assertThat(kept.find("zero")).isEqualTo(-1);
    assertThat(labels.frozen(new int[0]).size()).isZero();
    // The original is unchanged and can still grow.
    assertThat(labels.intern("six")).isEqualTo(6);
    assertThat(labels.label(4)).isEqualTo("four\0");
  }

  @Test
  void aFrozenCopyHoldsItsTextsAndOneOffsetPerTextAndNoTable() {
    // A frozen copy keeps only the bytes of its texts and their offsets (one more than texts):
    // each further text of n bytes adds n bytes and one 4-byte offset to its estimate.
    Labels labels = new Labels();
    labels.intern("first");
    Labels one = labels.frozen();
    labels.intern("a second, longer label");
    Labels two = labels.frozen();
    labels.intern("é");
    Labels three = labels.frozen();
    assertThat(two.heapBytes() - one.heapBytes())
        .isEqualTo(utf8("a second, longer label").length + 4);
    assertThat(three.heapBytes() - two.heapBytes()).isEqualTo(2 + 4);
    assertThat(one.heapBytes()).isGreaterThanOrEqualTo(5 + 2 * 4);
    // The dictionary being built holds a hash table besides: more than its frozen copy.
    assertThat(labels.heapBytes()).isGreaterThan(three.heapBytes());
    Labels selective = labels.frozen(new int[] {2, 0});
    assertThat(three.heapBytes() - selective.heapBytes())
        .isEqualTo(utf8("a second, longer label").length + 4);
  }
}
