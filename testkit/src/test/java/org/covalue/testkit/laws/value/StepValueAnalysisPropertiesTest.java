package org.covalue.testkit.laws.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.covalue.core.Finding;
import org.covalue.testkit.Values;
import org.covalue.testkit.internal.Draw;
import org.covalue.testkit.laws.Laws;
import org.covalue.value.analysis.StepBalance;
import org.covalue.value.analysis.StepValueAnalysis;
import org.covalue.value.contribution.StepValueContribution;
import org.covalue.value.model.ValueModel;
import org.junit.jupiter.api.Test;

/**
 * Laws of step value contributions (§1.2.6): a step is reported exactly when it does not add more
 * than it removes, as made up for elsewhere or not according to its offsets; its sums are those of
 * its contributions; and the analysis does not depend on the order of the contributions.
 */
class StepValueAnalysisPropertiesTest {

  @Test
  void aStepIsReportedExactlyWhenItDoesNotAddMoreThanItRemoves() {
    qt().withExamples(200)
        .forAll(Values.models())
        .checkAssert(
            model -> {
              StepValueAnalysis analysis = StepValueAnalysis.of(model);
              int expected = 0;
              Set<Object> seen = new HashSet<>();
              for (StepBalance balance : analysis.balances()) {
                assertThat(
                        seen.add(List.of(balance.journey(), balance.step(), balance.perspective())))
                    .isTrue();
                double added = 0;
                double removed = 0;
                for (StepValueContribution c : model.contributions()) {
                  if (balance.contributions().contains(c.id())) {
                    added += c.added();
                    removed += c.removed();
                  }
                }
                assertThat(balance.added()).isEqualTo(added);
                assertThat(balance.removed()).isEqualTo(removed);
                if (!balance.isNetPositive()) {
                  expected++;
                }
              }
              List<Finding> steps =
                  new java.util.ArrayList<>(
                      analysis.findings(StepValueAnalysis.REMOVES_MORE_THAN_ADDS));
              steps.addAll(analysis.findings(StepValueAnalysis.OFFSET_ELSEWHERE));
              assertThat(steps).hasSize(expected);
              for (Finding finding : steps) {
                double net = finding.evidence().getOrDefault("net", Double.NaN);
                double offset = finding.evidence().getOrDefault("offset", Double.NaN);
                assertThat(net).isLessThanOrEqualTo(0);
                assertThat(finding.rule())
                    .isEqualTo(
                        net + offset > 0
                            ? StepValueAnalysis.OFFSET_ELSEWHERE
                            : StepValueAnalysis.REMOVES_MORE_THAN_ADDS);
              }
            });
  }

  @Test
  void theAnalysisDoesNotDependOnTheOrderOfContributions() {
    qt().withExamples(200)
        .forAll(
            in -> {
              ValueModel model = Values.models().generate(in);
              return List.of(
                  model, model.withContributions(Draw.shuffle(in, model.contributions())));
            })
        .checkAssert(
            pair -> {
              StepValueAnalysis a = StepValueAnalysis.of(pair.get(0));
              StepValueAnalysis b = StepValueAnalysis.of(pair.get(1));
              assertThat(
                      Laws.multiset(
                          b.findings().stream()
                              .map(
                                  f ->
                                      List.of(
                                          f.rule(),
                                          new HashSet<>(f.elements()),
                                          f.evidence(),
                                          f.data()))
                              .toList()))
                  .isEqualTo(
                      Laws.multiset(
                          a.findings().stream()
                              .map(
                                  f ->
                                      List.of(
                                          f.rule(),
                                          new HashSet<>(f.elements()),
                                          f.evidence(),
                                          f.data()))
                              .toList()));
            });
  }
}
