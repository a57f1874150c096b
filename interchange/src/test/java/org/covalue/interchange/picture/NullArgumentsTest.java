package org.covalue.interchange.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.covalue.core.analysis.StakeholderClassifier;
import org.covalue.core.analysis.StakeholderMapClassification;
import org.covalue.core.model.CoreModel;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.core.testing.NullArgumentChecks;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.model.JourneyModel;
import org.covalue.value.analysis.ValueDriverAnalysis;
import org.covalue.value.driver.ValueDriverChain;
import org.covalue.value.sample.IncidentValue;
import org.covalue.visibility.model.VisibilityModel;
import org.covalue.visibility.sample.ServerHosting;
import org.junit.jupiter.api.Test;

/**
 * Every public method of the picture package refuses a null argument as conventions.md says: the
 * {@code of(..)} factories, which take model input, with an InvalidModelException naming it.
 */
class NullArgumentsTest {

  @Test
  void everyPublicMethodRefusesNullAsDocumented() {
    JourneyModel journeys = Samples.incidentModel();
    NullArgumentChecks checks =
        new NullArgumentChecks()
            .sample(StakeholderMap.class, Samples::map)
            .sample(
                StakeholderMapClassification.class,
                () -> StakeholderClassifier.DEFAULT.classify(Samples.map()))
            .sample(CoreModel.class, () -> ServerHosting.model().journey().core())
            .sample(JourneyModel.class, () -> journeys)
            .sample(CustomerJourney.class, () -> journeys.journeys().get(0))
            .sample(VisibilityModel.class, ServerHosting::model)
            .sample(ServiceRelationship.class, ServerHosting::commodity)
            .sample(StakeholderMapPicture.class, () -> StakeholderMapPicture.of(Samples.map()))
            .sample(
                RelationshipNetworkPicture.class,
                () -> RelationshipNetworkPicture.of(ServerHosting.model().journey().core()))
            .sample(
                CustomerJourneyPicture.class,
                () -> CustomerJourneyPicture.of(journeys, journeys.journeys().get(0)))
            .sample(
                BandOfVisibilityPicture.class,
                () -> BandOfVisibilityPicture.of(ServerHosting.model(), ServerHosting.commodity()))
            .sample(ValueDriverChain.class, IncidentValue::chain)
            .sample(ValueDriverAnalysis.class, () -> ValueDriverAnalysis.of(IncidentValue.chain()))
            .sample(
                ValueDriverChainPicture.class,
                () -> ValueDriverChainPicture.of(IncidentValue.chain()))
            .checkPackages(
                "org.covalue.interchange.picture", List.of("org.covalue.interchange.picture"));
    assertThat(checks.failures()).isEmpty();
    assertThat(checks.checked())
        .contains(
            "StakeholderMapPicture.of parameter 0",
            "CustomerJourneyPicture.of parameter 1",
            "BandOfVisibilityPicture.of parameter 1",
            "ValueDriverChainPicture.of parameter 0");
  }
}
