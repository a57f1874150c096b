package org.covalue.interchange.archimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.covalue.interchange.archimate.ArchimateDocuments.assertConsistent;
import static org.covalue.interchange.archimate.ArchimateDocuments.assertValid;
import static org.covalue.interchange.archimate.ArchimateDocuments.elements;
import static org.covalue.interchange.archimate.ArchimateDocuments.parse;
import static org.covalue.interchange.archimate.ArchimateDocuments.relationships;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Level;
import org.covalue.core.PartyId;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.StakeholderId;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceAgreement;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.party.ConsumerRole;
import org.covalue.core.party.Party;
import org.covalue.core.party.RoleAssignment;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderKind;
import org.covalue.interchange.archimate.ArchimateDocuments.Concept;
import org.covalue.journey.Channel;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.covalue.journey.ServiceInteraction;
import org.covalue.journey.ServiceInteractionId;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.ValueStreamId;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.valuestream.ValueStream;
import org.covalue.journey.valuestream.ValueStreamActivity;
import org.covalue.value.model.ValueModel;
import org.covalue.value.sample.IncidentValue;
import org.covalue.visibility.Practice;
import org.covalue.visibility.PracticeId;
import org.covalue.visibility.model.VisibilityModel;
import org.covalue.visibility.sample.ServerHosting;
import org.junit.jupiter.api.Test;

class ArchimateExportTest {

  static final PartyId DESK = PartyId.of("desk");
  static final PartyId SHOP = PartyId.of("shop_1:eu");

  /** The small model of the golden file: one relationship, service, offering and journey. */
  static JourneyModel small() {
    ValueStreamActivityId report = ValueStreamActivityId.of("report");
    ValueStreamActivityId fix = ValueStreamActivityId.of("fix");
    CoreModel core =
        CoreModel.builder()
            .addParty(Party.organization(DESK, "Service desk"))
            .addParty(Party.organization(SHOP, "Shop & Co <EU>"))
            .addParty(Party.person(PartyId.of("ana"), "Ana", SHOP))
            .addStakeholder(
                Stakeholder.builder()
                    .id(StakeholderId.of("shop-owner"))
                    .name("Shop owner")
                    .kind(StakeholderKind.OWNER)
                    .influence(Level.HIGH)
                    .interest(0.4)
                    .party(SHOP)
                    .build())
            .addRoleAssignments(
                RoleAssignment.of(PartyId.of("ana"), ConsumerRole.USER, SHOP),
                RoleAssignment.of(SHOP, ConsumerRole.CUSTOMER, SHOP))
            .addRelationship(
                ServiceRelationship.builder()
                    .id(ServiceRelationshipId.of("support"))
                    .provider(DESK)
                    .consumer(SHOP)
                    .type(ServiceRelationshipType.COOPERATIVE)
                    .addOfferings(ServiceOfferingId.of("desk-offering"))
                    .putDescriptor("contract", "\"Gold\" support")
                    .build())
            .addService(
                Service.builder()
                    .id(ServiceId.of("support"))
                    .name("IT support")
                    .agreement(
                        ServiceAgreement.builder()
                            .scope("Incidents on shop devices")
                            .agreedOn(LocalDate.of(2026, 1, 5))
                            .addParties(DESK, SHOP)
                            .build())
                    .build())
            .addOffering(
                ServiceOffering.builder()
                    .id(ServiceOfferingId.of("desk-offering"))
                    .name("Desk support")
                    .provider(DESK)
                    .targetConsumerGroup("Small shops")
                    .addServices(ServiceId.of("support"))
                    .build())
            .build();
    return JourneyModel.builder()
        .core(core)
        .addValueStreams(
            ValueStream.builder()
                .id(ValueStreamId.of("restore"))
                .name("Restore service")
                .owner(DESK)
                .addActivities(
                    ValueStreamActivity.visible(report, "Report"),
                    ValueStreamActivity.hidden(fix, "Fix"))
                .build())
        .addJourneys(
            CustomerJourney.builder()
                .id(JourneyId.of("get-help"))
                .name("Get help")
                .consumer(SHOP)
                .addProviders(DESK)
                .persona(ConsumerRole.USER)
                .addDirectPartOf(ValueStreamId.of("restore"))
                .addServices(ServiceId.of("support"))
                .addTouchpoints(
                    Touchpoint.builder()
                        .id(TouchpointId.of("call"))
                        .name("Call the desk")
                        .step(CustomerJourneyStep.CO_CREATE)
                        .channel(Channel.PHONE)
                        .addParties(SHOP, DESK)
                        .addActivities(report)
                        .build())
                .addInteractions(
                    ServiceInteraction.builder()
                        .id(ServiceInteractionId.of("diagnose"))
                        .name("Diagnose together")
                        .step(CustomerJourneyStep.CO_CREATE)
                        .channel(Channel.PHONE)
                        .provider(DESK)
                        .consumer(SHOP)
                        .touchpoint(TouchpointId.of("call"))
                        .addActivities(fix)
                        .valueCoCreated("A shared diagnosis")
                        .build())
                .build())
        .build();
  }

  static Path golden() {
    return Path.of("src", "test", "resources", "org", "covalue", "interchange", "archimate")
        .resolve("small-journey-model.xml");
  }

  @Test
  void writesTheSmallModelAsTheGoldenFile() throws IOException {
    String xml = ArchimateExport.DEFAULT.toXml(small());
    assertValid(xml);
    assertConsistent(parse(xml));
    Path golden = golden();
    if (Boolean.getBoolean("covalue.golden.update")) {
      Files.writeString(golden, xml, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("the golden file").isRegularFile();
    assertThat(xml).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void mapsTheCoreConceptsWithTheirProperties() {
    String xml = ArchimateExport.DEFAULT.toXml(small());
    List<Concept> elements = elements(parse(xml));
    Map<String, Concept> byId =
        elements.stream().collect(Collectors.toMap(Concept::id, concept -> concept));

    assertThat(get(byId, "party_shop__1_ceu"))
        .satisfies(
            shop -> {
              assertThat(shop.type()).isEqualTo("BusinessActor");
              assertThat(shop.name()).isEqualTo("Shop & Co <EU>");
              assertThat(shop.properties())
                  .containsEntry("covalue concept", "party")
                  .containsEntry("covalue id", "shop_1:eu")
                  .containsEntry("party kind", "organization");
            });
    assertThat(get(byId, "stakeholder_shop-owner").type()).isEqualTo("Stakeholder");
    assertThat(get(byId, "stakeholder_shop-owner").properties())
        .containsEntry("stakeholder kind", "owner")
        .containsEntry("influence", "high")
        .containsEntry("influence level", "high")
        .containsEntry("interest", "0.4")
        .containsEntry("interest level", "medium");
    assertThat(get(byId, "consumer-role_shop__1_ceu_.user"))
        .satisfies(
            role -> {
              assertThat(role.type()).isEqualTo("BusinessRole");
              assertThat(role.name()).isEqualTo("User of Shop & Co <EU>");
              assertThat(role.properties()).containsEntry("consumer role", "user");
            });
    assertThat(get(byId, "service-relationship_support"))
        .satisfies(
            collaboration -> {
              assertThat(collaboration.type()).isEqualTo("BusinessCollaboration");
              assertThat(collaboration.properties())
                  .containsEntry("relationship type", "cooperative")
                  .containsEntry("expected band of visibility", "moderate")
                  .containsEntry("descriptor: contract", "\"Gold\" support");
            });
    assertThat(get(byId, "service-offering_desk-offering").type()).isEqualTo("Product");
    assertThat(get(byId, "service-offering_desk-offering").properties())
        .containsEntry("target consumer group", "Small shops");
    assertThat(get(byId, "service_support").type()).isEqualTo("BusinessService");
    assertThat(get(byId, "agreement_support").type()).isEqualTo("Contract");
    assertThat(get(byId, "agreement_support").properties())
        .containsEntry("agreed on", "2026-01-05");
    assertThat(get(byId, "journey_get-help").type()).isEqualTo("BusinessProcess");
    assertThat(get(byId, "touchpoint_get-help_.call"))
        .satisfies(
            touchpoint -> {
              assertThat(touchpoint.type()).isEqualTo("BusinessEvent");
              assertThat(touchpoint.properties())
                  .containsEntry("customer journey step", "co-create")
                  .containsEntry("channel", "phone")
                  .containsEntry("position", "1");
            });
    assertThat(get(byId, "service-interaction_get-help_.diagnose").type())
        .isEqualTo("BusinessInteraction");
    assertThat(get(byId, "value-stream_restore").type()).isEqualTo("ValueStream");
    assertThat(get(byId, "value-stream-activity_fix").properties())
        .containsEntry("visible to other parties", "false")
        .containsEntry("position", "2");
  }

  @Test
  void relatesTheConceptsAsArchimateAllows() {
    List<String> relationships =
        relationships(parse(ArchimateExport.DEFAULT.toXml(small()))).stream()
            .map(r -> r.type() + " " + r.source() + " -> " + r.target())
            .collect(Collectors.toList());
    assertThat(relationships)
        .contains(
            "Aggregation party_shop__1_ceu -> party_ana",
            "Association party_shop__1_ceu -> stakeholder_shop-owner",
            "Assignment party_ana -> consumer-role_shop__1_ceu_.user",
            "Aggregation service-relationship_support -> party_desk",
            "Aggregation service-relationship_support -> party_shop__1_ceu",
            "Association service-relationship_support -> service-offering_desk-offering",
            "Aggregation service-offering_desk-offering -> service_support",
            "Aggregation service-offering_desk-offering -> agreement_support",
            "Composition value-stream_restore -> value-stream-activity_report",
            "Triggering value-stream-activity_report -> value-stream-activity_fix",
            "Assignment party_shop__1_ceu -> journey_get-help",
            "Serving service_support -> journey_get-help",
            "Realization journey_get-help -> value-stream_restore",
            "Composition journey_get-help -> service-interaction_get-help_.diagnose",
            "Triggering touchpoint_get-help_.call -> service-interaction_get-help_.diagnose",
            "Realization service-interaction_get-help_.diagnose -> value-stream-activity_fix");
  }

  @Test
  void exportsTheIncidentValueSample() {
    ValueModel model = IncidentValue.model();
    String xml = ArchimateExport.DEFAULT.toXml(model);
    assertValid(xml);
    var document = parse(xml);
    assertConsistent(document);
    Map<String, Concept> byId =
        elements(document).stream().collect(Collectors.toMap(Concept::id, concept -> concept));
    assertThat(get(byId, "outcome_picking-continues").type()).isEqualTo("Outcome");
    assertThat(get(byId, "worth_picking-continues"))
        .satisfies(
            worth -> {
              assertThat(worth.type()).isEqualTo("Value");
              assertThat(worth.properties())
                  .containsEntry("worth", "900")
                  .containsEntry("currency", "EUR");
            });
    assertThat(get(byId, "output_working-scanner").type()).isEqualTo("BusinessObject");
    assertThat(get(byId, "value-driver-chain_reliable-deliveries").type()).isEqualTo("Grouping");
    assertThat(get(byId, "value-driver_reliable-deliveries_.deliver-reliably").type())
        .isEqualTo("Goal");
    assertThat(get(byId, "value-driver_reliable-deliveries_.picking-rate").type())
        .isEqualTo("Outcome");
    assertThat(get(byId, "value-driver_reliable-deliveries_.spare-scanners"))
        .satisfies(
            driver -> {
              assertThat(driver.type()).isEqualTo("Driver");
              assertThat(driver.properties())
                  .containsEntry("value driver layer", "resources-products-practices")
                  .containsEntry("performance", "0.6");
            });
    List<Concept> influences =
        relationships(document).stream().filter(r -> r.type().equals("Influence")).toList();
    assertThat(influences).hasSize(IncidentValue.chain().links().size());
    assertThat(influences)
        .anySatisfy(
            influence -> {
              assertThat(influence.source())
                  .isEqualTo(
                      "value-driver_reliable-deliveries_.offering"
                          .replace("offering", "desk-offering"));
              assertThat(influence.target())
                  .isEqualTo("value-driver_reliable-deliveries_.restore-time");
              assertThat(influence.attributes()).containsEntry("modifier", "3");
              assertThat(influence.properties()).containsEntry("weight", "3");
            });
    assertThat(relationships(document))
        .anySatisfy(
            access -> {
              assertThat(access.type()).isEqualTo("Access");
              assertThat(access.source()).isEqualTo("service_incident-resolution-service");
              assertThat(access.target()).isEqualTo("output_working-scanner");
              assertThat(access.attributes()).containsEntry("accessType", "Write");
            });
  }

  @Test
  void exportsTheServerHostingSample() {
    VisibilityModel model = ServerHosting.model();
    String xml = ArchimateExport.DEFAULT.toXml(model);
    assertValid(xml);
    var document = parse(xml);
    assertConsistent(document);
    Map<String, Concept> byId =
        elements(document).stream().collect(Collectors.toMap(Concept::id, concept -> concept));
    assertThat(get(byId, "practice_service-desk").type()).isEqualTo("BusinessFunction");
    assertThat(get(byId, "service-relationship_bank-platform").properties())
        .containsEntry("relationship type", "partnership");
    assertThat(get(byId, "service-relationship_webshop-hosting").properties())
        .containsEntry("relationship type", "basic");
    assertThat(byId.values())
        .filteredOn(concept -> concept.type().equals("Grouping"))
        .hasSize(model.lines().size());
    assertThat(relationships(document))
        .filteredOn(r -> "hidden".equals(r.properties().get("visibility")))
        .isNotEmpty();
    assertThat(relationships(document))
        .filteredOn(r -> "shown".equals(r.properties().get("visibility")))
        .isNotEmpty();
    assertThat(relationships(document))
        .filteredOn(r -> "depends on".equals(r.name()))
        .hasSizeGreaterThanOrEqualTo(model.dependencies().size());
  }

  @Test
  void exportsTheIncidentJourneyAndCoreAlone() {
    JourneyModel journey = IncidentValue.model().journey();
    String journeyXml = ArchimateExport.DEFAULT.toXml(journey);
    assertValid(journeyXml);
    assertConsistent(parse(journeyXml));
    assertThat(elements(parse(journeyXml)))
        .filteredOn(concept -> concept.type().equals("BusinessEvent"))
        .hasSize(IncidentValue.journey().touchpoints().size());
    String coreXml = ArchimateExport.DEFAULT.toXml(journey.core());
    assertValid(coreXml);
    assertThat(elements(parse(coreXml)))
        .noneMatch(concept -> "journey".equals(concept.properties().get("covalue concept")))
        .noneMatch(concept -> concept.type().equals("BusinessEvent"));
  }

  @Test
  void exportsValueAndVisibilityOverOneJourneyModel() {
    ValueModel value = IncidentValue.model();
    VisibilityModel visibility =
        VisibilityModel.builder()
            .journey(value.journey())
            .addPractices(
                Practice.of(
                    PracticeId.of("incident-management"),
                    "Incident management",
                    IncidentValue.DESK))
            .build();
    String xml = ArchimateExport.DEFAULT.toXml(value, visibility);
    assertValid(xml);
    assertConsistent(parse(xml));
    assertThat(xml).contains("practice_incident-management", "outcome_fee-earned");

    VisibilityModel other = ServerHosting.model();
    assertThatThrownBy(() -> ArchimateExport.DEFAULT.toXml(value, other))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("must hold the same journey model");
  }

  @Test
  void sameModelGivesTheSameBytesOnEveryWay() {
    ValueModel model = IncidentValue.model();
    String xml = ArchimateExport.DEFAULT.toXml(model);
    assertThat(ArchimateExport.DEFAULT.toXml(model)).isEqualTo(xml);
    StringWriter writer = new StringWriter();
    ArchimateExport.DEFAULT.write(model, writer);
    assertThat(writer.toString()).isEqualTo(xml);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ArchimateExport.DEFAULT.write(model, bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(xml);
  }

  @Test
  void hostileNamesStayValidXml() {
    String hostile =
        "\"quoted\" <tag attr='x'> & ]]> \uFFFE\uFFFF \uD83D\uDE00 "
            + "x".repeat(10_000)
            + " </model>";
    JourneyModel model = small();
    CoreModel core = model.core();
    JourneyModel renamed =
        model.withCore(
            core.withParties(
                    core.parties().stream()
                        .map(party -> party.withName(hostile + party.id()))
                        .toList())
                .withStakeholders(
                    core.stakeholders().stream().map(s -> s.withName(hostile)).toList()));
    String xml = ArchimateExport.of(hostile).toXml(renamed);
    assertValid(xml);
    assertConsistent(parse(xml));
    assertThat(elements(parse(xml)))
        .filteredOn(concept -> concept.type().equals("Stakeholder"))
        .extracting(Concept::name)
        .containsExactly(hostile.replace('\uFFFE', '\uFFFD').replace('\uFFFF', '\uFFFD'));
    assertThat(ArchimateExport.DEFAULT.withModelName("Shop").modelName()).isEqualTo("Shop");
  }

  @Test
  void anInvalidModelIsRefusedWithEveryViolation() {
    CoreModel core =
        CoreModel.builder()
            .addParty(Party.organization(DESK, "Desk"))
            .addRoleAssignments(RoleAssignment.of(PartyId.of("ghost"), ConsumerRole.USER, SHOP))
            .build();
    assertThatThrownBy(() -> ArchimateExport.DEFAULT.toXml(core))
        .isInstanceOf(InvalidModelException.class)
        .satisfies(e -> assertThat(((InvalidModelException) e).violations()).hasSizeGreaterThan(1))
        .hasMessageContaining("ghost");
  }

  static Concept get(Map<String, Concept> byId, String id) {
    Concept concept = byId.get(id);
    assertThat(concept).as("element %s", id).isNotNull();
    return java.util.Objects.requireNonNull(concept);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose, to test that it is refused
  void nullsAreRefusedNamingTheArgument() {
    assertThatThrownBy(() -> ArchimateExport.DEFAULT.toXml((CoreModel) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("model");
    assertThatThrownBy(() -> ArchimateExport.DEFAULT.write(small(), (Writer) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("out");
    assertThatThrownBy(() -> ArchimateExport.of(null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("modelName must not be null");
    assertThatThrownBy(() -> ArchimateExport.of(" "))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("Model name");
  }

  @Test
  void aFailingWriterIsReportedAsUncheckedIo() {
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> ArchimateExport.DEFAULT.write(small(), broken))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk full");
  }

  @Test
  void aWriterInAnotherEncodingIsRefused() {
    Writer latin =
        new java.io.OutputStreamWriter(new ByteArrayOutputStream(), StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> ArchimateExport.DEFAULT.write(small(), latin))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("declares UTF-8");
  }

  @Test
  void settingsAreValues() {
    assertThat(ArchimateExport.of("covalue model")).isEqualTo(ArchimateExport.DEFAULT);
    assertThat(ArchimateExport.of("a")).isNotEqualTo(ArchimateExport.DEFAULT);
    assertThat(ArchimateExport.of("a").hashCode()).isEqualTo(ArchimateExport.of("a").hashCode());
    assertThat(ArchimateExport.DEFAULT.toString()).contains("covalue model");
    assertThat(Optional.of(ArchimateExport.DEFAULT.modelName())).contains("covalue model");
  }
}
