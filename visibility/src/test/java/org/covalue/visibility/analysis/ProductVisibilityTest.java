package org.covalue.visibility.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.covalue.visibility.Scenario.GROUP;
import static org.covalue.visibility.Scenario.OFFERING;
import static org.covalue.visibility.Scenario.OTHER;
import static org.covalue.visibility.Scenario.PROVIDER;

import java.util.List;
import org.covalue.core.Finding;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.offering.Goods;
import org.covalue.core.offering.ResourceAccess;
import org.covalue.core.offering.ServiceAction;
import org.covalue.core.offering.ServiceActionPerformer;
import org.covalue.core.offering.ServiceOfferingComponentType;
import org.covalue.visibility.LineOfVisibility;
import org.covalue.visibility.Scenario;
import org.covalue.visibility.ServiceActionDependency;
import org.covalue.visibility.model.VisibilityModel;
import org.junit.jupiter.api.Test;

class ProductVisibilityTest {

  private static final ProductId APP = ProductId.of("app");
  private static final ProductId ENGINE = ProductId.of("engine");
  private static final ResourceId SCREEN = ResourceId.of("screen");
  private static final ResourceId SERVER = ResourceId.of("server");
  private static final ResourceId CLOUD = ResourceId.of("cloud");
  private static final ResourceId SHARED = ResourceId.of("shared");

  /** An app with a screen, built on an engine that runs on a server, a cloud and a shared disk. */
  private static Scenario scenario() {
    return new Scenario()
        .resource("screen", PROVIDER)
        .resource("server", PROVIDER)
        .resource("cloud", OTHER)
        .unownedResource("shared")
        .product("app", PROVIDER, List.of("screen"), List.of("engine"))
        .product("engine", PROVIDER, List.of("server", "cloud", "shared"), List.of());
  }

  @Test
  void thePartsOfAProductAreItsComponentsAndTheirResources() {
    ProductVisibility visibility = ProductVisibility.of(scenario().model(), APP, GROUP);

    assertThat(visibility.visible()).isEmpty();
    assertThat(visibility.hidden()).containsExactly(APP, ENGINE, SCREEN, SERVER, CLOUD, SHARED);
    assertThat(visibility.visibleShare()).isZero();
    assertThat(visibility.provider()).isEqualTo(PROVIDER);
    // No offering promises the product's parts here, so nothing hidden is promised.
    assertThat(visibility.hiddenPromises()).isEmpty();
    assertThat(visibility.hasHiddenPromises()).isFalse();
  }

  @Test
  void eachPartIsPlacedByItsOwnersLinesForTheGroup() {
    Scenario scenario =
        scenario()
            .visibility(
                model ->
                    model.addLines(
                        LineOfVisibility.of(PROVIDER).show(APP).show(SCREEN).show(SHARED),
                        LineOfVisibility.of(PROVIDER, GROUP).show(ENGINE).hide(SCREEN),
                        LineOfVisibility.of(OTHER).show(CLOUD)));
    VisibilityModel model = scenario.model();

    ProductVisibility forGroup = ProductVisibility.of(model, APP, GROUP);
    ProductVisibility forOthers = ProductVisibility.of(model, APP, "Everyone else");

    assertThat(forGroup.visible()).containsExactly(APP, ENGINE, CLOUD, SHARED);
    assertThat(forGroup.hidden()).containsExactly(SCREEN, SERVER);
    assertThat(forOthers.visible()).containsExactly(APP, SCREEN, CLOUD, SHARED);
    assertThat(forOthers.toString())
        .isEqualTo(
            "ProductVisibility{product=app, targetConsumerGroup=\"Everyone else\", visible=4,"
                + " hidden=2, hiddenPromises=0}");
  }

  @Test
  void anOfferingForTheGroupThatPromisesAHiddenPartIsReported() {
    Scenario scenario =
        scenario()
            .offering(
                offering ->
                    offering
                        .addGoods(Goods.of("The engine", ENGINE))
                        .addResourceAccess(ResourceAccess.of("Screen", SCREEN))
                        .addServiceActions(
                            ServiceAction.of("Tune it", ServiceActionPerformer.JOINT),
                            ServiceAction.of("Host it", ServiceActionPerformer.PROVIDER_RESOURCE)))
            .visibility(
                model ->
                    model
                        .addLine(LineOfVisibility.of(PROVIDER).show(SCREEN))
                        .addServiceActionDependencies(
                            ServiceActionDependency.of(OFFERING, "Tune it", SERVER),
                            ServiceActionDependency.of(OFFERING, "Host it", SERVER)));

    ProductVisibility visibility = ProductVisibility.of(scenario.model(), APP, GROUP);

    assertThat(visibility.hasHiddenPromises()).isTrue();
    assertThat(visibility.hiddenPromises())
        .extracting(PromisedPart::part, PromisedPart::partType, PromisedPart::element)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "The engine", ServiceOfferingComponentType.GOODS, ENGINE),
            org.assertj.core.groups.Tuple.tuple(
                "Tune it", ServiceOfferingComponentType.SERVICE_ACTION, SERVER));
    Finding finding = visibility.findings().get(0);
    assertThat(finding.rule()).isEqualTo(ProductVisibility.HIDDEN_PROMISE);
    assertThat(finding.elements()).containsExactly(OFFERING, ENGINE, APP);
    assertThat(finding.data())
        .containsEntry("part", "The engine")
        .containsEntry("partType", "goods")
        .containsEntry("targetConsumerGroup", GROUP);
    assertThat(finding.message())
        .isEqualTo(
            "Service offering offering promises \"Small firms\" goods \"The engine\", which rests"
                + " on product engine, a part of product app, but the group cannot see it");
    assertThat(ProductVisibility.of(scenario.model(), APP, "Everyone else").findings())
        .as("the offering is for another group")
        .isEmpty();
  }

  @Test
  void goodsOfTheProductItselfNameOnlyTheOfferingAndTheProduct() {
    Scenario scenario = scenario().offering(offering -> offering.addGoods(Goods.of("App", APP)));

    Finding finding = ProductVisibility.of(scenario.model(), APP, GROUP).findings().get(0);

    assertThat(finding.elements()).containsExactly(OFFERING, APP);
    assertThat(finding.message()).contains("which rests on product app, but the group");
  }

  @Test
  void aProductTheModelDoesNotHoldIsRefused() {
    assertThatThrownBy(
            () -> ProductVisibility.of(scenario().model(), ProductId.of("nothing"), GROUP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The model holds no product \"nothing\"");
  }
}
