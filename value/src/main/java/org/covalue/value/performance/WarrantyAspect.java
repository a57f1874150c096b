package org.covalue.value.performance;

import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.core.OpenCode;
import org.jspecify.annotations.Nullable;

/**
 * An area of warranty: how a service performs against agreed requirements (ITIL 4: Drive
 * Stakeholder Value, §1.2.6). Warranty typically covers availability, capacity, security and
 * continuity; the list is open, so applications may name further aspects with {@link #of(String)},
 * such as {@code of("PERFORMANCE")}.
 *
 * <p>An aspect is identified by its code; see {@link OpenCode} for its form. Aspects are equal when
 * their codes are. Instances are immutable and thread-safe.
 */
public final class WarrantyAspect extends OpenCode<WarrantyAspect> {

  private static final Vocabulary<WarrantyAspect> ASPECTS =
      new Vocabulary<>("Warranty aspect", WarrantyAspect::new);

  /** Whether the service can be used when it is needed. */
  public static final WarrantyAspect AVAILABILITY =
      ASPECTS.predefine("AVAILABILITY", "The service can be used when it is needed.");

  /** Whether the service can serve the demand placed on it. */
  public static final WarrantyAspect CAPACITY =
      ASPECTS.predefine("CAPACITY", "The service copes with the demand placed on it.");

  /** Whether the service protects what it handles. */
  public static final WarrantyAspect SECURITY =
      ASPECTS.predefine("SECURITY", "The service protects the information and assets it handles.");

  /** Whether the service keeps going, or comes back, after a disruption. */
  public static final WarrantyAspect CONTINUITY =
      ASPECTS.predefine("CONTINUITY", "The service keeps going, or recovers, after a disruption.");

  private WarrantyAspect(String code, @Nullable String description) {
    super(code, description);
  }

  /**
   * Returns the aspect with the given code: a predefined aspect if there is one, or else a custom
   * aspect.
   *
   * @param code upper-case letters, digits and underscores, starting with a letter
   * @return the aspect
   * @throws InvalidModelException if the code is null or not of that form
   */
  public static WarrantyAspect of(String code) {
    return ASPECTS.of(code);
  }

  /**
   * Returns the four aspects the chapter names, in its order.
   *
   * @return an unmodifiable list
   */
  public static List<WarrantyAspect> predefined() {
    return ASPECTS.predefined();
  }
}
