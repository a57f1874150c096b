package org.covalue.value.risk;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.covalue.core.Score;
import org.covalue.core.ServiceId;
import org.covalue.core.StakeholderId;
import org.covalue.core.Violations;
import org.covalue.value.Money;
import org.covalue.value.OutcomeId;
import org.covalue.value.RiskId;
import org.immutables.value.Value;

/**
 * A possible event that could harm a stakeholder or the outcomes it wants from a service, with how
 * uncertain it is (ITIL 4: Drive Stakeholder Value, §1.2.6). The chapter makes the level of risk
 * depend on the amount of uncertainty (the threats, the stakeholder's vulnerability to them and the
 * impact on the stakeholder) and on the distance to complying with requirements other stakeholders
 * impose; it also notes that needs may change between the start of a relationship and the outcome
 * ({@link RiskSource#CHANGED_NEEDS}).
 *
 * <p>covalue's reading (decision 35): {@link #threat()} is how likely the event is, {@link
 * #vulnerability()} how likely it harms the bearer when it happens, and {@link #impact()} what the
 * harm costs the bearer. The {@linkplain #level() level} combines the two sources of risk as
 * independent chances, {@code 1 - (1 - threat * vulnerability) * (1 - gap)}, and the {@linkplain
 * #exposure() exposure} is {@code impact * level}: the money the bearer can expect to lose.
 *
 * <pre>{@code
 * Risk outage = Risk.builder()
 *     .id(RiskId.of("network-outage"))
 *     .name("Network outage during a sales campaign")
 *     .service(ServiceId.of("mobile"))
 *     .bearer(StakeholderId.of("shop"))
 *     .threat(Score.of(0.1))
 *     .vulnerability(Score.of(0.8))
 *     .impact(Money.of("5000", "EUR"))
 *     .addAffect(OutcomeId.of("more-orders"))
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Risk {

  Risk() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id, unique among the risks of a model.
   *
   * @return the id
   */
  public abstract RiskId id();

  /**
   * Returns the risk's name.
   *
   * @return a name that is not blank
   */
  public abstract String name();

  /**
   * Returns the service the risk belongs to.
   *
   * @return the service's id
   */
  public abstract ServiceId service();

  /**
   * Returns the stakeholder who carries the risk.
   *
   * @return the stakeholder's id
   */
  public abstract StakeholderId bearer();

  /**
   * Returns how likely the event is.
   *
   * @return a score, 0 impossible, 1 certain
   */
  public abstract Score threat();

  /**
   * Returns how likely the event harms the bearer when it happens.
   *
   * @return a score, 0 immune, 1 always harmed
   */
  public abstract Score vulnerability();

  /**
   * Returns what the harm would cost the bearer.
   *
   * @return an amount that is not negative
   */
  public abstract Money impact();

  /**
   * Returns the bearer's distance to complying with a requirement another stakeholder imposes, when
   * the risk comes from one.
   *
   * @return the gap, or empty
   */
  public abstract Optional<ComplianceGap> compliance();

  /**
   * Returns where the uncertainty comes from.
   *
   * @return the source; {@link RiskSource#UNEXPECTED_EVENT} unless set
   */
  @Value.Default
  public RiskSource source() {
    return RiskSource.UNEXPECTED_EVENT;
  }

  /**
   * Returns the outcomes the risk threatens.
   *
   * @return the outcomes' ids; may be empty
   */
  public abstract Set<OutcomeId> affects();

  /**
   * Returns the level of risk: {@code 1 - (1 - threat * vulnerability) * (1 - gap)}, computed
   * exactly from the decimal values of the scores, where the gap is that of {@link #compliance()}
   * or 0.
   *
   * @return a number in [0, 1]
   */
  public BigDecimal level() {
    BigDecimal uncertainty = decimal(threat()).multiply(decimal(vulnerability()));
    BigDecimal gap = compliance().map(c -> decimal(c.gap())).orElse(BigDecimal.ZERO);
    return BigDecimal.ONE.subtract(
        BigDecimal.ONE.subtract(uncertainty).multiply(BigDecimal.ONE.subtract(gap)));
  }

  /**
   * Returns what the bearer can expect to lose: the impact times the {@linkplain #level() level}.
   *
   * @return an amount that is not negative, in the impact's currency
   */
  public Money exposure() {
    return impact().times(level());
  }

  private static BigDecimal decimal(Score score) {
    return BigDecimal.valueOf(score.value());
  }

  /**
   * Returns a copy with another id.
   *
   * @param id the new value
   * @return the copy
   */
  public abstract Risk withId(RiskId id);

  /**
   * Returns a copy borne by another stakeholder.
   *
   * @param bearer the new value
   * @return the copy
   */
  public abstract Risk withBearer(StakeholderId bearer);

  /**
   * Returns a copy for another service.
   *
   * @param service the new value
   * @return the copy
   */
  public abstract Risk withService(ServiceId service);

  /**
   * Returns a copy with another threat.
   *
   * @param threat the new value
   * @return the copy
   */
  public abstract Risk withThreat(Score threat);

  /**
   * Returns a copy with another vulnerability.
   *
   * @param vulnerability the new value
   * @return the copy
   */
  public abstract Risk withVulnerability(Score vulnerability);

  /**
   * Returns a copy with another impact.
   *
   * @param impact the new value
   * @return the copy
   */
  public abstract Risk withImpact(Money impact);

  /**
   * Returns a copy with another compliance gap.
   *
   * @param compliance the new value
   * @return the copy
   */
  public abstract Risk withCompliance(ComplianceGap compliance);

  /**
   * Returns a copy threatening other outcomes.
   *
   * @param affects the new value
   * @return the copy
   */
  public abstract Risk withAffects(Iterable<? extends OutcomeId> affects);

  @Value.Check
  void check() {
    Violations.collect()
        .checkName(name(), "name", "Risk name")
        .check(
            !impact().isNegative(),
            "impact",
            "Risk impact must not be negative, but was " + impact(),
            impact())
        .throwIfAny();
  }

  /**
   * Builds {@link Risk}s; id, name, service, bearer, threat, vulnerability and impact are required.
   *
   * <p>Set each attribute with the method of its name; an optional attribute may be left unset. Add
   * to the set of affected outcomes with {@code addAffect(..)} or {@code addAllAffects(..)}, or
   * replace it whole with {@code affects(..)}. {@code from(value)} copies every attribute of an
   * existing value. {@code build()} checks the value and returns it, or throws an {@link
   * org.covalue.core.InvalidModelException} naming every attribute that is missing or breaks a
   * rule. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableRisk.Builder {
    Builder() {}
  }
}
