package org.covalue.value.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.covalue.journey.ServiceInteraction;
import org.covalue.value.ContributionId;
import org.covalue.value.Perspective;
import org.covalue.value.contribution.StepValueContribution;
import org.covalue.value.internal.Format;
import org.covalue.value.model.ValueModel;
import org.jspecify.annotations.Nullable;

/**
 * Whether each journey step adds more value than it removes, and whether journeys and services have
 * the interactions that co-create value (ITIL 4: Drive Stakeholder Value, §1.2.6, Figure 1.7).
 *
 * <pre>{@code
 * StepValueAnalysis steps = StepValueAnalysis.of(model);
 * steps.balances();   // per journey, step and perspective
 * steps.findings(StepValueAnalysis.REMOVES_MORE_THAN_ADDS);
 * }</pre>
 *
 * <p><b>Steps.</b> The model's {@linkplain StepValueContribution contributions} are summed per
 * journey, step and perspective over the three dimensions: §1.2.6 asks each step to add more
 * stakeholder value than it removes, and covalue reads "stakeholder" as each side, so that a step
 * good for the provider but costly for the consumer is reported (decision 35). A step whose net
 * value is not above zero may still be made up for by value it enables in another step or journey
 * (the contributions' {@linkplain StepValueContribution#offsetBy() offsets}): then it is reported
 * as {@link #OFFSET_ELSEWHERE}, otherwise as {@link #REMOVES_MORE_THAN_ADDS}. A surplus named by
 * several steps counts for each of them; covalue does not share it out.
 *
 * <p><b>No interaction, no service.</b> Value is co-created through service interactions, so a
 * journey without any is reported ({@link #JOURNEY_WITHOUT_INTERACTION}), and so is a service of
 * the core model that no interaction realizes ({@link #SERVICE_WITHOUT_INTERACTION}): covalue finds
 * a service's interactions through relationships, as the interactions of journeys between the
 * provider and the consumer of a relationship based on an offering that describes the service.
 *
 * <p>Sums are exact, so the result does not depend on the order of the model's lists; the analysis
 * takes time linear in the size of the model. Instances are immutable and thread-safe.
 */
public final class StepValueAnalysis implements HasFindings {

  private static final ItilReference SECTION = ItilReference.section("1.2.6");

  /** A step that removes at least as much value as it adds, for one perspective. */
  public static final Rule REMOVES_MORE_THAN_ADDS =
      Rule.of(
          "step-value.removes-more-than-adds",
          Severity.WARNING,
          SECTION,
          "A journey step removes at least as much value as it adds for one perspective, and no"
              + " value it enables elsewhere makes up for it");

  /** A step that removes at least as much as it adds, made up for by value added elsewhere. */
  public static final Rule OFFSET_ELSEWHERE =
      Rule.of(
          "step-value.offset-elsewhere",
          Severity.INFO,
          SECTION,
          "A journey step removes at least as much value as it adds for one perspective, but value"
              + " it enables in another step or journey makes up for it");

  /** A journey without any service interaction. */
  public static final Rule JOURNEY_WITHOUT_INTERACTION =
      Rule.of(
          "step-value.journey-without-interaction",
          Severity.WARNING,
          SECTION.figure("1.7"),
          "A customer journey has no service interaction, so no value is co-created along it");

  /** A service that no service interaction realizes. */
  public static final Rule SERVICE_WITHOUT_INTERACTION =
      Rule.of(
          "step-value.service-without-interaction",
          Severity.WARNING,
          SECTION.figure("1.7"),
          "A service has no service interaction in any journey of the relationships based on it:"
              + " without interaction there is no service");

  private final List<StepBalance> balances;
  private final List<Finding> findings;

  private StepValueAnalysis(List<StepBalance> balances, List<Finding> findings) {
    this.balances = balances;
    this.findings = findings;
  }

  /**
   * Analyses a model's step value contributions, journeys and services.
   *
   * @param model the model
   * @return the balances and the findings
   * @throws NullPointerException if the model is null
   */
  public static StepValueAnalysis of(ValueModel model) {
    Objects.requireNonNull(model, "model");
    List<StepBalance> balances = balances(model.contributions());
    List<Finding> findings = new ArrayList<>();
    for (StepBalance balance : balances) {
      if (!balance.isNetPositive()) {
        findings.add(stepFinding(balance));
      }
    }
    for (CustomerJourney journey : model.journey().journeys()) {
      if (journey.interactions().isEmpty()) {
        findings.add(journeyFinding(journey));
      }
    }
    findings.addAll(serviceFindings(model));
    return new StepValueAnalysis(
        Collections.unmodifiableList(balances), Collections.unmodifiableList(findings));
  }

  private static List<StepBalance> balances(List<StepValueContribution> contributions) {
    Map<ContributionId, StepValueContribution> index = new HashMap<>();
    contributions.forEach(c -> index.putIfAbsent(c.id(), c));
    Map<List<Object>, List<StepValueContribution>> groups = new LinkedHashMap<>();
    for (StepValueContribution contribution : contributions) {
      groups
          .computeIfAbsent(
              List.of(contribution.journey(), contribution.step(), contribution.perspective()),
              key -> new ArrayList<>())
          .add(contribution);
    }
    List<StepBalance> balances = new ArrayList<>(groups.size());
    for (List<StepValueContribution> group : groups.values()) {
      StepValueContribution first = group.get(0);
      BigDecimal added = BigDecimal.ZERO;
      BigDecimal removed = BigDecimal.ZERO;
      List<ContributionId> ids = new ArrayList<>();
      Set<ContributionId> offsets = new LinkedHashSet<>();
      for (StepValueContribution contribution : group) {
        added = added.add(new BigDecimal(contribution.added()));
        removed = removed.add(new BigDecimal(contribution.removed()));
        ids.add(contribution.id());
        offsets.addAll(contribution.offsetBy());
      }
      BigDecimal offset = BigDecimal.ZERO;
      List<ContributionId> known = new ArrayList<>();
      Set<ContributionId> inGroup = new HashSet<>(ids);
      for (ContributionId id : offsets) {
        StepValueContribution other = index.get(id);
        if (other == null || inGroup.contains(id) || isSameStep(other, first)) {
          continue;
        }
        known.add(id);
        // Only a surplus makes up for anything: a net loss elsewhere adds nothing.
        BigDecimal net = new BigDecimal(other.added()).subtract(new BigDecimal(other.removed()));
        offset = offset.add(net.max(BigDecimal.ZERO));
      }
      balances.add(
          ImmutableStepBalance.builder()
              .journey(first.journey())
              .step(first.step())
              .perspective(first.perspective())
              .contributions(ids)
              .added(added.doubleValue())
              .removed(removed.doubleValue())
              .offset(offset.doubleValue())
              .offsets(known)
              .build());
    }
    return balances;
  }

  private static boolean isSameStep(StepValueContribution a, StepValueContribution b) {
    return a.journey().equals(b.journey()) && a.step() == b.step();
  }

  private static Finding stepFinding(StepBalance balance) {
    boolean offset = balance.isNetPositiveWithOffsets();
    JourneyId journey = balance.journey();
    CustomerJourneyStep step = balance.step();
    Perspective perspective = balance.perspective();
    double added = balance.added();
    double removed = balance.removed();
    double compensation = balance.offset();
    String side = perspective == Perspective.SERVICE_CONSUMER ? "consumer" : "provider";
    Finding.Builder finding =
        Finding.builder(offset ? OFFSET_ELSEWHERE : REMOVES_MORE_THAN_ADDS)
            .message(
                () ->
                    "Step "
                        + step.title().toLowerCase(Locale.ROOT)
                        + " of journey "
                        + journey
                        + " adds "
                        + Format.number(added)
                        + " and removes "
                        + Format.number(removed)
                        + " for the "
                        + side
                        + (offset
                            ? ", made up for by "
                                + Format.number(compensation)
                                + " added in other steps or journeys"
                            : compensation > 0
                                ? ", and the "
                                    + Format.number(compensation)
                                    + " it names from other steps or journeys do not make up for"
                                    + " it"
                                : ", and nothing added elsewhere makes up for it"))
            .addElement(journey);
    balance.contributions().forEach(finding::addElement);
    return finding
        .putData("step", step)
        .putData("perspective", perspective)
        .putEvidence("added", added)
        .putEvidence("removed", removed)
        .putEvidence("net", balance.net())
        .putEvidence("offset", compensation)
        .putEvidence("threshold", 0)
        .build();
  }

  private static Finding journeyFinding(CustomerJourney journey) {
    JourneyId id = journey.id();
    int touchpoints = journey.touchpoints().size();
    return Finding.builder(JOURNEY_WITHOUT_INTERACTION)
        .message(
            () ->
                "Journey "
                    + id
                    + " has "
                    + touchpoints
                    + " touchpoint"
                    + (touchpoints == 1 ? "" : "s")
                    + " but no service interaction: nothing is co-created along it")
        .addElement(id)
        .putEvidence("touchpoints", touchpoints)
        .putEvidence("interactions", 0)
        .putEvidence("threshold", 1)
        .build();
  }

  private static List<Finding> serviceFindings(ValueModel model) {
    Map<ServiceOfferingId, ServiceOffering> offerings = new HashMap<>();
    model.core().offerings().forEach(o -> offerings.putIfAbsent(o.id(), o));
    // The provider-consumer pairs whose interactions realize each service.
    Map<ServiceId, Set<List<PartyId>>> pairs = new HashMap<>();
    for (ServiceRelationship relationship : model.core().relationships()) {
      for (ServiceOfferingId offeringId : relationship.offerings()) {
        ServiceOffering offering = offerings.get(offeringId);
        if (offering == null) {
          continue;
        }
        for (ServiceId service : offering.services()) {
          pairs
              .computeIfAbsent(service, s -> new HashSet<>())
              .add(List.of(relationship.provider(), relationship.consumer()));
        }
      }
    }
    Set<List<PartyId>> interacting = new HashSet<>();
    for (CustomerJourney journey : model.journey().journeys()) {
      for (ServiceInteraction interaction : journey.interactions()) {
        interacting.add(List.of(interaction.provider(), interaction.consumer()));
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (Service service : model.core().services()) {
      Set<List<PartyId>> realizedBy = pairs.getOrDefault(service.id(), Set.of());
      boolean realized = false;
      for (List<PartyId> pair : realizedBy) {
        realized |= interacting.contains(pair);
      }
      if (!realized) {
        ServiceId id = service.id();
        int relationships = realizedBy.size();
        findings.add(
            Finding.builder(SERVICE_WITHOUT_INTERACTION)
                .message(
                    () ->
                        "Service "
                            + id
                            + " has no service interaction in any journey"
                            + (relationships == 0
                                ? ", and no relationship is based on an offering of it"
                                : " between the parties of the "
                                    + relationships
                                    + " provider-consumer pair"
                                    + (relationships == 1 ? "" : "s")
                                    + " of relationships based on it")
                            + ": without interaction there is no service")
                .addElement(id)
                .putEvidence("relationshipPairs", relationships)
                .putEvidence("interactions", 0)
                .putEvidence("threshold", 1)
                .build());
      }
    }
    return findings;
  }

  /**
   * Returns the balance of each journey step and perspective that has contributions.
   *
   * @return the balances, in the order the model first names each journey, step and perspective
   */
  public List<StepBalance> balances() {
    return balances;
  }

  /**
   * Returns the balance of one step of one journey for one perspective.
   *
   * @param journey the journey
   * @param step the step
   * @param perspective the perspective
   * @return the balance, or empty if the model has no contribution there
   * @throws NullPointerException if an argument is null
   */
  public Optional<StepBalance> balance(
      JourneyId journey, CustomerJourneyStep step, Perspective perspective) {
    Objects.requireNonNull(journey, "journey");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(perspective, "perspective");
    for (StepBalance balance : balances) {
      if (balance.journey().equals(journey)
          && balance.step() == step
          && balance.perspective() == perspective) {
        return Optional.of(balance);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a finding of {@link #REMOVES_MORE_THAN_ADDS} or {@link #OFFSET_ELSEWHERE} for each
   * balance whose net value is not above zero (elements: the journey, then the contributions
   * summed; data {@code step} and {@code perspective}; evidence {@code added}, {@code removed},
   * {@code net}, {@code offset} and {@code threshold} 0), in the order of {@link #balances()}; then
   * of {@link #JOURNEY_WITHOUT_INTERACTION} for each journey without interactions (evidence {@code
   * touchpoints}, {@code interactions} 0 and {@code threshold} 1), in the model's order; then of
   * {@link #SERVICE_WITHOUT_INTERACTION} for each service no interaction realizes (evidence {@code
   * relationshipPairs}, {@code interactions} 0 and {@code threshold} 1), in the model's order.
   *
   * @return an unmodifiable list
   */
  @Override
  public List<Finding> findings() {
    return findings;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof StepValueAnalysis that
        && balances.equals(that.balances)
        && findings.equals(that.findings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(balances, findings);
  }

  /** Returns the number of balances and of findings. */
  @Override
  public String toString() {
    return "StepValueAnalysis{balances=" + balances.size() + ", findings=" + findings.size() + "}";
  }
}
