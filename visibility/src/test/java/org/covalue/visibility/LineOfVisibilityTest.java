package org.covalue.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.core.PartyId;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.Violation;
import org.covalue.journey.TouchpointId;
import org.junit.jupiter.api.Test;

class LineOfVisibilityTest {

  private static final PartyId CLOUD = PartyId.of("cloud");
  private static final ProductId VM = ProductId.of("vm");
  private static final ResourceId HYPERVISOR = ResourceId.of("hypervisor");

  @Test
  void aGeneralLineIsDrawnByPlacingElements() {
    LineOfVisibility line = LineOfVisibility.of(CLOUD).show(VM).hide(HYPERVISOR);

    assertThat(line.party()).isEqualTo(CLOUD);
    assertThat(line.isTailored()).isFalse();
    assertThat(line.shown()).containsExactly(VM);
    assertThat(line.hidden()).containsExactly(HYPERVISOR);
    assertThat(line.isShown(VM)).isTrue();
    assertThat(line.isHidden(VM)).isFalse();
    assertThat(line.isHidden(HYPERVISOR)).isTrue();
    assertThat(LineOfVisibility.builder().from(line).build()).isEqualTo(line);
  }

  @Test
  void aProvidersLineMayBeTailoredToATargetConsumerGroup() {
    LineOfVisibility line = LineOfVisibility.of(CLOUD, "Partners").show(HYPERVISOR);

    assertThat(line.isTailored()).isTrue();
    assertThat(line.targetConsumerGroup()).contains("Partners");
    assertThat(line.withTargetConsumerGroup("Others").targetConsumerGroup()).contains("Others");
    assertThat(line.withShown(List.of()).shown()).isEmpty();
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void showingAndHidingMoveAnElementAcrossTheLine() {
    LineOfVisibility line = LineOfVisibility.of(CLOUD).hide(VM);

    LineOfVisibility outward = line.show(VM);
    LineOfVisibility inward = outward.hide(VM);

    assertThat(outward.shown()).containsExactly(VM);
    assertThat(outward.hidden()).isEmpty();
    assertThat(inward).isEqualTo(line);
    assertThatThrownBy(() -> line.show(null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("shown: An element placed on a line of visibility must not be null");
  }

  @Test
  void anElementIsPlacedOnOneSideOnly() {
    assertThatThrownBy(
            () -> LineOfVisibility.builder().party(CLOUD).addShown(VM).addHidden(VM).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "hidden: The line of visibility of cloud places product vm both in front of it and"
                + " behind it");
  }

  @Test
  void onlyActivitiesProductsResourcesAndEnvironmentElementsArePlaced() {
    assertThatThrownBy(
            () ->
                LineOfVisibility.builder()
                    .party(CLOUD)
                    .addShown(TouchpointId.of("t"))
                    .addHidden(PartyId.of("p"))
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .extracting(e -> ((InvalidModelException) e).violations())
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(Violation.class))
        .extracting(Violation::path, Violation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "shown",
                "A line of visibility places value-stream activities, products, resources and"
                    + " environment elements, but the line of cloud places touchpoint t"),
            org.assertj.core.groups.Tuple.tuple(
                "hidden",
                "A line of visibility places value-stream activities, products, resources and"
                    + " environment elements, but the line of cloud places party p"));
  }

  @Test
  void theGroupMustBeReadable() {
    assertThatThrownBy(() -> LineOfVisibility.of(CLOUD, " "))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("targetConsumerGroup: Target consumer group must not be blank when given");
    assertThatThrownBy(() -> LineOfVisibility.builder().build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("party: LineOfVisibility party must be set");
  }
}
