package org.covalue.core.stakeholder;

import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.core.OpenCode;
import org.jspecify.annotations.Nullable;

/**
 * What kind of stakeholder someone is. ITIL 4: Drive Stakeholder Value (§1.2.1) names example kinds
 * and says the list is open, so this is an open set: the predefined kinds below, plus any kind an
 * application names with {@link #of(String)}, such as {@code of("INVESTOR")}.
 *
 * <p>A kind is identified by its code; see {@link OpenCode} for its form. Kinds are equal when
 * their codes are. Instances are immutable and thread-safe.
 */
public final class StakeholderKind extends OpenCode<StakeholderKind> {

  private static final Vocabulary<StakeholderKind> KINDS =
      new Vocabulary<>("Stakeholder kind", StakeholderKind::new);

  /** Those who own the organization and expect a return on it. */
  public static final StakeholderKind OWNER =
      predefine("OWNER", "Owns the organization and expects it to return value to them.");

  /** People who work for the service provider. */
  public static final StakeholderKind PROVIDER_EMPLOYEE =
      predefine("PROVIDER_EMPLOYEE", "Works for the service provider and delivers its services.");

  /** Suppliers whose goods or services the provider relies on. */
  public static final StakeholderKind THIRD_PARTY_SUPPLIER =
      predefine(
          "THIRD_PARTY_SUPPLIER",
          "Supplies the provider with goods, services or resources it relies on.");

  /** Organizations that compete with the provider for the same consumers. */
  public static final StakeholderKind COMPETITOR =
      predefine("COMPETITOR", "Competes with the provider for the same consumers.");

  /** Bodies that set and enforce rules the parties must comply with. */
  public static final StakeholderKind REGULATOR =
      predefine("REGULATOR", "Sets and enforces rules that the parties must comply with.");

  /** Trade unions that represent workers of the parties. */
  public static final StakeholderKind UNION =
      predefine("UNION", "Represents the interests of workers of the parties.");

  /** Industry associations and other bodies of a sector. */
  public static final StakeholderKind INDUSTRY_ASSOCIATION =
      predefine(
          "INDUSTRY_ASSOCIATION",
          "Speaks for an industry or sector, and may set its standards and practices.");

  /** Communities in which the parties operate. */
  public static final StakeholderKind COMMUNITY =
      predefine("COMMUNITY", "A community the service touches, such as a local population.");

  /** Society at large. */
  public static final StakeholderKind SOCIETY =
      predefine("SOCIETY", "Society at large, affected by what the parties do.");

  /** The organization, or people of it, that consumes the service. */
  public static final StakeholderKind SERVICE_CONSUMER =
      predefine(
          "SERVICE_CONSUMER", "Consumes the service: the consumer organization or its people.");

  /** The organization, or people of it, that provides the service. */
  public static final StakeholderKind SERVICE_PROVIDER =
      predefine(
          "SERVICE_PROVIDER", "Provides the service: the provider organization or its people.");

  /** Any other stakeholder, when no more specific kind is wanted. */
  public static final StakeholderKind OTHER =
      predefine("OTHER", "Any other stakeholder in the journey.");

  private StakeholderKind(String code, @Nullable String description) {
    super(code, description);
  }

  private static StakeholderKind predefine(String code, String description) {
    return KINDS.predefine(code, description);
  }

  /**
   * Returns the kind with the given code: the predefined kind if there is one, or else a custom
   * kind.
   *
   * @param code upper-case letters, digits and underscores, starting with a letter
   * @return the kind
   * @throws InvalidModelException if the code is not of that form
   */
  public static StakeholderKind of(String code) {
    return KINDS.of(code);
  }

  /**
   * Returns the predefined kinds, in the order the chapter lists them, followed by the consumer,
   * the provider and {@link #OTHER}.
   *
   * @return an unmodifiable list
   */
  public static List<StakeholderKind> predefined() {
    return KINDS.predefined();
  }
}
