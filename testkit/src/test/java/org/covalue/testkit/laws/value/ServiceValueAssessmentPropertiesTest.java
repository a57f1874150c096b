package org.covalue.testkit.laws.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.covalue.core.Finding;
import org.covalue.core.ServiceId;
import org.covalue.core.StakeholderId;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.testkit.Values;
import org.covalue.testkit.internal.Draw;
import org.covalue.value.Money;
import org.covalue.value.OutputId;
import org.covalue.value.analysis.ServiceValueAssessment;
import org.covalue.value.analysis.ServiceValueAssessor;
import org.covalue.value.analysis.StakeholderValue;
import org.covalue.value.cost.Cost;
import org.covalue.value.cost.ResourceUse;
import org.covalue.value.model.ValueModel;
import org.covalue.value.outcome.Outcome;
import org.covalue.value.outcome.Output;
import org.covalue.value.risk.Risk;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of service value assessment (§1.2.6, Figures 1.8 and 1.9): every balance is the documented
 * balance function, computed plainly; the stakeholders named as getting no value are exactly those
 * whose balance is not above zero; more outcome worth raises one balance by as much; and the
 * assessment does not depend on the order of the model's lists or on the ids of its elements.
 */
class ServiceValueAssessmentPropertiesTest {

  private static final int EXAMPLES = 200;

  /** A model, one of its services and an assessor with drawn weights and time rate. */
  private record Case(ValueModel model, ServiceId service, ServiceValueAssessor assessor) {}

  private static Gen<Case> cases() {
    return in -> {
      ValueModel model = Values.models().generate(in);
      ServiceId service = Draw.oneOf(in, model.core().services()).id();
      ServiceValueAssessor assessor =
          ServiceValueAssessor.of(
              BigDecimal.valueOf(Draw.intBetween(in, 0, 8), 1),
              BigDecimal.valueOf(Draw.intBetween(in, 0, 30), 1));
      if (Draw.bool(in)) {
        assessor =
            assessor.withTimeRate(Money.of(BigDecimal.valueOf(Draw.intBetween(in, 0, 80)), "EUR"));
      }
      return new Case(model, service, assessor);
    };
  }

  private static ServiceValueAssessment assess(Case c) {
    return c.assessor().assess(c.model(), c.service());
  }

  /** The balance of a stakeholder as the class documentation defines it, computed plainly. */
  private static BigDecimal plainBalance(Case c, StakeholderId stakeholder) {
    ValueModel model = c.model();
    Set<OutputId> outputs = new HashSet<>();
    for (Output output : model.outputs()) {
      if (output.service().equals(c.service())) {
        outputs.add(output.id());
      }
    }
    Set<String> currencies = new HashSet<>();
    BigDecimal worth = BigDecimal.ZERO;
    for (Outcome outcome : model.outcomes()) {
      if (outcome.stakeholder().equals(stakeholder)
          && outcome.enabledBy().stream().anyMatch(outputs::contains)) {
        worth = worth.add(outcome.worth().amount());
        currencies.add(outcome.worth().currency());
      }
    }
    BigDecimal cost = BigDecimal.ZERO;
    BigDecimal hours = BigDecimal.ZERO;
    for (Cost each : model.costs()) {
      if (each.bearer().equals(stakeholder) && each.service().equals(c.service())) {
        if (each.money().isPresent()) {
          cost = cost.add(each.money().get().amount());
          currencies.add(each.money().get().currency());
        }
        for (ResourceUse use : each.resources()) {
          if (use.value().isPresent()) {
            cost = cost.add(use.value().get().amount());
            currencies.add(use.value().get().currency());
          }
        }
        if (each.time().isPresent()) {
          hours =
              hours.add(
                  BigDecimal.valueOf(each.time().get().toSeconds())
                      .divide(BigDecimal.valueOf(3600), MathContext.DECIMAL128));
        }
      }
    }
    BigDecimal risk = BigDecimal.ZERO;
    for (Risk each : model.risks()) {
      if (each.bearer().equals(stakeholder) && each.service().equals(c.service())) {
        BigDecimal likely =
            BigDecimal.valueOf(each.threat().value())
                .multiply(BigDecimal.valueOf(each.vulnerability().value()));
        BigDecimal gap =
            each.compliance().map(g -> BigDecimal.valueOf(g.gap().value())).orElse(BigDecimal.ZERO);
        BigDecimal level =
            BigDecimal.ONE.subtract(
                BigDecimal.ONE.subtract(likely).multiply(BigDecimal.ONE.subtract(gap)));
        risk = risk.add(each.impact().amount().multiply(level));
        currencies.add(each.impact().currency());
      }
    }
    Optional<Money> rate = c.assessor().timeRate();
    if (rate.isPresent() && (currencies.isEmpty() || currencies.contains(rate.get().currency()))) {
      cost = cost.add(rate.get().amount().multiply(hours));
    }
    return worth
        .subtract(c.assessor().costWeight().multiply(cost))
        .subtract(c.assessor().riskWeight().multiply(risk));
  }

  @Test
  void everyBalanceIsTheDocumentedBalanceFunction() {
    qt().withExamples(EXAMPLES)
        .forAll(cases())
        .checkAssert(
            c -> {
              ServiceValueAssessment assessment = assess(c);
              for (StakeholderValue value : assessment.stakeholders()) {
                assertThat(value.balance().subtract(plainBalance(c, value.stakeholder())).abs())
                    .as("balance of %s", value.stakeholder())
                    .isLessThanOrEqualTo(new BigDecimal("1e-20"));
              }
              List<StakeholderId> map = new ArrayList<>();
              c.model().core().stakeholders().forEach(s -> map.add(s.id()));
              assertThat(assessment.stakeholders().subList(0, map.size()))
                  .extracting(StakeholderValue::stakeholder)
                  .isEqualTo(map);
            });
  }

  @Test
  void theStakeholdersWithoutValueAreThoseWhoseBalanceIsNotAboveZero() {
    qt().withExamples(EXAMPLES)
        .forAll(cases())
        .checkAssert(
            c -> {
              ServiceValueAssessment assessment = assess(c);
              List<StakeholderId> none = new ArrayList<>();
              List<StakeholderId> flagged = new ArrayList<>();
              for (StakeholderValue value : assessment.stakeholders()) {
                if (value.balance().signum() <= 0) {
                  none.add(value.stakeholder());
                }
              }
              for (Finding finding : assessment.findings()) {
                if (!finding.rule().equals(ServiceValueAssessment.UNWEIGHED_COST)) {
                  flagged.add((StakeholderId) finding.elements().get(0));
                }
              }
              assertThat(assessment.notValuableTo()).isEqualTo(none);
              assertThat(flagged).isEqualTo(none);
              assertThat(assessment.isValuableToAll()).isEqualTo(none.isEmpty());
            });
  }

  @Test
  void moreOutcomeWorthRaisesOneBalanceByAsMuch() {
    qt().withExamples(EXAMPLES)
        .forAll(cases())
        .assuming(c -> !c.model().outcomes().isEmpty())
        .checkAssert(
            c -> {
              Outcome outcome = c.model().outcomes().get(0);
              Money more = outcome.worth().plus(Money.of("12.34", outcome.worth().currency()));
              List<Outcome> outcomes = new ArrayList<>(c.model().outcomes());
              outcomes.set(0, outcome.withWorth(more));
              Case raised = new Case(c.model().withOutcomes(outcomes), c.service(), c.assessor());
              Map<StakeholderId, BigDecimal> before = balances(assess(c));
              Map<StakeholderId, BigDecimal> after = balances(assess(raised));
              boolean served =
                  assess(c)
                      .stakeholder(outcome.stakeholder())
                      .orElseThrow()
                      .outcomes()
                      .contains(outcome.id());
              before.forEach(
                  (stakeholder, balance) -> {
                    BigDecimal expected =
                        served && stakeholder.equals(outcome.stakeholder())
                            ? balance.add(new BigDecimal("12.34"))
                            : balance;
                    assertThat(after.get(stakeholder)).isEqualByComparingTo(expected);
                  });
            });
  }

  private static Map<StakeholderId, BigDecimal> balances(ServiceValueAssessment assessment) {
    Map<StakeholderId, BigDecimal> balances = new HashMap<>();
    assessment.stakeholders().forEach(v -> balances.put(v.stakeholder(), v.balance()));
    return balances;
  }

  @Test
  void theAssessmentDoesNotDependOnOrderOrOnTheIdsOfValueElements() {
    qt().withExamples(EXAMPLES)
        .forAll(
            in -> {
              Case c = cases().generate(in);
              ValueModel model = c.model();
              List<Stakeholder> stakeholders = Draw.shuffle(in, model.core().stakeholders());
              ValueModel shuffled =
                  model
                      .withJourney(
                          model.journey().withCore(model.core().withStakeholders(stakeholders)))
                      .withOutputs(Draw.shuffle(in, model.outputs()))
                      .withOutcomes(Draw.shuffle(in, model.outcomes()))
                      .withCosts(Draw.shuffle(in, model.costs()))
                      .withRisks(Draw.shuffle(in, model.risks()));
              return List.of(
                  c, new Case(ValueRenaming.renamed(shuffled), c.service(), c.assessor()));
            })
        .checkAssert(
            pair -> {
              ServiceValueAssessment original = assess(pair.get(0));
              ServiceValueAssessment other = assess(pair.get(1));
              Map<StakeholderId, BigDecimal> before = balances(original);
              Map<StakeholderId, BigDecimal> after = balances(other);
              assertThat(after.keySet()).isEqualTo(before.keySet());
              before.forEach(
                  (stakeholder, balance) ->
                      assertThat(after.get(stakeholder)).isEqualByComparingTo(balance));
              assertThat(new HashSet<>(other.notValuableTo()))
                  .isEqualTo(new HashSet<>(original.notValuableTo()));
              assertThat(other.totalCost().money()).isEqualTo(original.totalCost().money());
              assertThat(other.totalCost().time()).isEqualTo(original.totalCost().time());
            });
  }
}
