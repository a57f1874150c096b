package org.covalue.core.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.covalue.core.Finding;
import org.covalue.core.HasFindings;
import org.covalue.core.ItilReference;
import org.covalue.core.PartyId;
import org.covalue.core.Rule;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.Severity;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceAgreement;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.relationship.ServiceRelationship;
import org.immutables.value.Value;

/**
 * Services and offerings read against what ITIL 4: Drive Stakeholder Value says of them (§1.2.7,
 * Figure 1.10): a service is based on one or more products ({@link #NO_PRODUCT}); it is scoped and
 * defined so that all parties understand and agree its purpose and boundaries ({@link
 * #SCOPE_NOT_AGREED}, {@link #AGREEMENT_MISSING_PARTY}); and an offering is made of goods, access
 * to resources or service actions ({@link #OFFERING_WITHOUT_PARTS}). The builders accept a service
 * without products or agreement and an offering without parts, so that a model in progress can be
 * built; this analysis says what is still missing.
 *
 * <p>The parties of a service are the providers of the offerings that describe it and the consumers
 * of the relationships based on those offerings.
 *
 * <pre>{@code
 * ServiceAnalysis services = ServiceAnalysis.of(model);
 * services.findings(ServiceAnalysis.SCOPE_NOT_AGREED);   // services nobody agreed the scope of
 * }</pre>
 *
 * <p>The analysis takes time linear in the size of the model and works on any model, valid or not.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ServiceAnalysis implements HasFindings {

  private static final ItilReference FIGURE_1_10 = ItilReference.section("1.2.7").figure("1.10");

  /** A service based on no product. */
  public static final Rule NO_PRODUCT =
      Rule.of(
          "services.no-product", Severity.WARNING, FIGURE_1_10, "A service is based on no product");

  /** A service whose scope nobody agreed. */
  public static final Rule SCOPE_NOT_AGREED =
      Rule.of(
          "services.scope-not-agreed",
          Severity.WARNING,
          ItilReference.section("1.2.7"),
          "A service has no agreed scope: no agreement records its purpose and boundaries, who"
              + " agreed them and when");

  /** A provider or consumer of a service that is not among the parties that agreed its scope. */
  public static final Rule AGREEMENT_MISSING_PARTY =
      Rule.of(
          "services.agreement-missing-party",
          Severity.WARNING,
          ItilReference.section("1.2.7"),
          "A provider or consumer of a service is not among the parties that agreed its scope");

  /** An offering that includes no goods, access to resources or service action. */
  public static final Rule OFFERING_WITHOUT_PARTS =
      Rule.of(
          "offerings.no-parts",
          Severity.WARNING,
          FIGURE_1_10,
          "A service offering includes no goods, no access to resources and no service action");

  ServiceAnalysis() {}

  /**
   * Analyses the services and offerings of a model.
   *
   * @param model the model
   * @return the findings
   * @throws NullPointerException if the model is null
   */
  public static ServiceAnalysis of(CoreModel model) {
    Objects.requireNonNull(model, "model");
    Map<ServiceOfferingId, List<PartyId>> consumersOfOffering = new HashMap<>();
    for (ServiceRelationship relationship : model.relationships()) {
      for (ServiceOfferingId offering : relationship.offerings()) {
        consumersOfOffering
            .computeIfAbsent(offering, o -> new ArrayList<>())
            .add(relationship.consumer());
      }
    }
    Map<ServiceId, Map<PartyId, String>> partiesOfService = new HashMap<>();
    for (ServiceOffering offering : model.offerings()) {
      for (ServiceId service : offering.services()) {
        Map<PartyId, String> parties =
            partiesOfService.computeIfAbsent(service, s -> new LinkedHashMap<>());
        parties.putIfAbsent(offering.provider(), "provider");
      }
    }
    for (ServiceOffering offering : model.offerings()) {
      for (ServiceId service : offering.services()) {
        Map<PartyId, String> parties = Objects.requireNonNull(partiesOfService.get(service));
        for (PartyId consumer : consumersOfOffering.getOrDefault(offering.id(), List.of())) {
          parties.putIfAbsent(consumer, "consumer");
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (Service service : model.services()) {
      ServiceId id = service.id();
      if (service.products().isEmpty()) {
        findings.add(
            Finding.builder(NO_PRODUCT)
                .message(
                    () ->
                        "Service "
                            + id
                            + " is based on no product; a service applies a provider's resources"
                            + " through its products")
                .addElement(id)
                .build());
      }
      Optional<ServiceAgreement> agreement = service.agreement();
      Map<PartyId, String> parties = partiesOfService.getOrDefault(id, Map.of());
      if (agreement.isEmpty()) {
        int count = parties.size();
        findings.add(
            Finding.builder(SCOPE_NOT_AGREED)
                .message(
                    () ->
                        "Service "
                            + id
                            + " has no agreed scope; "
                            + (count == 0
                                ? "no offering or relationship names its parties yet"
                                : "its "
                                    + count
                                    + (count == 1 ? " party" : " parties")
                                    + " should agree its purpose and boundaries"))
                .addElement(id)
                .putEvidence("parties", count)
                .build());
      } else {
        Set<PartyId> agreed = agreement.get().parties();
        for (Map.Entry<PartyId, String> party : parties.entrySet()) {
          if (!agreed.contains(party.getKey())) {
            PartyId missing = party.getKey();
            String role = party.getValue();
            findings.add(
                Finding.builder(AGREEMENT_MISSING_PARTY)
                    .message(
                        () ->
                            "The "
                                + role
                                + " "
                                + missing
                                + " of service "
                                + id
                                + " is not among the parties that agreed its scope")
                    .addElement(id)
                    .addElement(missing)
                    .putData("role", role)
                    .build());
          }
        }
      }
    }
    for (ServiceOffering offering : model.offerings()) {
      if (offering.components().isEmpty()) {
        ServiceOfferingId id = offering.id();
        findings.add(
            Finding.builder(OFFERING_WITHOUT_PARTS)
                .message(
                    () ->
                        "Service offering "
                            + id
                            + " includes no goods, no access to resources and no service action")
                .addElement(id)
                .build());
      }
    }
    return ImmutableServiceAnalysis.builder().findings(findings).build();
  }

  /**
   * Returns the findings: for each service in the model's order, {@link #NO_PRODUCT} (naming the
   * service), then {@link #SCOPE_NOT_AGREED} (naming the service, with the evidence {@code
   * parties}, the number of its providers and consumers) or one {@link #AGREEMENT_MISSING_PARTY}
   * per party that did not agree (naming the service and the party, with the data {@code role},
   * {@code provider} or {@code consumer}); then {@link #OFFERING_WITHOUT_PARTS} per offering
   * without parts (naming the offering).
   *
   * @return the findings
   */
  @Override
  public abstract List<Finding> findings();

  /** Returns the number of findings. */
  @Override
  public String toString() {
    return "ServiceAnalysis{findings=" + findings().size() + "}";
  }
}
