package org.covalue.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.covalue.core.Finding;
import org.covalue.core.HasFindings;
import org.covalue.core.analysis.ConsumerRoleAnalysis;
import org.covalue.core.analysis.ConsumerRoleCoordination;
import org.covalue.core.analysis.ProductSupplyAnalysis;
import org.covalue.core.analysis.RelationshipNetworkAnalysis;
import org.covalue.core.analysis.RelationshipStrategyAnalysis;
import org.covalue.core.analysis.ServiceAnalysis;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Service;
import org.covalue.interchange.json.CovalueDocument;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.JourneyId;
import org.covalue.journey.analysis.JourneyConformance;
import org.covalue.journey.analysis.JourneyServiceAnalysis;
import org.covalue.journey.analysis.JourneyStepConditions;
import org.covalue.journey.analysis.StakeholderMapReview;
import org.covalue.journey.analysis.ValueStreamAnalysis;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.observed.ObservedJourney;
import org.covalue.value.analysis.LeakageDetector;
import org.covalue.value.analysis.ServiceValueAssessor;
import org.covalue.value.analysis.StepValueAnalysis;
import org.covalue.value.analysis.ValueDriverAnalysis;
import org.covalue.value.driver.ValueDriverChain;
import org.covalue.value.evidence.JourneyPathFigures;
import org.covalue.value.evidence.LeakageEvidence;
import org.covalue.value.evidence.MeasuredBandWidth;
import org.covalue.value.model.ValueModel;
import org.covalue.visibility.analysis.BandOfVisibility;
import org.covalue.visibility.analysis.BandWidthAssessment;
import org.covalue.visibility.analysis.BandWidthCheck;
import org.covalue.visibility.analysis.BandsOfVisibility;
import org.covalue.visibility.model.VisibilityModel;

/**
 * Every analysis of covalue that works on a whole model, run on one document with default settings:
 * the core checks (§1.2.1 to §1.2.3, §1.2.7), the journey checks (§1.1, §1.2.4), the band of
 * visibility of each relationship (§1.2.5), and the value checks (§1.2.6, §1.2.7) with leakage
 * evidence taken from the band widths and from the conformance of the observed journeys.
 */
final class ModelAnalyses {

  private ModelAnalyses() {}

  /**
   * Runs every analysis.
   *
   * @param document a valid document
   * @return the findings of each analysis, by a title for people, in the order of the chapter
   */
  static Map<String, List<Finding>> of(CovalueDocument document) {
    Map<String, List<Finding>> found = new LinkedHashMap<>();
    CoreModel core = document.core();
    put(found, "Consumer roles (§1.2.2)", ConsumerRoleAnalysis.of(core));
    put(found, "Consumer roles held apart (§1.2.2)", ConsumerRoleCoordination.of(core));
    put(found, "Relationship network (§1.2.3)", RelationshipNetworkAnalysis.of(core.network()));
    put(found, "Relationship strategy (§1.2.3)", RelationshipStrategyAnalysis.of(core));
    put(found, "Products and their supply (§1.2.3)", ProductSupplyAnalysis.of(core));
    put(found, "Services and offerings (§1.2.7)", ServiceAnalysis.of(core));

    JourneyModel journeys = document.journey();
    put(found, "Value streams (§1.2.4)", ValueStreamAnalysis.of(journeys));
    put(found, "Journeys and their services (§1.2.7)", JourneyServiceAnalysis.of(journeys));
    put(found, "The order of the steps (§1.1)", JourneyStepConditions.of(journeys));
    List<Finding> maps = new ArrayList<>();
    for (CustomerJourney journey : journeys.journeys()) {
      maps.addAll(StakeholderMapReview.DEFAULT.review(journey).findings());
    }
    found.put("Stakeholder maps over time (§1.2.1)", maps);
    Map<JourneyId, List<JourneyConformance>> conformances = new LinkedHashMap<>();
    List<Finding> observed = new ArrayList<>();
    for (ObservedJourney journey : journeys.observedJourneys()) {
      Optional<CustomerJourney> designed = designedFor(journeys, journey);
      if (designed.isPresent()) {
        JourneyConformance conformance = JourneyConformance.of(designed.get(), journey);
        observed.addAll(conformance.findings());
        conformances.computeIfAbsent(designed.get().id(), id -> new ArrayList<>()).add(conformance);
      }
    }
    found.put("Observed journeys against their design (§1.2.4)", observed);

    VisibilityModel visibility = document.visibility();
    List<Finding> band = new ArrayList<>();
    List<MeasuredBandWidth> widths = new ArrayList<>();
    // The model is indexed once for all relationships (not three times per relationship).
    BandsOfVisibility bands = BandsOfVisibility.of(visibility);
    for (int i = 0; i < bands.bands().size(); i++) {
      BandWidthAssessment width = BandWidthCheck.DEFAULT.check(bands.bands().get(i));
      band.addAll(width.findings());
      band.addAll(bands.hiddenDependencies().get(i).findings());
      band.addAll(bands.managedBands().get(i).findings());
      widths.add(MeasuredBandWidth.of(width));
    }
    found.put("The band of visibility (§1.2.5)", band);

    ValueModel value = document.value();
    List<Finding> assessed = new ArrayList<>();
    for (Service service : core.services()) {
      assessed.addAll(ServiceValueAssessor.DEFAULT.assess(value, service.id()).findings());
    }
    found.put("Value for each stakeholder (§1.2.6)", assessed);
    put(found, "Value of each step (§1.2.6)", StepValueAnalysis.of(value));
    List<Finding> drivers = new ArrayList<>();
    for (ValueDriverChain chain : value.driverChains()) {
      drivers.addAll(ValueDriverAnalysis.of(chain).findings());
    }
    found.put("Value-driver chains (§1.2.7)", drivers);
    List<JourneyPathFigures> paths = new ArrayList<>();
    conformances.forEach((journey, results) -> paths.add(JourneyPathFigures.of(journey, results)));
    LeakageEvidence evidence =
        LeakageEvidence.builder().addAllBandWidths(widths).addAllJourneyPaths(paths).build();
    put(found, "Value leakage (§1.2.6)", LeakageDetector.DEFAULT.detect(value, evidence));
    return found;
  }

  /**
   * Returns what the other analyses measured, as {@link #of} gives it to the leakage detector: the
   * band width of each relationship and the path figures of the observed journeys of each designed
   * journey.
   *
   * @param document a valid document
   * @return the evidence
   */
  static LeakageEvidence evidence(CovalueDocument document) {
    LeakageEvidence.Builder evidence = LeakageEvidence.builder();
    for (BandOfVisibility band : BandsOfVisibility.of(document.visibility()).bands()) {
      evidence.addBandWidth(MeasuredBandWidth.of(BandWidthCheck.DEFAULT.check(band)));
    }
    JourneyModel journeys = document.journey();
    Map<JourneyId, List<JourneyConformance>> conformances = new LinkedHashMap<>();
    for (ObservedJourney journey : journeys.observedJourneys()) {
      designedFor(journeys, journey)
          .ifPresent(
              designed ->
                  conformances
                      .computeIfAbsent(designed.id(), id -> new ArrayList<>())
                      .add(JourneyConformance.of(designed, journey)));
    }
    conformances.forEach(
        (journey, results) -> evidence.addJourneyPath(JourneyPathFigures.of(journey, results)));
    return evidence.build();
  }

  private static void put(Map<String, List<Finding>> found, String title, HasFindings analysis) {
    found.put(title, analysis.findings());
  }

  /** The designed journey an observed one follows: the first that has its first touchpoint. */
  static Optional<CustomerJourney> designedFor(JourneyModel journeys, ObservedJourney observed) {
    if (observed.events().isEmpty()) {
      return Optional.empty();
    }
    var first = observed.events().get(0).touchpoint();
    for (CustomerJourney journey : journeys.journeys()) {
      if (journey.touchpoints().stream().anyMatch(t -> t.id().equals(first))) {
        return Optional.of(journey);
      }
    }
    return Optional.empty();
  }
}
