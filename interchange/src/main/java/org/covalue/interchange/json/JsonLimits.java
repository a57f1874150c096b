package org.covalue.interchange.json;

import java.util.Locale;
import org.covalue.core.InvalidModelException;
import org.jspecify.annotations.Nullable;

/**
 * How large a JSON document {@link CovalueJson} agrees to read: its length, how deeply its arrays
 * and objects nest, how long one string or number may be, and how many tokens it may hold. A
 * document beyond a limit is refused as soon as the parser reaches it, before it is held in memory,
 * so a hostile document costs bounded memory and stack. Jackson's own read constraints enforce the
 * limits.
 *
 * <pre>{@code
 * JsonLimits limits = JsonLimits.DEFAULT.withMaxDocumentLength(64L << 20);
 * CovalueDocument document = CovalueJson.DEFAULT.withLimits(limits).read(json);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class JsonLimits {

  /**
   * The defaults: 8 MiB (characters for text, bytes for a stream), nesting depth 64, strings of 1
   * MiB characters, numbers of 100 digits, 1,000,000 tokens. A covalue document nests about 12
   * deep.
   */
  public static final JsonLimits DEFAULT = new JsonLimits(8L << 20, 64, 1 << 20, 100, 1_000_000L);

  private final long maxDocumentLength;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final long maxTokenCount;

  private JsonLimits(
      long maxDocumentLength,
      int maxNestingDepth,
      int maxStringLength,
      int maxNumberLength,
      long maxTokenCount) {
    this.maxDocumentLength = positive(maxDocumentLength, "maxDocumentLength");
    this.maxNestingDepth = (int) positive(maxNestingDepth, "maxNestingDepth");
    this.maxStringLength = (int) positive(maxStringLength, "maxStringLength");
    this.maxNumberLength = (int) positive(maxNumberLength, "maxNumberLength");
    this.maxTokenCount = positive(maxTokenCount, "maxTokenCount");
  }

  private static long positive(long value, String name) {
    if (value < 1) {
      throw InvalidModelException.of(
          name,
          String.format(Locale.ROOT, "JsonLimits %s must be at least 1, but was %d", name, value),
          value);
    }
    return value;
  }

  /**
   * Returns these limits with another longest document.
   *
   * @param maxDocumentLength the most characters (text) or bytes (stream); at least 1
   * @return the new limits
   * @throws InvalidModelException if the length is below 1
   */
  public JsonLimits withMaxDocumentLength(long maxDocumentLength) {
    return new JsonLimits(
        maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength, maxTokenCount);
  }

  /**
   * Returns these limits with another deepest nesting of arrays and objects.
   *
   * @param maxNestingDepth the most arrays and objects open at once; at least 1
   * @return the new limits
   * @throws InvalidModelException if the depth is below 1
   */
  public JsonLimits withMaxNestingDepth(int maxNestingDepth) {
    return new JsonLimits(
        maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength, maxTokenCount);
  }

  /**
   * Returns these limits with another longest string (values and field names).
   *
   * @param maxStringLength the most characters of one string; at least 1
   * @return the new limits
   * @throws InvalidModelException if the length is below 1
   */
  public JsonLimits withMaxStringLength(int maxStringLength) {
    return new JsonLimits(
        maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength, maxTokenCount);
  }

  /**
   * Returns these limits with another longest number.
   *
   * @param maxNumberLength the most characters of one number; at least 1
   * @return the new limits
   * @throws InvalidModelException if the length is below 1
   */
  public JsonLimits withMaxNumberLength(int maxNumberLength) {
    return new JsonLimits(
        maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength, maxTokenCount);
  }

  /**
   * Returns these limits with another largest number of tokens (names, values, brackets).
   *
   * @param maxTokenCount the most tokens; at least 1
   * @return the new limits
   * @throws InvalidModelException if the count is below 1
   */
  public JsonLimits withMaxTokenCount(long maxTokenCount) {
    return new JsonLimits(
        maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength, maxTokenCount);
  }

  /**
   * Returns the longest document.
   *
   * @return the most characters (text) or bytes (stream)
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * Returns the deepest nesting.
   *
   * @return the most arrays and objects open at once
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Returns the longest string.
   *
   * @return the most characters of one string or field name
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the longest number.
   *
   * @return the most characters of one number
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Returns the largest number of tokens.
   *
   * @return the most tokens
   */
  public long maxTokenCount() {
    return maxTokenCount;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof JsonLimits that)) {
      return false;
    }
    return maxDocumentLength == that.maxDocumentLength
        && maxNestingDepth == that.maxNestingDepth
        && maxStringLength == that.maxStringLength
        && maxNumberLength == that.maxNumberLength
        && maxTokenCount == that.maxTokenCount;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(maxDocumentLength)
        ^ 31 * maxNestingDepth
        ^ 961 * maxStringLength
        ^ 29791 * maxNumberLength
        ^ Long.hashCode(maxTokenCount) * 923521;
  }

  @Override
  public String toString() {
    return "JsonLimits{maxDocumentLength="
        + maxDocumentLength
        + ", maxNestingDepth="
        + maxNestingDepth
        + ", maxStringLength="
        + maxStringLength
        + ", maxNumberLength="
        + maxNumberLength
        + ", maxTokenCount="
        + maxTokenCount
        + "}";
  }
}
