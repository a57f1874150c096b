package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.covalue.core.Score;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.testkit.Ratings;
import org.covalue.testkit.Stakeholders;
import org.junit.jupiter.api.Test;

/** Laws of the stakeholder builder's shortcuts written by hand (§1.2.1). */
class StakeholderPropertiesTest {

  @Test
  void aScoreGivenAsANumberIsTheScoreOfThatNumber() {
    qt().forAll(Stakeholders.stakeholders(), Ratings.scoreValues(), Ratings.scoreValues())
        .checkAssert(
            (stakeholder, influence, interest) ->
                assertThat(
                        Stakeholder.builder()
                            .from(stakeholder)
                            .influence(influence)
                            .interest(interest)
                            .build())
                    .isEqualTo(
                        stakeholder
                            .withInfluence(Score.of(influence))
                            .withInterest(Score.of(interest))));
  }
}
