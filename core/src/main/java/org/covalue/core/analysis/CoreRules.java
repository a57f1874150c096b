package org.covalue.core.analysis;

import java.util.List;
import org.covalue.core.Rule;

/**
 * Every {@link Rule} that the analyses of covalue-core apply, for tools that list, filter or
 * translate findings. The catalogue of all modules' rules, with their sections and descriptions, is
 * {@code docs/rules.md}.
 */
public final class CoreRules {

  private static final List<Rule> ALL =
      List.of(
          StakeholderMapRevision.ENTERED,
          StakeholderMapRevision.LEFT,
          StakeholderMapRevision.MOVED,
          StakeholderCultivation.OFF_TARGET,
          ConsumerRoleAnalysis.ROLE_NOT_COVERED,
          ConsumerRoleCoordination.UNCOORDINATED_HOLDERS,
          RelationshipNetworkAnalysis.DUAL_ROLE,
          RelationshipNetworkAnalysis.CYCLE,
          RelationshipStrategyAnalysis.OTHER_TYPE,
          ProductSupplyAnalysis.SERVICE_NOT_PROVIDED,
          ServiceAnalysis.NO_PRODUCT,
          ServiceAnalysis.SCOPE_NOT_AGREED,
          ServiceAnalysis.AGREEMENT_MISSING_PARTY,
          ServiceAnalysis.OFFERING_WITHOUT_PARTS);

  private CoreRules() {}

  /**
   * Returns every rule of covalue-core.
   *
   * @return an unmodifiable list, by section
   */
  public static List<Rule> all() {
    return ALL;
  }
}
