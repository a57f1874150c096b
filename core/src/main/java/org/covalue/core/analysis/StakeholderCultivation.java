package org.covalue.core.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.covalue.core.Finding;
import org.covalue.core.HasFindings;
import org.covalue.core.ItilReference;
import org.covalue.core.Rule;
import org.covalue.core.Severity;
import org.covalue.core.StakeholderId;
import org.covalue.core.stakeholder.CultivationTarget;
import org.covalue.core.stakeholder.EngagementStrategy;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderMap;
import org.immutables.value.Value;

/**
 * How far each stakeholder of a map still is from where the provider's plan wants it (ITIL 4: Drive
 * Stakeholder Value, §1.2.1: a provider may try to cultivate a stakeholder's influence or
 * interest). For every {@linkplain StakeholderMap#targets() target} of the map the analysis
 * measures the gap on both axes, on the common scale of ratings from 0 to 1, and reports a
 * stakeholder that is not on its target as a finding of {@link #OFF_TARGET}: a warning when the
 * target lies in another quadrant of the map (its engagement strategy must change on the way),
 * information when it lies in the same quadrant.
 *
 * <pre>{@code
 * StakeholderCultivation cultivation = StakeholderCultivation.of(map);
 * cultivation.gaps();   // every target with the distance still to go
 * }</pre>
 *
 * <p>The analysis takes time linear in the size of the map. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class StakeholderCultivation implements HasFindings {

  /** A stakeholder that is not yet where the map's cultivation target wants it. */
  public static final Rule OFF_TARGET =
      Rule.of(
          "stakeholder-map.off-target",
          Severity.INFO,
          ItilReference.section("1.2.1").figure("1.1"),
          "A stakeholder is not yet where the map's cultivation target wants it; a warning when the"
              + " target lies in another quadrant");

  StakeholderCultivation() {}

  /**
   * Measures the targets of a map with the default classifier.
   *
   * @param map the map
   * @return the gaps, with a finding for each stakeholder off its target
   * @throws NullPointerException if the map is null
   */
  public static StakeholderCultivation of(StakeholderMap map) {
    return of(map, StakeholderClassifier.DEFAULT);
  }

  /**
   * Measures the targets of a map.
   *
   * @param map the map
   * @param classifier the classifier that places the stakeholders and their targets
   * @return the gaps, with a finding for each stakeholder off its target
   * @throws NullPointerException if an argument is null
   */
  public static StakeholderCultivation of(StakeholderMap map, StakeholderClassifier classifier) {
    Objects.requireNonNull(map, "map");
    Objects.requireNonNull(classifier, "classifier");
    List<CultivationGap> gaps = new ArrayList<>();
    for (CultivationTarget target : map.targets()) {
      Optional<Stakeholder> stakeholder = map.stakeholder(target.stakeholder());
      if (stakeholder.isPresent()) {
        Stakeholder now = stakeholder.get();
        gaps.add(
            CultivationGap.of(
                target,
                target.influence().score() - now.influence().score(),
                target.interest().score() - now.interest().score(),
                classifier.strategyFor(now.influence(), now.interest()),
                classifier.strategyFor(target.influence(), target.interest())));
      }
    }
    return ImmutableStakeholderCultivation.builder().map(map).gaps(gaps).build();
  }

  /**
   * Returns the map measured.
   *
   * @return the map
   */
  public abstract StakeholderMap map();

  /**
   * Returns the gap of every target of the map, on target or not.
   *
   * @return the gaps, in the order of the map's targets
   */
  public abstract List<CultivationGap> gaps();

  /**
   * Returns a finding of {@link #OFF_TARGET} per stakeholder not on its target, naming the
   * stakeholder, with the data {@code strategy} and {@code targetStrategy} (the engagement
   * strategies of where it is and where the plan wants it, such as {@code keep-informed}) and the
   * evidence {@code influenceGap} and {@code interestGap} (target minus current score, from -1 to
   * 1) and {@code distance} (the straight-line distance between the two positions). A warning when
   * the strategies differ, information otherwise.
   *
   * @return the findings, in the order of the map's targets
   */
  @Override
  public List<Finding> findings() {
    List<Finding> findings = new ArrayList<>();
    for (CultivationGap gap : gaps()) {
      if (gap.isOnTarget()) {
        continue;
      }
      StakeholderId id = gap.target().stakeholder();
      String name = map().stakeholder(id).map(Stakeholder::name).orElse(id.value());
      EngagementStrategy now = gap.strategy();
      EngagementStrategy wanted = gap.targetStrategy();
      double distance = gap.distance();
      findings.add(
          Finding.builder(OFF_TARGET)
              .severity(now == wanted ? Severity.INFO : Severity.WARNING)
              .message(
                  () ->
                      name
                          + " is "
                          + String.format(java.util.Locale.ROOT, "%.2f", distance)
                          + " from where the plan wants it"
                          + (now == wanted
                              ? ", in the same quadrant"
                              : ", in another quadrant; its engagement moves from "
                                  + label(now)
                                  + " to "
                                  + label(wanted)))
              .addElement(id)
              .putData("strategy", now)
              .putData("targetStrategy", wanted)
              .putEvidence("influenceGap", gap.influenceGap())
              .putEvidence("interestGap", gap.interestGap())
              .putEvidence("distance", distance)
              .build());
    }
    return Collections.unmodifiableList(findings);
  }

  private static String label(EngagementStrategy strategy) {
    return strategy.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  /**
   * Tells whether every stakeholder with a target is on it.
   *
   * @return true if there is no finding
   */
  public boolean isOnTarget() {
    for (CultivationGap gap : gaps()) {
      if (!gap.isOnTarget()) {
        return false;
      }
    }
    return true;
  }

  /** Returns the numbers of targets and of stakeholders off their target. */
  @Override
  public String toString() {
    return "StakeholderCultivation{targets="
        + gaps().size()
        + ", offTarget="
        + findings().size()
        + "}";
  }

  /** How far one stakeholder is from its target. Instances are immutable and thread-safe. */
  @Value.Immutable
  public abstract static class CultivationGap {

    CultivationGap() {}

    static CultivationGap of(
        CultivationTarget target,
        double influenceGap,
        double interestGap,
        EngagementStrategy strategy,
        EngagementStrategy targetStrategy) {
      return ImmutableCultivationGap.of(
          target, influenceGap, interestGap, strategy, targetStrategy);
    }

    /**
     * Returns the target.
     *
     * @return the target
     */
    @Value.Parameter
    public abstract CultivationTarget target();

    /**
     * Returns how much influence the stakeholder still has to gain: the target's score less the
     * current one.
     *
     * @return a number from -1 to 1; negative when the plan wants less influence
     */
    @Value.Parameter
    public abstract double influenceGap();

    /**
     * Returns how much interest the stakeholder still has to gain: the target's score less the
     * current one.
     *
     * @return a number from -1 to 1; negative when the plan wants less interest
     */
    @Value.Parameter
    public abstract double interestGap();

    /**
     * Returns the engagement strategy of where the stakeholder is.
     *
     * @return the current strategy
     */
    @Value.Parameter
    public abstract EngagementStrategy strategy();

    /**
     * Returns the engagement strategy of where the plan wants the stakeholder.
     *
     * @return the target's strategy
     */
    @Value.Parameter
    public abstract EngagementStrategy targetStrategy();

    /**
     * Returns the straight-line distance between the stakeholder's position and its target.
     *
     * @return a number from 0 to the square root of 2
     */
    public double distance() {
      return Math.hypot(influenceGap(), interestGap());
    }

    /**
     * Tells whether the stakeholder is on its target: both scores are the target's.
     *
     * @return true if both gaps are zero
     */
    public boolean isOnTarget() {
      return influenceGap() == 0.0 && interestGap() == 0.0;
    }
  }
}
