package org.covalue.visibility.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.covalue.visibility.Scenario.CONSUMER;
import static org.covalue.visibility.Scenario.JOURNEY;
import static org.covalue.visibility.Scenario.OFFERING;
import static org.covalue.visibility.Scenario.PROVIDER;

import java.util.List;
import java.util.Optional;
import org.covalue.core.Finding;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.ServiceId;
import org.covalue.core.Severity;
import org.covalue.core.TypedId;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Goods;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceAction;
import org.covalue.core.offering.ServiceActionPerformer;
import org.covalue.core.offering.ServiceOfferingComponentType;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.model.JourneyModel;
import org.covalue.visibility.Dependency;
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.EnvironmentElement;
import org.covalue.visibility.EnvironmentElementId;
import org.covalue.visibility.LineOfVisibility;
import org.covalue.visibility.Scenario;
import org.covalue.visibility.ServiceActionDependency;
import org.covalue.visibility.model.VisibilityModel;
import org.junit.jupiter.api.Test;

class HiddenDependenciesTest {

  private static final ResourceId DIRECTORY = ResourceId.of("directory");
  private static final ProductId APP = ProductId.of("app");

  private static HiddenDependencies of(Scenario scenario) {
    return HiddenDependencies.of(scenario.model(), scenario.relationship());
  }

  @Test
  void aVisibleTouchpointWhoseActivityIsHiddenIsAWarning() {
    Scenario scenario =
        new Scenario()
            .providerActivity("log", true)
            .providerActivity("triage", false)
            .touchpoint("report", CustomerJourneyStep.ENGAGE, "log", "triage");

    HiddenDependencies hidden = of(scenario);

    assertThat(hidden.hasHiddenDependencies()).isTrue();
    HiddenDependency dependency = hidden.dependencies().get(0);
    assertThat(dependency.path())
        .containsExactly(TouchpointId.of("report"), ValueStreamActivityId.of("triage"));
    assertThat(dependency.journey()).contains(JOURNEY);
    assertThat(dependency.from()).isEqualTo(TouchpointId.of("report"));
    assertThat(dependency.hidden()).isEqualTo(ElementRef.of(ValueStreamActivityId.of("triage")));
    assertThat(dependency)
        .hasToString("HiddenDependency{path=[report, triage], journey=" + JOURNEY + "}");
    Finding finding = hidden.findings().get(0);
    assertThat(finding.rule()).isEqualTo(HiddenDependencies.HIDDEN_DEPENDENCY);
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.elements())
        .containsExactly(TouchpointId.of("report"), ValueStreamActivityId.of("triage"), JOURNEY);
    assertThat(finding.data())
        .containsExactly(
            java.util.Map.entry("dependent", "touchpoint"),
            java.util.Map.entry("hidden", "value-stream-activity"));
    assertThat(finding.message())
        .isEqualTo(
            "Touchpoint report of journey journey is seen by both parties but depends on value"
                + " stream activity triage, which one of them cannot see");
    assertThat(hidden.findings()).hasSize(1);
  }

  @Test
  void aServiceActionThatReliesOnAHiddenResourceIsInformation() {
    Scenario scenario =
        new Scenario()
            .resource("directory", PROVIDER)
            .offering(
                offering ->
                    offering.addServiceAction(
                        ServiceAction.of(
                            "Reset password", ServiceActionPerformer.PROVIDER_RESOURCE)))
            .visibility(
                model ->
                    model.addServiceActionDependency(
                        ServiceActionDependency.of(OFFERING, "Reset password", DIRECTORY)));

    HiddenDependency dependency = of(scenario).dependencies().get(0);
    Finding finding = of(scenario).findings().get(0);

    assertThat(dependency.path()).containsExactly(OFFERING, DIRECTORY);
    assertThat(dependency.part()).contains("Reset password");
    assertThat(dependency.partType()).contains(ServiceOfferingComponentType.SERVICE_ACTION);
    assertThat(dependency)
        .hasToString(
            "HiddenDependency{path=[" + OFFERING + ", " + DIRECTORY + "], part=Reset password}");
    assertThat(finding.severity()).isEqualTo(Severity.INFO);
    assertThat(finding.data())
        .containsEntry("dependent", "service-offering")
        .containsEntry("part", "Reset password")
        .containsEntry("partType", "service-action");
  }

  @Test
  void anOfferingPartBuiltOnAHiddenProductAndAServiceBasedOnOne() {
    Scenario scenario =
        new Scenario()
            .resource("server", PROVIDER)
            .product("app", PROVIDER, List.of("server"), List.of())
            .serviceBasedOn("app")
            .offering(offering -> offering.addGoods(Goods.of("Licence", APP)));

    assertThat(of(scenario).dependencies())
        .extracting(HiddenDependency::path)
        .containsExactly(
            List.<TypedId<?>>of(OFFERING, APP),
            List.<TypedId<?>>of(OFFERING, ServiceId.of("service"), APP));
    assertThat(of(scenario).dependencies().get(1).part()).isEmpty();
    assertThat(of(scenario).findings().get(1).message())
        .isEqualTo(
            "Service offering offering is seen by both parties but depends on product app through"
                + " service service, which one of them cannot see");
    assertThat(of(scenario).findings().get(0).message())
        .isEqualTo(
            "Goods \"Licence\" of service offering offering is seen by both parties but depends on"
                + " product app, which one of them cannot see");
  }

  @Test
  void aServiceTheJourneyInvolvesAndNoOfferingDescribesStartsItsOwnPath() {
    Scenario scenario =
        new Scenario()
            .resource("server", PROVIDER)
            .product("app", PROVIDER, List.of("server"), List.of());
    VisibilityModel model = withJourneyService(scenario.model(), "booking", "app");

    HiddenDependencies hidden = HiddenDependencies.of(model, scenario.relationship());

    assertThat(hidden.dependencies())
        .extracting(HiddenDependency::path)
        .containsExactly(List.<TypedId<?>>of(ServiceId.of("booking"), APP));
    assertThat(hidden.findings().get(0).message())
        .isEqualTo(
            "Service booking is seen by both parties but depends on product app, which one of"
                + " them cannot see");
    assertThat(hidden.band().outside())
        .contains(ElementRef.of(APP), ElementRef.of(ResourceId.of("server")));
  }

  /** Adds a service based on a product, and lets the scenario's journey involve it. */
  static VisibilityModel withJourneyService(VisibilityModel model, String service, String product) {
    JourneyModel journeys = model.journey();
    CoreModel core =
        CoreModel.builder()
            .from(journeys.core())
            .addService(
                Service.builder()
                    .id(ServiceId.of(service))
                    .name("Service " + service)
                    .addProduct(ProductId.of(product))
                    .build())
            .build();
    List<CustomerJourney> changed = new java.util.ArrayList<>();
    for (CustomerJourney journey : journeys.journeys()) {
      changed.add(
          journey.id().equals(Scenario.JOURNEY)
              ? CustomerJourney.builder().from(journey).addService(ServiceId.of(service)).build()
              : journey);
    }
    return model.withJourney(journeys.withCore(core).withJourneys(changed));
  }

  @Test
  void onlyTheFirstElementBehindTheLineIsReported() {
    Scenario scenario =
        new Scenario()
            .resource("server", PROVIDER)
            .resource("rack", PROVIDER)
            .product("app", PROVIDER, List.of("server"), List.of())
            .offering(offering -> offering.addGoods(Goods.of("Licence", APP)))
            .visibility(
                model ->
                    model
                        .addDependency(
                            Dependency.of(ResourceId.of("server"), ResourceId.of("rack")))
                        .addLine(LineOfVisibility.of(PROVIDER).show(APP)));

    assertThat(of(scenario).dependencies())
        .extracting(HiddenDependency::path)
        .containsExactly(List.<TypedId<?>>of(APP, ResourceId.of("server")));
  }

  @Test
  void aDeclaredDependencyOfABandElementOnAHiddenOneIsReported() {
    EnvironmentElementId office = EnvironmentElementId.of("office");
    Scenario scenario =
        new Scenario()
            .consumerActivity("work", true)
            .touchpoint("visit", CustomerJourneyStep.CO_CREATE, "work")
            .visibility(
                model ->
                    model
                        .addEnvironmentElement(
                            EnvironmentElement.builder()
                                .id(office)
                                .name("Office")
                                .owner(CONSUMER)
                                .build())
                        .addDependency(Dependency.of(ValueStreamActivityId.of("work"), office)));

    HiddenDependency dependency = of(scenario).dependencies().get(0);
    assertThat(dependency.path()).containsExactly(ValueStreamActivityId.of("work"), office);
    assertThat(dependency.journey()).isEqualTo(Optional.empty());
    assertThat(of(scenario).toString())
        .isEqualTo("HiddenDependencies{relationship=relationship, dependencies=1}");
    assertThat(dependency.toString()).isEqualTo("HiddenDependency{path=[work, office]}");
  }

  @Test
  void aBandWithNothingHiddenBehindItHasNoFinding() {
    Scenario scenario = new Scenario().providerActivity("log", true).consumerActivity("use", true);

    assertThat(of(scenario).findings()).isEmpty();
    assertThat(of(scenario).band().elements()).isNotEmpty();
  }
}
