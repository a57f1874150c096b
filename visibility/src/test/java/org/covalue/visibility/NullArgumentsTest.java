package org.covalue.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.covalue.core.PartyId;
import org.covalue.core.ProductId;
import org.covalue.core.Score;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.TypedId;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.testing.NullArgumentChecks;
import org.covalue.journey.JourneyId;
import org.covalue.journey.ServiceInteractionId;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.model.JourneyModel;
import org.covalue.visibility.analysis.BandOfVisibility;
import org.covalue.visibility.analysis.BandWidthAssessment;
import org.covalue.visibility.analysis.BandWidthCheck;
import org.covalue.visibility.analysis.BandWidthMeasure;
import org.covalue.visibility.analysis.BandsOfVisibility;
import org.covalue.visibility.analysis.HiddenDependencies;
import org.covalue.visibility.analysis.HiddenDependency;
import org.covalue.visibility.analysis.ManagedBand;
import org.covalue.visibility.analysis.ProductVisibility;
import org.covalue.visibility.analysis.PromisedPart;
import org.covalue.visibility.model.VisibilityModel;
import org.covalue.visibility.sample.ServerHosting;
import org.junit.jupiter.api.Test;

/**
 * Every public method of every exported package of covalue-visibility refuses a null argument with
 * the exception conventions.md documents: InvalidModelException for model input,
 * NullPointerException for analyses and other operations (docs/decisions/0010 for the one
 * exception).
 */
class NullArgumentsTest {

  private static final VisibilityModel MODEL = ServerHosting.model();

  private static VisibilityModel brokenPromises() {
    List<LineOfVisibility> lines = new java.util.ArrayList<>();
    for (LineOfVisibility line : MODEL.lines()) {
      lines.add(line.isTailored() ? line.hide(ServerHosting.CAPACITY_PLAN) : line);
    }
    return MODEL.withLines(lines);
  }

  @Test
  void everyPublicMethodRefusesNullAsDocumented() {
    NullArgumentChecks checks =
        new NullArgumentChecks()
            .sample(PartyId.class, () -> ServerHosting.CLOUD)
            .sample(ProductId.class, () -> ServerHosting.VIRTUAL_SERVER)
            .sample(ServiceOfferingId.class, () -> ServerHosting.STANDARD_SERVER)
            .sample(JourneyId.class, () -> ServerHosting.RENT_A_SERVER)
            .sample(TouchpointId.class, () -> ServerHosting.PROVISION)
            .sample(ServiceInteractionId.class, () -> ServiceInteractionId.of("i"))
            .sample(TypedId.class, () -> ServerHosting.CONSOLE)
            .sample(Score.class, () -> Score.of(0.5))
            .sample(EnvironmentElementId.class, () -> EnvironmentElementId.of("e"))
            .sample(PracticeId.class, () -> ServerHosting.SERVICE_DESK)
            .sample(ElementRef.class, () -> ElementRef.of(ServerHosting.CONSOLE))
            .sample(
                EnvironmentElement.class,
                () -> EnvironmentElement.of(EnvironmentElementId.of("e"), "Office"))
            .sample(EnvironmentElement.Builder.class, EnvironmentElement::builder)
            .sample(
                Practice.class,
                () -> Practice.of(ServerHosting.SERVICE_DESK, "Desk", ServerHosting.CLOUD))
            .sample(LineOfVisibility.class, () -> MODEL.lines().get(0))
            .sample(LineOfVisibility.Builder.class, LineOfVisibility::builder)
            .sample(Dependency.class, () -> MODEL.dependencies().get(0))
            .sample(ServiceActionDependency.class, () -> MODEL.serviceActionDependencies().get(0))
            .sample(Responsibility.class, () -> MODEL.responsibilities().get(0))
            .sample(VisibilityModel.class, () -> MODEL)
            .sample(VisibilityModel.Builder.class, VisibilityModel::builder)
            .sample(JourneyModel.class, MODEL::journey)
            .sample(ServiceRelationship.class, ServerHosting::commodity)
            .sample(
                BandOfVisibility.class, () -> BandOfVisibility.of(MODEL, ServerHosting.commodity()))
            .sample(
                BandWidthMeasure.class,
                () -> BandOfVisibility.of(MODEL, ServerHosting.commodity()).width())
            .sample(BandWidthCheck.class, () -> BandWidthCheck.DEFAULT)
            .sample(
                BandWidthAssessment.class,
                () ->
                    BandWidthCheck.DEFAULT.check(
                        BandOfVisibility.of(MODEL, ServerHosting.commodity())))
            .sample(
                HiddenDependencies.class,
                () -> HiddenDependencies.of(MODEL, ServerHosting.partnership()))
            .sample(
                HiddenDependency.class,
                () ->
                    HiddenDependencies.of(MODEL, ServerHosting.partnership()).dependencies().get(0))
            .sample(ManagedBand.class, () -> ManagedBand.of(MODEL, ServerHosting.commodity()))
            .sample(BandsOfVisibility.class, () -> BandsOfVisibility.of(MODEL))
            .sample(
                ProductVisibility.class,
                () ->
                    ProductVisibility.of(
                        brokenPromises(),
                        ServerHosting.VIRTUAL_SERVER,
                        ServerHosting.STRATEGIC_PARTNERS))
            .sample(
                PromisedPart.class,
                () ->
                    ProductVisibility.of(
                            brokenPromises(),
                            ServerHosting.VIRTUAL_SERVER,
                            ServerHosting.STRATEGIC_PARTNERS)
                        .hiddenPromises()
                        .get(0))
            .checkPackages(
                "org.covalue.visibility",
                List.of(
                    "org.covalue.visibility",
                    "org.covalue.visibility.analysis",
                    "org.covalue.visibility.model",
                    "org.covalue.visibility.sample"));
    assertThat(checks.failures()).isEmpty();
    assertThat(checks.checked()).hasSizeGreaterThan(120);
  }
}
