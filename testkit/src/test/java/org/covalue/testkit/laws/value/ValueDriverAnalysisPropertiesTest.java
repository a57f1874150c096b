package org.covalue.testkit.laws.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.covalue.core.Finding;
import org.covalue.core.Score;
import org.covalue.testkit.Values;
import org.covalue.testkit.internal.Draw;
import org.covalue.value.ValueDriverId;
import org.covalue.value.analysis.DriverContribution;
import org.covalue.value.analysis.DriverExplanation;
import org.covalue.value.analysis.DriverPath;
import org.covalue.value.analysis.DriverSensitivity;
import org.covalue.value.analysis.ValueDriverAnalysis;
import org.covalue.value.driver.ValueDriver;
import org.covalue.value.driver.ValueDriverChain;
import org.covalue.value.driver.ValueDriverLayer;
import org.covalue.value.driver.ValueDriverLink;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/**
 * Laws of value-driver chains (§1.2.7, Figure 1.11): propagation is monotone in the measured
 * performance of drivers; an explanation's contributions, and its paths when all are listed, add up
 * to the value explained; a driver's sensitivity is how much the purpose moves when it moves; and
 * the broken-chain findings are exactly those a plain reading of the rules finds.
 */
class ValueDriverAnalysisPropertiesTest {

  private static final int EXAMPLES = 300;
  private static final double TOLERANCE = 1e-9;

  private static Gen<ValueDriverChain> chains() {
    return Values.chains().mix(Values.wellFormedChains(), 50);
  }

  /** A chain with one measured driver's performance raised. */
  private static Gen<Pair<ValueDriverChain, ValueDriverChain>> raised() {
    return in -> {
      ValueDriverChain chain = chains().generate(in);
      List<Integer> measured = new ArrayList<>();
      for (int i = 0; i < chain.drivers().size(); i++) {
        if (chain.drivers().get(i).performance().isPresent()) {
          measured.add(i);
        }
      }
      if (measured.isEmpty()) {
        return Pair.of(chain, chain);
      }
      int i = Draw.oneOf(in, measured);
      ValueDriver driver = chain.drivers().get(i);
      double before = driver.performance().orElseThrow().value();
      double after = before + (1 - before) * Draw.intBetween(in, 0, 100) / 100.0;
      List<ValueDriver> drivers = new ArrayList<>(chain.drivers());
      drivers.set(i, driver.withPerformance(Score.of(Math.min(1.0, after))));
      return Pair.of(chain, chain.withDrivers(drivers));
    };
  }

  @Test
  void propagationIsMonotoneInDriverPerformance() {
    qt().withExamples(EXAMPLES)
        .forAll(raised())
        .checkAssert(
            pair -> {
              ValueDriverAnalysis before = ValueDriverAnalysis.of(pair._1);
              ValueDriverAnalysis after = ValueDriverAnalysis.of(pair._2);
              for (ValueDriver driver : pair._1.drivers()) {
                OptionalDouble old = before.performance(driver.id());
                OptionalDouble now = after.performance(driver.id());
                assertThat(now.isPresent()).isEqualTo(old.isPresent());
                if (old.isPresent()) {
                  assertThat(now.getAsDouble())
                      .as("value of %s in %s", driver.id(), pair._2)
                      .isGreaterThanOrEqualTo(old.getAsDouble() - TOLERANCE);
                  assertThat(now.getAsDouble()).isBetween(0.0, 1.0);
                }
              }
            });
  }

  @Test
  void anExplanationsContributionsAddUpToTheResult() {
    qt().withExamples(EXAMPLES)
        .forAll(chains())
        .checkAssert(
            chain -> {
              ValueDriverAnalysis analysis = ValueDriverAnalysis.of(chain);
              for (ValueDriver driver : chain.drivers()) {
                DriverExplanation why = analysis.explain(driver.id(), 1000);
                OptionalDouble value = analysis.performance(driver.id());
                assertThat(why.value()).isEqualTo(value);
                if (value.isEmpty()) {
                  assertThat(why.contributions()).isEmpty();
                  continue;
                }
                assertThat(why.total()).isCloseTo(value.getAsDouble(), within(TOLERANCE));
                Map<ValueDriverId, Double> byPath = new HashMap<>();
                double sum = 0;
                for (DriverPath path : why.paths()) {
                  assertThat(path.drivers().get(path.drivers().size() - 1)).isEqualTo(driver.id());
                  byPath.merge(path.drivers().get(0), path.contribution(), Double::sum);
                  sum += path.contribution();
                }
                if (why.hasAllPaths()) {
                  assertThat(sum).isCloseTo(value.getAsDouble(), within(TOLERANCE));
                  for (DriverContribution contribution : why.contributions()) {
                    assertThat(byPath.get(contribution.driver()))
                        .isCloseTo(contribution.contribution(), within(TOLERANCE));
                  }
                }
                for (DriverContribution contribution : why.contributions()) {
                  assertThat(contribution.share())
                      .isGreaterThan(0)
                      .isLessThanOrEqualTo(1 + TOLERANCE);
                  assertThat(contribution.contribution())
                      .isCloseTo(
                          contribution.share() * contribution.performance(), within(TOLERANCE));
                }
              }
            });
  }

  @Test
  void aDriversSensitivityIsHowMuchThePurposeMovesWithIt() {
    qt().withExamples(EXAMPLES)
        .forAll(chains())
        .checkAssert(
            chain -> {
              ValueDriverAnalysis analysis = ValueDriverAnalysis.of(chain);
              ValueDriverId purpose = chain.purpose().id();
              List<DriverSensitivity> ranking = analysis.sensitivities();
              for (int i = 1; i < ranking.size(); i++) {
                assertThat(ranking.get(i).sensitivity())
                    .isLessThanOrEqualTo(ranking.get(i - 1).sensitivity());
              }
              DriverExplanation why = analysis.explain(purpose, 0);
              for (DriverContribution contribution : why.contributions()) {
                if (contribution.driver().equals(purpose)) {
                  continue; // a purpose nothing drives stands for itself
                }
                // Lowering a measured driver by its whole value lowers the purpose by its share.
                ValueDriver driver = chain.driver(contribution.driver()).orElseThrow();
                double performance = contribution.performance();
                ValueDriverChain lowered = replace(chain, driver.withPerformance(Score.ZERO));
                double moved =
                    analysis.performance(purpose).getAsDouble()
                        - ValueDriverAnalysis.of(lowered).performance(purpose).getAsDouble();
                DriverSensitivity sensitivity =
                    ranking.stream()
                        .filter(s -> s.driver().equals(driver.id()))
                        .findFirst()
                        .orElseThrow();
                assertThat(moved)
                    .isCloseTo(sensitivity.sensitivity() * performance, within(TOLERANCE));
                assertThat(sensitivity.headroom())
                    .isCloseTo(sensitivity.sensitivity() * (1 - performance), within(TOLERANCE));
              }
            });
  }

  private static ValueDriverChain replace(ValueDriverChain chain, ValueDriver driver) {
    List<ValueDriver> drivers = new ArrayList<>();
    for (ValueDriver d : chain.drivers()) {
      drivers.add(d.id().equals(driver.id()) ? driver : d);
    }
    return chain.withDrivers(drivers);
  }

  @Test
  void brokenChainFindingsAreThoseAPlainReadingFinds() {
    qt().withExamples(EXAMPLES)
        .forAll(chains())
        .checkAssert(
            chain -> {
              Set<ValueDriverId> drivenFromBelow = new HashSet<>();
              Set<ValueDriverId> drivesUp = new HashSet<>();
              List<List<Object>> expected = new ArrayList<>();
              List<List<Object>> linkFindings = new ArrayList<>();
              for (ValueDriverLink link : chain.links()) {
                int difference =
                    chain.driver(link.driven()).orElseThrow().layer().height()
                        - chain.driver(link.driver()).orElseThrow().layer().height();
                if (difference > 0) {
                  drivenFromBelow.add(link.driven());
                  drivesUp.add(link.driver());
                }
                if (difference > 1) {
                  linkFindings.add(
                      List.of(ValueDriverAnalysis.SKIPPED_LAYER, link.driver(), link.driven()));
                } else if (difference < 1) {
                  linkFindings.add(
                      List.of(ValueDriverAnalysis.BACKWARD_LINK, link.driver(), link.driven()));
                }
              }
              for (ValueDriver driver : chain.drivers()) {
                boolean driven = drivenFromBelow.contains(driver.id());
                if (!driven && driver.layer() != ValueDriverLayer.RESOURCES_PRODUCTS_PRACTICES) {
                  expected.add(List.of(ValueDriverAnalysis.UNDRIVEN, driver.id()));
                }
                if (!drivesUp.contains(driver.id())
                    && driver.layer() != ValueDriverLayer.CONSUMER_PURPOSE) {
                  expected.add(List.of(ValueDriverAnalysis.DRIVES_NOTHING, driver.id()));
                }
                if (!driven && driver.performance().isEmpty()) {
                  expected.add(List.of(ValueDriverAnalysis.UNMEASURED, driver.id()));
                }
              }
              expected.addAll(linkFindings);
              List<List<Object>> actual = new ArrayList<>();
              for (Finding finding : ValueDriverAnalysis.of(chain).findings()) {
                List<Object> key = new ArrayList<>();
                key.add(finding.rule());
                key.addAll(finding.elements().subList(1, finding.elements().size()));
                assertThat(finding.elements().get(0)).isEqualTo(chain.id());
                actual.add(key);
              }
              assertThat(actual).isEqualTo(expected);
            });
  }
}
