package org.covalue.core;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A place in ITIL 4: Drive Stakeholder Value that a concept, a rule or a finding comes from: a
 * section, optionally narrowed to a figure or a table, such as "§1.2.1, Figure 1.1". covalue cites
 * places; it never quotes the publication. Instances are immutable and thread-safe.
 */
public final class ItilReference {

  /** The publication all references point into. */
  public static final String PUBLICATION = "ITIL 4: Drive Stakeholder Value";

  /** Longest section, figure or table number accepted. */
  public static final int MAX_NUMBER_LENGTH = 20;

  private final String section;
  private final @Nullable String artefact;

  private ItilReference(String section, @Nullable String artefact) {
    this.section = section;
    this.artefact = artefact;
  }

  /**
   * Returns a reference to a section.
   *
   * @param number the section number, such as {@code 1.2.1}
   * @return the reference
   * @throws InvalidModelException if the number is not of the form {@code 1.2.1}
   */
  public static ItilReference section(String number) {
    return new ItilReference(checkNumber("section", number), null);
  }

  /**
   * Returns this reference narrowed to a figure of the section.
   *
   * @param number the figure number, such as {@code 1.1}
   * @return the narrowed reference
   * @throws InvalidModelException if the number is not of the form {@code 1.1}
   */
  public ItilReference figure(String number) {
    return new ItilReference(section, "Figure " + checkNumber("figure", number));
  }

  /**
   * Returns this reference narrowed to a table of the section.
   *
   * @param number the table number, such as {@code 1.2}
   * @return the narrowed reference
   * @throws InvalidModelException if the number is not of the form {@code 1.2}
   */
  public ItilReference table(String number) {
    return new ItilReference(section, "Table " + checkNumber("table", number));
  }

  private static String checkNumber(String what, String number) {
    if (number == null || !isNumber(number)) {
      throw InvalidModelException.of(
          what,
          "An ITIL "
              + what
              + " number must be at most "
              + MAX_NUMBER_LENGTH
              + " characters of digits separated by dots, but was "
              + Violations.quote(number),
          number);
    }
    return number;
  }

  /** Digits separated by single dots, checked without a regular expression. */
  private static boolean isNumber(String number) {
    int length = number.length();
    if (length == 0 || length > MAX_NUMBER_LENGTH) {
      return false;
    }
    boolean digitBefore = false;
    for (int i = 0; i < length; i++) {
      char c = number.charAt(i);
      if (c >= '0' && c <= '9') {
        digitBefore = true;
      } else if (c == '.' && digitBefore) {
        digitBefore = false;
      } else {
        return false;
      }
    }
    return digitBefore;
  }

  /**
   * Returns the section number.
   *
   * @return the number, such as {@code 1.2.1}
   */
  public String section() {
    return section;
  }

  /**
   * Returns the figure or table the reference is narrowed to.
   *
   * @return such as {@code Figure 1.1}, or empty
   */
  public Optional<String> artefact() {
    return Optional.ofNullable(artefact);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof ItilReference that)) {
      return false;
    }
    return section.equals(that.section) && Objects.equals(artefact, that.artefact);
  }

  @Override
  public int hashCode() {
    return Objects.hash(section, artefact);
  }

  /** Returns the citation, such as {@code ITIL 4: Drive Stakeholder Value, §1.2.1, Figure 1.1}. */
  @Override
  public String toString() {
    return PUBLICATION + ", §" + section + (artefact == null ? "" : ", " + artefact);
  }
}
