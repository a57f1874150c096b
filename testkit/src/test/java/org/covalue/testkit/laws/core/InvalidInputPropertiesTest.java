package org.covalue.testkit.laws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.covalue.core.Score;
import org.covalue.core.StakeholderId;
import org.covalue.testkit.CoreModels;
import org.covalue.testkit.Findings;
import org.covalue.testkit.Ids;
import org.covalue.testkit.InvalidInput;
import org.covalue.testkit.InvalidModel;
import org.covalue.testkit.Offerings;
import org.covalue.testkit.Parties;
import org.covalue.testkit.Ratings;
import org.covalue.testkit.References;
import org.covalue.testkit.ServiceRelationships;
import org.covalue.testkit.Stakeholders;
import org.covalue.testkit.laws.Laws;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of invalid input: every invalid input any generator produces is rejected with covalue's
 * {@link org.covalue.core.InvalidModelException}, never another exception, and its violations name
 * the expected path with a message.
 */
class InvalidInputPropertiesTest {

  private static void check(Gen<InvalidInput> inputs) {
    qt().withExamples(400).forAll(inputs).checkAssert(Laws::assertRejected);
  }

  @Test
  void invalidIdTextsAreRejectedByEveryKindOfIdOfEveryModule() {
    check(Ids.invalidIds());
  }

  @Test
  void noInvalidIdTextHasTheDocumentedForm() {
    qt().forAll(Ids.invalidIdTexts())
        .checkAssert(text -> assertThat(text).doesNotMatch("[A-Za-z0-9_][A-Za-z0-9._:-]{0,127}"));
  }

  @Test
  void invalidScoreValuesAreRejected() {
    check(Ratings.invalidScores());
  }

  @Test
  void noInvalidScoreValueLiesInTheScale() {
    qt().forAll(Ratings.invalidScoreValues())
        .checkAssert(
            value -> assertThat(value >= 0.0 && value <= 1.0).as("%s in [0, 1]", value).isFalse());
  }

  @Test
  void invalidReferencesAreRejected() {
    check(References.invalidReferences());
  }

  @Test
  void invalidRulesAreRejected() {
    check(Findings.invalidRules());
  }

  @Test
  void invalidFindingsAreRejected() {
    check(Findings.invalidFindings());
  }

  @Test
  void invalidStakeholdersAreRejected() {
    check(Stakeholders.invalidStakeholders());
  }

  @Test
  void invalidStakeholderMapsAreRejected() {
    check(Stakeholders.invalidMaps());
  }

  @Test
  void invalidStakeholderKindsAreRejected() {
    check(Stakeholders.invalidKinds());
  }

  @Test
  void invalidPartiesAreRejected() {
    check(Parties.invalidParties());
  }

  @Test
  void invalidRoleAssignmentsAreRejected() {
    check(Parties.invalidRoleAssignments());
  }

  @Test
  void invalidRelationshipsAreRejected() {
    check(ServiceRelationships.invalidRelationships());
  }

  @Test
  void invalidNetworksAreRejected() {
    check(ServiceRelationships.invalidNetworks());
  }

  @Test
  void invalidResourcesAreRejected() {
    check(Offerings.invalidResources());
  }

  @Test
  void invalidProductsAreRejected() {
    check(Offerings.invalidProducts());
  }

  @Test
  void invalidServicesAreRejected() {
    check(Offerings.invalidServices());
  }

  @Test
  void invalidOfferingsAreRejected() {
    check(Offerings.invalidOfferings());
  }

  @Test
  void invalidOfferingComponentsAreRejected() {
    check(Offerings.invalidComponents());
  }

  @Test
  void invalidModelsAreRejectedByRequireValid() {
    qt().withExamples(300)
        .forAll(CoreModels.invalidModels().map(InvalidModel::asInvalidInput))
        .checkAssert(Laws::assertRejected);
  }

  @Test
  void theCheckOfAnInvalidInputFailsWhenTheInputIsAcceptedOrTheWrongPathIsNamed() {
    qt().forAll(Ids.idTexts())
        .checkAssert(
            text -> {
              InvalidInput accepted =
                  InvalidInput.of("a valid id", "", () -> StakeholderId.of(text));
              assertThat(
                      org.assertj.core.api.Assertions.catchThrowable(
                          () -> Laws.assertRejected(accepted)))
                  .isInstanceOf(AssertionError.class);
              InvalidInput wrongPath =
                  InvalidInput.of("a score of 2", "value", () -> Score.of(2.0));
              assertThat(
                      org.assertj.core.api.Assertions.catchThrowable(
                          () -> Laws.assertRejected(wrongPath)))
                  .isInstanceOf(AssertionError.class);
              InvalidInput otherException =
                  InvalidInput.of(
                      "an NPE",
                      "",
                      () -> {
                        throw new NullPointerException(text);
                      });
              assertThat(
                      org.assertj.core.api.Assertions.catchThrowable(
                          () -> Laws.assertRejected(otherException)))
                  .isInstanceOf(AssertionError.class)
                  .hasCauseInstanceOf(NullPointerException.class);
            });
  }
}
