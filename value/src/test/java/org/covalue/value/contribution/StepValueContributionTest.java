package org.covalue.value.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.covalue.core.InvalidModelException;
import org.covalue.value.sample.IncidentValue;
import org.junit.jupiter.api.Test;

/** A contribution's amounts run from 0 to {@link StepValueContribution#MAX_AMOUNT}. */
class StepValueContributionTest {

  private static final StepValueContribution SURVEY = IncidentValue.model().contributions().get(1);

  @Test
  void theNetIsWhatIsAddedLessWhatIsRemoved() {
    // The survey adds 0.5 and removes 1.
    assertThat(SURVEY.net()).isEqualTo(-0.5);
    assertThat(SURVEY.withAdded(3).net()).isEqualTo(2.0);
  }

  @Test
  void amountsFromZeroToTheMaximumAreTaken() {
    double most = StepValueContribution.MAX_AMOUNT;
    assertThat(SURVEY.withAdded(most).added()).isEqualTo(most);
    assertThat(SURVEY.withRemoved(most).removed()).isEqualTo(most);
    assertThat(SURVEY.withAdded(0).withRemoved(0).net()).isZero();
    assertThatThrownBy(() -> SURVEY.withAdded(Math.nextUp(most)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("added: Value added must be a number from 0 to");
    assertThatThrownBy(() -> SURVEY.withRemoved(Math.nextUp(most)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("removed: ");
    assertThatThrownBy(() -> SURVEY.withAdded(-Double.MIN_VALUE))
        .isInstanceOf(InvalidModelException.class);
  }
}
