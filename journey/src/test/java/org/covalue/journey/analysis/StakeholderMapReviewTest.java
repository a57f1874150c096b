package org.covalue.journey.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.covalue.core.Finding;
import org.covalue.core.Level;
import org.covalue.core.StakeholderId;
import org.covalue.core.analysis.StakeholderCultivation;
import org.covalue.core.analysis.StakeholderMapRevision;
import org.covalue.core.stakeholder.CultivationTarget;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderKind;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.covalue.journey.StakeholderMapAtStep;
import org.junit.jupiter.api.Test;

/**
 * §1.2.1: stakeholders and their influence and interest change during the journey, so the map is
 * revisited regularly; a provider may try to build a stakeholder's interest.
 */
class StakeholderMapReviewTest {

  private static final StakeholderId UNION = StakeholderId.of("union");

  private static Stakeholder union(Level interest) {
    return Stakeholder.builder()
        .id(UNION)
        .name("Warehouse union")
        .kind(StakeholderKind.UNION)
        .influence(Level.LOW)
        .interest(interest)
        .build();
  }

  /** A journey through all seven steps, with maps kept at explore and agree. */
  private static CustomerJourney journey() {
    StakeholderMap explore =
        StakeholderMap.builder().label("explore").addStakeholder(union(Level.LOW)).build();
    StakeholderMap agree =
        StakeholderMap.builder()
            .label("agree")
            .addStakeholder(union(Level.MEDIUM))
            .addTarget(CultivationTarget.of(UNION, Level.LOW, Level.HIGH))
            .build();
    return CustomerJourney.builder()
        .from(JourneyStepConditionsTest.journey(CustomerJourneyStep.values()))
        .addStakeholderMaps(
            StakeholderMapAtStep.of(CustomerJourneyStep.EXPLORE, explore),
            StakeholderMapAtStep.of(CustomerJourneyStep.AGREE, agree))
        .build();
  }

  @Test
  void threeStepsAfterTheLastRevisionAreOneTooMany() {
    StakeholderMapHistory history = StakeholderMapReview.DEFAULT.review(journey());
    assertThat(history.revisions()).hasSize(1);
    assertThat(history.overdue()).hasSize(1);
    Finding finding = history.findings().get(0);
    assertThat(finding.rule()).isEqualTo(StakeholderMapHistory.NOT_REVISED);
    assertThat(finding.elements()).containsExactly(JourneyId.of("j"));
    assertThat(finding.data())
        .containsExactly(entry("step", "realize"), entry("lastRevisionStep", "agree"));
    assertThat(finding.evidence())
        .containsExactly(entry("stepsWithoutRevision", 3.0), entry("maxStepsWithoutRevision", 2.0));
    assertThat(finding.message())
        .isEqualTo(
            "Journey j reaches step realize after 3 steps without a revision of its stakeholder map"
                + " since agree; the review allows 2");
    assertThat(
            StakeholderMapReview.DEFAULT
                .withMaxStepsWithoutRevision(3)
                .review(journey())
                .findings())
        .isEmpty();
  }

  @Test
  void aJourneyWithoutAnyMapIsOverdueOnceItReachesTooManySteps() {
    CustomerJourney bare = JourneyStepConditionsTest.journey(CustomerJourneyStep.values());
    StakeholderMapHistory history = StakeholderMapReview.DEFAULT.review(bare);
    assertThat(history.findings()).hasSize(1);
    assertThat(history.findings().get(0).data())
        .containsExactly(entry("step", "offer"), entry("lastRevisionStep", "none"));
    assertThat(history.cultivation()).isEmpty();
  }

  @Test
  void aRevisionBetweenAnyTwoStepsAndTheDistanceToTheTarget() {
    StakeholderMapHistory history = StakeholderMapReview.DEFAULT.review(journey());
    StakeholderMapRevision revision =
        history
            .revisionBetween(CustomerJourneyStep.ENGAGE, CustomerJourneyStep.CO_CREATE)
            .orElseThrow();
    assertThat(revision.moves()).hasSize(1);
    assertThat(revision.moves().get(0).stakeholderId()).isEqualTo(UNION);
    StakeholderCultivation cultivation = history.cultivation().orElseThrow();
    assertThat(cultivation.findings()).hasSize(1);
    assertThat(cultivation.findings().get(0).data())
        .containsEntry("strategy", "keep-informed")
        .containsEntry("targetStrategy", "keep-informed");
    assertThat(
            StakeholderMapReview.DEFAULT
                .review(JourneyStepConditionsTest.journey(CustomerJourneyStep.values()))
                .revisionBetween(CustomerJourneyStep.EXPLORE, CustomerJourneyStep.REALIZE))
        .isEmpty();
  }

  @Test
  void theReviewIsASettingsObject() {
    StakeholderMapReview review = StakeholderMapReview.DEFAULT.withMaxStepsWithoutRevision(1);
    assertThat(review.maxStepsWithoutRevision()).isEqualTo(1);
    assertThat(review).isEqualTo(StakeholderMapReview.of(1, review.classifier()));
    assertThat(review).isNotEqualTo(StakeholderMapReview.DEFAULT);
    assertThatThrownBy(() -> StakeholderMapReview.DEFAULT.withMaxStepsWithoutRevision(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The steps a journey may reach without a revision of its stakeholder map must be 1 to"
                + " 7, but was 0");
  }
}
