package org.covalue.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.covalue.core.InvalidModelException;
import org.covalue.core.PartyId;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.relationship.BandWidth;
import org.covalue.journey.JourneyId;
import org.covalue.journey.TouchpointId;
import org.junit.jupiter.api.Test;

/**
 * The small value types of the visibility model: environment elements, practices, dependencies and
 * responsibilities, and the factors of band width besides the relationship.
 */
class ModelValuesTest {

  private static final PartyId ACME = PartyId.of("acme");
  private static final ResourceId DIRECTORY = ResourceId.of("directory");

  @Test
  void anEnvironmentElementHasAReadableNameAndMayHaveAnOwner() {
    EnvironmentElement floor =
        EnvironmentElement.builder()
            .id(EnvironmentElementId.of("floor"))
            .name("Warehouse floor")
            .owner(ACME)
            .description("Where the scanners are used")
            .build();

    assertThat(floor.owner()).contains(ACME);
    assertThat(floor.withName("Shop floor").owner()).contains(ACME);
    assertThat(EnvironmentElement.of(EnvironmentElementId.of("net"), "Internet").owner()).isEmpty();
    assertThat(EnvironmentElement.builder().from(floor).build()).isEqualTo(floor);
    assertThatThrownBy(() -> floor.withName("\u0007"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("name: Environment element name must be readable text on one line");
    assertThatThrownBy(() -> EnvironmentElementId.of("no spaces"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("Environment element id must be 1 to 128 letters");
    assertThat(EnvironmentElementId.of("floor").kind()).isEqualTo("environment-element");
  }

  @Test
  void aPracticeBelongsToAnOrganization() {
    Practice desk = Practice.of(PracticeId.of("desk"), "Service desk", ACME);

    assertThat(desk.owner()).isEqualTo(ACME);
    assertThat(desk.withName("Desk").id()).isEqualTo(PracticeId.of("desk"));
    assertThat(PracticeId.of("desk").describe()).isEqualTo("practice desk");
    assertThatThrownBy(() -> Practice.of(PracticeId.of("desk"), "", ACME))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("name: Practice name must not be blank");
  }

  @Test
  void aDependencyIsBetweenTwoDifferentElements() {
    Dependency dependency = Dependency.of(ProductId.of("app"), DIRECTORY);
    Dependency ofTouchpoint =
        Dependency.of(ElementRef.of(JourneyId.of("j"), TouchpointId.of("t")), DIRECTORY);

    assertThat(dependency.dependent()).isEqualTo(ElementRef.of(ProductId.of("app")));
    assertThat(dependency.dependsOn()).isEqualTo(DIRECTORY);
    assertThat(ofTouchpoint.dependent().kind()).isEqualTo(ElementKind.TOUCHPOINT);
    assertThatThrownBy(() -> Dependency.of(DIRECTORY, DIRECTORY))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("dependsOn: resource directory cannot depend on itself");
    assertThatThrownBy(() -> Dependency.of(DIRECTORY, TouchpointId.of("t")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "dependsOn: An element depends on value-stream activities, products, resources and"
                + " environment elements, but resource directory is said to depend on"
                + " touchpoint t");
    assertThatThrownBy(() -> Dependency.of(TouchpointId.of("t"), DIRECTORY))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("dependent.journey: A reference to touchpoint t needs its journey");
  }

  @Test
  void aServiceActionDependencyNamesTheActionByItsOfferingAndName() {
    ServiceActionDependency dependency =
        ServiceActionDependency.of(ServiceOfferingId.of("desk"), "Reset password", DIRECTORY);

    assertThat(dependency.offering()).isEqualTo(ServiceOfferingId.of("desk"));
    assertThat(dependency.action()).isEqualTo("Reset password");
    assertThatThrownBy(() -> ServiceActionDependency.of(ServiceOfferingId.of("desk"), " ", ACME))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("action: Service action name must not be blank")
        .hasMessageContaining(
            "but action \" \" of service offering desk is said to depend on party acme");
  }

  @Test
  void aPartyOrAPracticeAnswersForAnElement() {
    Responsibility byParty = Responsibility.of(DIRECTORY, ACME);
    Responsibility byPractice =
        Responsibility.of(
            ElementRef.of(JourneyId.of("j"), TouchpointId.of("t")), PracticeId.of("desk"));

    assertThat(byParty.element()).isEqualTo(ElementRef.of(DIRECTORY));
    assertThat(byPractice.holder()).isEqualTo(PracticeId.of("desk"));
    assertThatThrownBy(() -> Responsibility.of(DIRECTORY, ProductId.of("app")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "holder: A party or a practice answers for an element of the band, but product app is"
                + " said to answer for resource directory");
    assertThatThrownBy(() -> Responsibility.of(TouchpointId.of("t"), ACME))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("element.journey: ");
  }

  @Test
  void theNatureOfAServiceCallsForTheBandOfItsRelationshipType() {
    assertThat(ServiceNature.COMMODITY.expectedBandOfVisibility()).isEqualTo(BandWidth.NARROW);
    assertThat(ServiceNature.CONFIGURED.expectedBandOfVisibility()).isEqualTo(BandWidth.MODERATE);
    assertThat(ServiceNature.BESPOKE.expectedBandOfVisibility()).isEqualTo(BandWidth.WIDE);
    assertThat(ServiceNature.BESPOKE.description()).isNotBlank();
    assertThat(ServiceNature.COMMODITY.reference().toString())
        .isEqualTo("ITIL 4: Drive Stakeholder Value, §1.2.3, Table 1.2");
    assertThat(JourneyMaturity.EMERGING.description()).isNotBlank();
    assertThat(JourneyMaturity.MATURE.reference().section()).isEqualTo("1.2.5");
  }
}
