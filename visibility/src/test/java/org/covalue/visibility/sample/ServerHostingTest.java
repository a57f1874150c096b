package org.covalue.visibility.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.covalue.visibility.sample.ServerHosting.CAPACITY_PLAN;
import static org.covalue.visibility.sample.ServerHosting.CONSOLE;
import static org.covalue.visibility.sample.ServerHosting.HYPERVISOR;
import static org.covalue.visibility.sample.ServerHosting.PLAN_CAPACITY;
import static org.covalue.visibility.sample.ServerHosting.PLATFORM;
import static org.covalue.visibility.sample.ServerHosting.VIRTUAL_SERVER;

import java.util.ArrayList;
import java.util.List;
import org.covalue.core.Finding;
import org.covalue.core.Severity;
import org.covalue.core.TypedId;
import org.covalue.core.relationship.BandWidth;
import org.covalue.journey.analysis.JourneyValidator;
import org.covalue.journey.analysis.ValueStreamAnalysis;
import org.covalue.visibility.ElementKind;
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.LineOfVisibility;
import org.covalue.visibility.analysis.BandOfVisibility;
import org.covalue.visibility.analysis.BandWidthAssessment;
import org.covalue.visibility.analysis.BandWidthCheck;
import org.covalue.visibility.analysis.HiddenDependencies;
import org.covalue.visibility.analysis.HiddenDependency;
import org.covalue.visibility.analysis.ManagedBand;
import org.covalue.visibility.analysis.ProductVisibility;
import org.covalue.visibility.analysis.VisibilityValidator;
import org.covalue.visibility.model.VisibilityModel;
import org.junit.jupiter.api.Test;

/**
 * The chapter's two examples of band width (ITIL 4: Drive Stakeholder Value, §1.2.5): a standard
 * cloud-hosted server bought as a commodity has a narrow band; a long-term partnership has a wide
 * one, because the parties need deep insight into each other's activities.
 */
class ServerHostingTest {

  private static final VisibilityModel MODEL = ServerHosting.model();

  @Test
  void theSampleIsAValidModelWhoseJourneysHoldOnlyVisibleActivities() {
    assertThat(VisibilityValidator.validate(MODEL)).isEmpty();
    assertThat(JourneyValidator.validate(MODEL.journey())).isEmpty();
    assertThat(ValueStreamAnalysis.of(MODEL.journey()).hasErrors()).isFalse();
  }

  @Test
  void theCommodityServerHasANarrowBand() {
    BandOfVisibility band = BandOfVisibility.of(MODEL, ServerHosting.commodity());

    assertThat(band.journeys()).containsExactly(ServerHosting.RENT_A_SERVER);
    assertThat(band.targetConsumerGroups()).containsExactly(ServerHosting.SELF_SERVICE_CUSTOMERS);
    assertThat(band.width().placeableInBand()).isEqualTo(7);
    assertThat(band.width().placeableTotal()).isEqualTo(23);
    assertThat(band.width().inBand())
        .containsEntry(ElementKind.TOUCHPOINT, 4)
        .containsEntry(ElementKind.SERVICE_INTERACTION, 1)
        .containsEntry(ElementKind.VALUE_STREAM_ACTIVITY, 4)
        .containsEntry(ElementKind.PRODUCT, 1)
        .containsEntry(ElementKind.RESOURCE, 2)
        .containsEntry(ElementKind.ENVIRONMENT_ELEMENT, 0);
    assertThat(band.contains(CONSOLE)).isTrue();
    assertThat(band.contains(VIRTUAL_SERVER)).isTrue();
    assertThat(band.contains(PLATFORM)).isFalse();
    assertThat(band.contains(HYPERVISOR)).isFalse();
    assertThat(band.contains(PLAN_CAPACITY)).as("the general line hides it").isFalse();
    assertThat(band.contains(ElementRef.of(ServerHosting.RENT_A_SERVER, ServerHosting.PROVISION)))
        .isTrue();

    BandWidthAssessment assessment = BandWidthCheck.DEFAULT.check(band);
    assertThat(assessment.measured()).isEqualTo(BandWidth.NARROW);
    assertThat(assessment.lowest()).isEqualTo(BandWidth.NARROW);
    assertThat(assessment.highest()).isEqualTo(BandWidth.NARROW);
    assertThat(assessment.findings()).isEmpty();
  }

  @Test
  void thePartnershipHasAWideBand() {
    BandOfVisibility band = BandOfVisibility.of(MODEL, ServerHosting.partnership());

    assertThat(band.width().placeableInBand()).isEqualTo(17);
    assertThat(band.width().placeableTotal()).isEqualTo(21);
    assertThat(band.contains(PLATFORM)).isTrue();
    assertThat(band.contains(CAPACITY_PLAN)).isTrue();
    assertThat(band.contains(PLAN_CAPACITY)).as("the partners' line shows it").isTrue();
    assertThat(band.contains(HYPERVISOR)).as("hidden even from partners").isFalse();
    assertThat(band.outside())
        .extracting(ElementRef::describe)
        .containsExactly(
            "value stream activity replace-hardware",
            "value stream activity release-apps",
            "resource hypervisor",
            "resource network-fabric");

    BandWidthAssessment assessment = BandWidthCheck.DEFAULT.check(band);
    assertThat(assessment.measured()).isEqualTo(BandWidth.WIDE);
    assertThat(assessment.findings()).isEmpty();
  }

  @Test
  void aPartnershipDrawnWithTheGeneralLineOnlyIsTooNarrow() {
    List<LineOfVisibility> lines = new ArrayList<>(MODEL.lines());
    lines.removeIf(LineOfVisibility::isTailored);
    BandOfVisibility band =
        BandOfVisibility.of(MODEL.withLines(lines), ServerHosting.partnership());

    BandWidthAssessment assessment = BandWidthCheck.DEFAULT.check(band);

    assertThat(assessment.isTooNarrow()).isTrue();
    Finding finding = assessment.findings().get(0);
    assertThat(finding.rule()).isEqualTo(BandWidthAssessment.TOO_NARROW);
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.message())
        .isEqualTo(
            "The band of visibility of relationship bank-platform is moderate: both parties see 9"
                + " of its 21 activities, products, resources and environment elements (43%,"
                + " below 67%), where a partnership for a bespoke service with an established"
                + " journey calls for a wide band");
    assertThat(finding.elements())
        .containsExactly(ServerHosting.PARTNERSHIP, ServerHosting.CLOUD, ServerHosting.BANK);
    assertThat(finding.evidence())
        .containsEntry("share", 9.0 / 21)
        .containsEntry("placeableInBand", 9.0)
        .containsEntry("placeableTotal", 21.0)
        .containsEntry("moderateFrom", 1.0 / 3)
        .containsEntry("wideFrom", 2.0 / 3);
    assertThat(finding.data())
        .containsEntry("relationshipType", "partnership")
        .containsEntry("nature", "bespoke")
        .containsEntry("maturity", "established")
        .containsEntry("measured", "moderate")
        .containsEntry("lowest", "wide")
        .containsEntry("highest", "wide");
  }

  @Test
  void aCommodityConsumerGivenThePartnersOfferingSeesTooMuch() {
    BandOfVisibility band =
        BandOfVisibility.of(
            MODEL,
            ServerHosting.commodity()
                .withOfferings(
                    List.of(ServerHosting.STANDARD_SERVER, ServerHosting.MANAGED_PLATFORM)));

    BandWidthAssessment assessment = BandWidthCheck.DEFAULT.check(band);

    assertThat(assessment.isTooWide()).isTrue();
    assertThat(assessment.findings())
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.rule()).isEqualTo(BandWidthAssessment.TOO_WIDE);
              assertThat(finding.severity()).isEqualTo(Severity.INFO);
              assertThat(finding.message())
                  .contains("see 15 of its 23", "(65%, at or above 33%)")
                  .endsWith(
                      "a basic relationship for a commodity service with an established"
                          + " journey calls for a narrow band");
            });
  }

  @Test
  void theSameProductShowsMoreToPartnersThanToSelfServiceCustomers() {
    ProductVisibility selfService =
        ProductVisibility.of(MODEL, VIRTUAL_SERVER, ServerHosting.SELF_SERVICE_CUSTOMERS);
    ProductVisibility partners =
        ProductVisibility.of(MODEL, VIRTUAL_SERVER, ServerHosting.STRATEGIC_PARTNERS);

    assertThat(selfService.visible())
        .containsExactly(VIRTUAL_SERVER, CONSOLE, ServerHosting.PROVISIONING_API);
    assertThat(partners.visible()).containsAll(selfService.visible()).contains(PLATFORM);
    assertThat(partners.hidden()).containsExactlyInAnyOrder(HYPERVISOR, resource("network-fabric"));
    assertThat(selfService.visibleShare()).isEqualTo(0.3);
    assertThat(partners.visibleShare()).isEqualTo(0.8);
    assertThat(selfService.findings()).isEmpty();
    assertThat(partners.findings()).isEmpty();
  }

  @Test
  void anOfferingThatPromisesAPartnersCannotSeeIsReported() {
    List<LineOfVisibility> lines = new ArrayList<>();
    for (LineOfVisibility line : MODEL.lines()) {
      lines.add(line.isTailored() ? line.hide(CAPACITY_PLAN) : line);
    }
    ProductVisibility partners =
        ProductVisibility.of(
            MODEL.withLines(lines), VIRTUAL_SERVER, ServerHosting.STRATEGIC_PARTNERS);

    assertThat(partners.hasHiddenPromises()).isTrue();
    assertThat(partners.findings())
        .extracting(Finding::message)
        .containsExactly(
            "Service offering managed-platform promises \"Strategic partners\" access to resources"
                + " \"Shared capacity plan\", which rests on resource capacity-plan, a part of"
                + " product virtual-server, but the group cannot see it",
            "Service offering managed-platform promises \"Strategic partners\" service action"
                + " \"Plan capacity together\", which rests on resource capacity-plan, a part of"
                + " product virtual-server, but the group cannot see it");
  }

  @Test
  void theCommodityDependsOnTheHiddenPlatformAndThePartnershipOnTheHypervisor() {
    HiddenDependencies commodity = HiddenDependencies.of(MODEL, ServerHosting.commodity());
    HiddenDependencies partnership = HiddenDependencies.of(MODEL, ServerHosting.partnership());

    assertThat(commodity.dependencies())
        .extracting(HiddenDependency::path)
        .containsExactly(List.<TypedId<?>>of(VIRTUAL_SERVER, PLATFORM));
    assertThat(partnership.dependencies())
        .extracting(HiddenDependency::path)
        .containsExactly(
            List.<TypedId<?>>of(ServerHosting.PATCH_PLATFORM, HYPERVISOR),
            List.<TypedId<?>>of(PLATFORM, HYPERVISOR),
            List.<TypedId<?>>of(PLATFORM, resource("network-fabric")),
            List.<TypedId<?>>of(ServerHosting.MANAGED_PLATFORM, HYPERVISOR));
    assertThat(partnership.findings().get(3).message())
        .isEqualTo(
            "Service action \"Patch the platform\" of service offering managed-platform is seen by"
                + " both parties but depends on resource hypervisor, which one of them cannot see");
  }

  @Test
  void theBandsHaveElementsNobodyAnswersFor() {
    assertThat(ManagedBand.of(MODEL, ServerHosting.commodity()).unmanaged())
        .extracting(ElementRef::describe)
        .containsExactly(
            "touchpoint compare-prices of journey rent-a-server",
            "touchpoint invoice of journey rent-a-server",
            "value stream activity bill-usage");
    ManagedBand partnership = ManagedBand.of(MODEL, ServerHosting.partnership());
    assertThat(partnership.unmanaged())
        .extracting(ElementRef::describe)
        .containsExactly("value stream activity bill-usage");
    assertThat(partnership.holders(ElementRef.of(CAPACITY_PLAN)))
        .containsExactly(ServerHosting.RELATIONSHIP_MANAGEMENT);
  }

  private static org.covalue.core.ResourceId resource(String id) {
    return org.covalue.core.ResourceId.of(id);
  }
}
