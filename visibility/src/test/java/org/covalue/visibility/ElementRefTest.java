package org.covalue.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.covalue.core.InvalidModelException;
import org.covalue.core.PartyId;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.Violation;
import org.covalue.journey.JourneyId;
import org.covalue.journey.ServiceInteractionId;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.ValueStreamActivityId;
import org.junit.jupiter.api.Test;

class ElementRefTest {

  private static final JourneyId JOURNEY = JourneyId.of("order");

  @Test
  void placeableElementsAreNamedByTheirIdAlone() {
    ElementRef product = ElementRef.of(ProductId.of("vm"));

    assertThat(product.id()).isEqualTo(ProductId.of("vm"));
    assertThat(product.journey()).isEmpty();
    assertThat(product.kind()).isEqualTo(ElementKind.PRODUCT);
    assertThat(product.describe()).isEqualTo("product vm");
    assertThat(product).hasToString("product vm").isEqualTo(ElementRef.of(ProductId.of("vm")));
    assertThat(ElementRef.of(ValueStreamActivityId.of("a")).kind())
        .isEqualTo(ElementKind.VALUE_STREAM_ACTIVITY);
    assertThat(ElementRef.of(EnvironmentElementId.of("lan")).kind())
        .isEqualTo(ElementKind.ENVIRONMENT_ELEMENT);
  }

  @Test
  void touchpointsAndInteractionsAreNamedWithTheirJourney() {
    ElementRef touchpoint = ElementRef.of(JOURNEY, TouchpointId.of("pay"));
    ElementRef interaction = ElementRef.of(JOURNEY, ServiceInteractionId.of("talk"));

    assertThat(touchpoint.kind()).isEqualTo(ElementKind.TOUCHPOINT);
    assertThat(touchpoint.journey()).contains(JOURNEY);
    assertThat(touchpoint.describe()).isEqualTo("touchpoint pay of journey order");
    assertThat(interaction.kind()).isEqualTo(ElementKind.SERVICE_INTERACTION);
    assertThat(touchpoint)
        .isNotEqualTo(ElementRef.of(JourneyId.of("other"), TouchpointId.of("pay")));
  }

  @Test
  void aTouchpointWithoutItsJourneyIsRefused() {
    assertThatThrownBy(() -> ElementRef.of(TouchpointId.of("pay")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "journey: A reference to touchpoint pay needs its journey, since touchpoint and"
                + " interaction ids are unique only within a journey");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void somethingThatIsNotAnElementIsRefused() {
    assertThatThrownBy(() -> ElementRef.of(PartyId.of("acme")))
        .isInstanceOf(InvalidModelException.class)
        .extracting(e -> ((InvalidModelException) e).violations().get(0))
        .extracting(Violation::path, Violation::message)
        .containsExactly(
            "id",
            "An element of a band of visibility is a touchpoint, a service interaction, a"
                + " value-stream activity, a product, a resource or an environment element, but"
                + " party acme is none");
    assertThatThrownBy(() -> ElementRef.of(null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("id: ElementRef id must not be null");
  }

  @Test
  void kindsTellWhetherLinesPlaceThem() {
    assertThat(ElementKind.of(ResourceId.of("r"))).contains(ElementKind.RESOURCE);
    assertThat(ElementKind.of(PartyId.of("p"))).isEmpty();
    assertThat(ElementKind.TOUCHPOINT.isPlaceable()).isFalse();
    assertThat(ElementKind.SERVICE_INTERACTION.isPlaceable()).isFalse();
    assertThat(ElementKind.PRODUCT.isPlaceable()).isTrue();
    assertThat(ElementKind.VALUE_STREAM_ACTIVITY.reference().toString())
        .isEqualTo("ITIL 4: Drive Stakeholder Value, §1.2.4, Figure 1.4");
    assertThat(ElementKind.ENVIRONMENT_ELEMENT.reference().section()).isEqualTo("1.2.5");
    assertThat(ElementKind.RESOURCE.reference().section()).isEqualTo("1.2.7");
    assertThat(ElementKind.TOUCHPOINT.reference().section()).isEqualTo("1.2.4");
  }
}
