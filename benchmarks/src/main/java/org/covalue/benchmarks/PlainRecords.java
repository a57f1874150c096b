package org.covalue.benchmarks;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The baseline of the builder benchmarks: plain Java records of a stakeholder, a service
 * relationship and a product (ITIL 4: Drive Stakeholder Value, §1.2.1 to §1.2.3) whose compact
 * constructors make the same checks as covalue's builders and value checks, so that the comparison
 * measures what covalue's model types cost on top of the checks themselves.
 *
 * <p>The checks, each as covalue makes it:
 *
 * <ul>
 *   <li>every attribute covalue requires is not null (Immutables' builder: a missing or null
 *       attribute is refused);
 *   <li>every id text is 1 to 128 letters, digits, {@code .}, {@code _}, {@code :} or {@code -},
 *       starting with a letter, a digit or {@code _}, checked with the same regular expression as
 *       {@code TypedId}; elements of id sets are not null and checked the same way;
 *   <li>names are readable text on one line and descriptions readable text of one or more lines:
 *       not blank, a visible character, no control character (line breaks and tabs allowed in
 *       descriptions), no unpaired surrogate ({@code Violations.checkName} and {@code checkText});
 *   <li>influence and interest are numbers in [0, 1] ({@code Stakeholder.Builder.influence(double)}
 *       and {@code Score.of});
 *   <li>a relationship's provider is not its consumer, and its descriptors' names and values are
 *       readable names;
 *   <li>a product configures at least one resource, component or used service, and is not a
 *       component of itself.
 * </ul>
 *
 * <p>Sets and maps are copied into unmodifiable ones, as Immutables copies them. The records hold
 * the texts of ids where covalue holds typed id objects: that, and covalue's builders, are what the
 * benchmark prices. Failures throw {@link IllegalArgumentException} or {@link
 * NullPointerException}; the benchmarks build valid values only.
 */
public final class PlainRecords {

  /**
   * The characters of an id, checked as covalue's {@code TypedId} checks them: with a table, not a
   * regular expression, so that both sides pay the same for the same check.
   */
  private static final boolean[] ID_CHARACTER = new boolean[128];

  static {
    String allowed = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.:-";
    for (int i = 0; i < allowed.length(); i++) {
      ID_CHARACTER[allowed.charAt(i)] = true;
    }
  }

  private PlainRecords() {}

  /** The kinds of stakeholder the benchmark uses, as a plain enumeration. */
  public enum Kind {
    /** An owner of the consumer organization. */
    OWNER,
    /** An employee of the provider. */
    PROVIDER_EMPLOYEE,
    /** A supplier of the provider. */
    THIRD_PARTY_SUPPLIER
  }

  /** The types of relationship, as a plain enumeration. */
  public enum RelationshipType {
    /** A basic relationship. */
    BASIC,
    /** A cooperative relationship. */
    COOPERATIVE,
    /** A partnership. */
    PARTNERSHIP
  }

  /**
   * A stakeholder as a plain record, with the checks of covalue's {@code Stakeholder} builder.
   *
   * @param id the id text
   * @param name a readable name on one line
   * @param kind the kind
   * @param influence a number in [0, 1]
   * @param interest a number in [0, 1]
   */
  public record StakeholderRecord(
      String id, String name, Kind kind, double influence, double interest) {

    /**
     * Checks every attribute.
     *
     * @param id the id text
     * @param name a readable name on one line
     * @param kind the kind
     * @param influence a number in [0, 1]
     * @param interest a number in [0, 1]
     */
    public StakeholderRecord {
      checkId(id, "Stakeholder id");
      checkName(name, "Stakeholder name", false);
      Objects.requireNonNull(kind, "Stakeholder kind");
      checkScore(influence, "Stakeholder influence");
      checkScore(interest, "Stakeholder interest");
    }
  }

  /**
   * A service relationship as a plain record, with the checks of covalue's {@code
   * ServiceRelationship} builder.
   *
   * @param id the id text
   * @param provider the provider's id text
   * @param consumer the consumer's id text, not the provider's
   * @param type the type
   * @param offerings the offerings' id texts
   * @param descriptors names and values, both readable names
   * @param description readable text, or null
   */
  public record RelationshipRecord(
      String id,
      String provider,
      String consumer,
      RelationshipType type,
      Set<String> offerings,
      Map<String, String> descriptors,
      @Nullable String description) {

    /**
     * Checks every attribute and copies the set and the map.
     *
     * @param id the id text
     * @param provider the provider's id text
     * @param consumer the consumer's id text, not the provider's
     * @param type the type
     * @param offerings the offerings' id texts
     * @param descriptors names and values, both readable names
     * @param description readable text, or null
     */
    public RelationshipRecord {
      checkId(id, "Service relationship id");
      checkId(provider, "Party id");
      checkId(consumer, "Party id");
      Objects.requireNonNull(type, "type");
      offerings = checkIds(offerings, "Service offering id");
      descriptors = Map.copyOf(descriptors);
      if (provider.equals(consumer)) {
        throw new IllegalArgumentException(
            "A service relationship needs two organizations, but "
                + provider
                + " is both provider and consumer");
      }
      descriptors.forEach(
          (key, value) -> {
            checkName(key, "A descriptor name", false);
            checkName(value, "The value of a descriptor", false);
          });
      if (description != null) {
        checkName(description, "Relationship description", true);
      }
    }
  }

  /**
   * A product as a plain record, with the checks of covalue's {@code Product} builder.
   *
   * @param id the id text
   * @param name a readable name on one line
   * @param provider the provider's id text
   * @param resources the resources' id texts
   * @param components the component products' id texts, without the product's own
   * @param usedServices the used services' id texts
   */
  public record ProductRecord(
      String id,
      String name,
      String provider,
      Set<String> resources,
      Set<String> components,
      Set<String> usedServices) {

    /**
     * Checks every attribute and copies the sets.
     *
     * @param id the id text
     * @param name a readable name on one line
     * @param provider the provider's id text
     * @param resources the resources' id texts
     * @param components the component products' id texts, without the product's own
     * @param usedServices the used services' id texts
     */
    public ProductRecord {
      checkId(id, "Product id");
      checkName(name, "Product name", false);
      checkId(provider, "Party id");
      resources = checkIds(resources, "Resource id");
      components = checkIds(components, "Product id");
      usedServices = checkIds(usedServices, "Service id");
      if (resources.isEmpty() && components.isEmpty() && usedServices.isEmpty()) {
        throw new IllegalArgumentException(
            "Product " + id + " must configure at least one resource, component or used service");
      }
      if (components.contains(id)) {
        throw new IllegalArgumentException("Product " + id + " cannot be a component of itself");
      }
    }
  }

  static void checkId(String text, String what) {
    Objects.requireNonNull(text, what);
    int length = text.length();
    boolean valid =
        length >= 1
            && length <= 128
            && text.charAt(0) != '.'
            && text.charAt(0) != ':'
            && text.charAt(0) != '-';
    for (int i = 0; valid && i < length; i++) {
      char c = text.charAt(i);
      valid = c < ID_CHARACTER.length && ID_CHARACTER[c];
    }
    if (!valid) {
      throw new IllegalArgumentException(what + " has not the form of an id: " + text);
    }
  }

  static Set<String> checkIds(Set<String> texts, String what) {
    Set<String> copy = Set.copyOf(texts); // refuses null elements
    for (String text : copy) {
      checkId(text, what);
    }
    return copy;
  }

  static void checkScore(double value, String what) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(what + " must be between 0 and 1, but was " + value);
    }
  }

  /**
   * Refuses a text that is null, blank or not readable: it needs a visible character and may have
   * no control character (but line breaks and tabs when it may have several lines), no line or
   * paragraph separator on one line, and no unpaired surrogate.
   */
  static void checkName(String text, String what, boolean multiLine) {
    Objects.requireNonNull(text, what);
    if (text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    boolean seen = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c > ' ' && c < 0x7f) { // printable ASCII, as covalue's check skips it too
        seen = true;
        continue;
      }
      int codePoint = c;
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          codePoint = Character.toCodePoint(c, text.charAt(++i));
        } else {
          throw new IllegalArgumentException(what + " has an unpaired surrogate at " + i);
        }
      } else {
        int type = Character.getType(c);
        boolean separator =
            type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
        boolean allowed = multiLine && (c == '\n' || c == '\r' || c == '\t');
        if ((type == Character.CONTROL && !allowed) || (separator && !multiLine)) {
          throw new IllegalArgumentException(what + " has a control character at " + i);
        }
      }
      seen |= visible(codePoint);
    }
    if (!seen) {
      throw new IllegalArgumentException(what + " has no visible character");
    }
  }

  private static boolean visible(int codePoint) {
    int type = Character.getType(codePoint);
    if (type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.SPACE_SEPARATOR
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.UNASSIGNED
        || type == Character.SURROGATE) {
      return false;
    }
    return !Character.isWhitespace(codePoint);
  }
}
