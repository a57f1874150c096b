package org.covalue.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.covalue.core.Finding;
import org.covalue.core.analysis.DualRole;
import org.covalue.core.analysis.RelationshipNetworkAnalysis;
import org.covalue.core.analysis.StakeholderClassifier;
import org.covalue.core.analysis.StakeholderPlacement;
import org.covalue.core.model.CoreModel;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.covalue.core.stakeholder.EngagementStrategy;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.interchange.json.CovalueDocument;
import org.covalue.interchange.json.CovalueJson;
import org.covalue.interchange.picture.BandOfVisibilityPicture;
import org.covalue.interchange.picture.CustomerJourneyPicture;
import org.covalue.interchange.picture.RelationshipNetworkPicture;
import org.covalue.interchange.picture.StakeholderMapPicture;
import org.covalue.interchange.picture.ValueDriverChainPicture;
import org.covalue.interchange.report.HtmlReport;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.analysis.JourneyConformance;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.observed.ObservedJourney;
import org.covalue.value.Money;
import org.covalue.value.ValueLeakageCause;
import org.covalue.value.analysis.DriverContribution;
import org.covalue.value.analysis.DriverExplanation;
import org.covalue.value.analysis.LeakageDetector;
import org.covalue.value.analysis.ServiceValueAssessment;
import org.covalue.value.analysis.ServiceValueAssessor;
import org.covalue.value.analysis.StakeholderValue;
import org.covalue.value.analysis.ValueDriverAnalysis;
import org.covalue.value.analysis.ValueLeakageReport;
import org.covalue.value.driver.ValueDriver;
import org.covalue.value.driver.ValueDriverChain;
import org.covalue.value.driver.ValueDriverLayer;
import org.covalue.value.evidence.JourneyPathFigures;
import org.covalue.value.evidence.LeakageEvidence;
import org.covalue.value.evidence.MeasuredBandWidth;
import org.covalue.value.sample.IncidentValue;
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.analysis.BandOfVisibility;
import org.covalue.visibility.analysis.BandWidthAssessment;
import org.covalue.visibility.analysis.BandWidthCheck;
import org.covalue.visibility.analysis.HiddenDependencies;
import org.covalue.visibility.analysis.HiddenDependency;
import org.covalue.visibility.analysis.ManagedBand;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code covalue demo}: runs covalue's analyses on an embedded model, the incident journey of a
 * warehouse and its IT service desk ({@link DemoModel}), and prints what they find for people, in
 * the order of ITIL 4: Drive Stakeholder Value, chapter 1: the stakeholder map (§1.2.1), the
 * relationship network (§1.2.3), the journey checks with the observed cases (§1.2.4), the band of
 * visibility (§1.2.5), the value for each stakeholder, the value-driver chain and the value leakage
 * (§1.2.6, §1.2.7). It writes the model as a JSON document, its pictures as SVG and an HTML report
 * of the pictures and every finding to a folder.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs every analysis on the embedded demo model and prints what it finds.",
      "The incident journey of a warehouse and its IT service desk; writes the model",
      "(model.json), its pictures (SVG) and an HTML report (report.html) to a folder."
    })
public final class DemoCommand implements Callable<Integer> {

  /** The rate at which the demo counts the time its stakeholders spend. */
  static final Money TIME_RATE = Money.of("25", "EUR");

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "covalue-report",
      description = "Where to write the model and its pictures (default: ${DEFAULT-VALUE}).")
  private @Nullable Path out;

  @CommandLine.Spec private CommandLine.Model.@Nullable CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public DemoCommand() {}

  /**
   * Prints the summary and writes the files.
   *
   * @return 0
   */
  @Override
  public Integer call() {
    PrintWriter writer = Objects.requireNonNull(spec, "spec").commandLine().getOut();
    Path folder = Objects.requireNonNull(out, "out");
    CovalueDocument document = DemoModel.document();
    Names names = Names.of(document);
    Prose.println(
        writer,
        "covalue demo: value co-creation after ITIL 4: Drive Stakeholder Value, chapter 1. The model"
            + " (covalue's sample data): "
            + names.of(IncidentValue.DESK)
            + " repairs the handheld scanners of "
            + names.of(IncidentValue.WAREHOUSE)
            + ".");
    stakeholders(writer, document.core());
    network(writer, names, document.core());
    journeys(writer, names, document);
    band(writer, names, document);
    value(writer, names, document);
    files(writer, folder, document);
    writer.flush();
    return 0;
  }

  private static void section(PrintWriter writer, String title) {
    writer.println();
    Prose.println(writer, "== " + title + " ==");
  }

  private static void stakeholders(PrintWriter writer, CoreModel core) {
    section(writer, "Stakeholders and how to engage them (§1.2.1)");
    StakeholderMap map = StakeholderMap.builder().stakeholders(core.stakeholders()).build();
    for (Map.Entry<EngagementStrategy, List<StakeholderPlacement>> quadrant :
        StakeholderClassifier.DEFAULT.classify(map).byStrategy().entrySet()) {
      EngagementStrategy strategy = quadrant.getKey();
      Prose.println(
          writer,
          "  "
              + Prose.label(strategy)
              + " ("
              + (strategy.highInfluence() ? "high" : "low")
              + " influence, "
              + (strategy.highInterest() ? "high" : "low")
              + " interest): "
              + Prose.list(quadrant.getValue(), placement -> placement.stakeholder().name()));
    }
  }

  private static void network(PrintWriter writer, Names names, CoreModel core) {
    section(writer, "Service relationships (§1.2.3)");
    RelationshipNetworkAnalysis analysis = RelationshipNetworkAnalysis.of(core.network());
    for (ServiceRelationship relationship : core.relationships()) {
      ServiceRelationshipType type = relationship.type();
      Prose.println(
          writer,
          "  "
              + names.of(relationship.provider())
              + " serves "
              + names.of(relationship.consumer())
              + ": a "
              + Prose.label(type)
              + " relationship ("
              + type.focus().toLowerCase(Locale.ROOT)
              + "), offering "
              + Prose.list(relationship.offerings(), names::of)
              + "; it calls for a "
              + Prose.label(type.expectedBandOfVisibility())
              + " band of visibility");
    }
    List<DualRole> dual = analysis.dualRoles();
    Prose.println(
        writer,
        "  organizations that both provide and consume: "
            + Prose.list(dual, role -> names.of(role.party())));
    findings(writer, names, "  network findings: ", analysis.findings());
  }

  private static void journeys(PrintWriter writer, Names names, CovalueDocument document) {
    section(writer, "The customer journey and what really happened (§1.2.4)");
    JourneyModel model = document.journey();
    for (CustomerJourney journey : model.journeys()) {
      List<String> steps = new ArrayList<>();
      for (CustomerJourneyStep step : CustomerJourneyStep.values()) {
        int count = journey.touchpointsAt(step).size();
        if (count > 0) {
          steps.add(step.title().toLowerCase(Locale.ROOT) + " " + count);
        }
      }
      Prose.println(
          writer,
          "  \""
              + journey.name()
              + "\": "
              + names.of(journey.consumer())
              + " with "
              + Prose.list(journey.providers(), names::of)
              + ", "
              + Prose.count(journey.touchpoints().size(), "touchpoint", "touchpoints")
              + " by step ("
              + String.join(", ", steps)
              + ")");
    }
    Map<String, List<Finding>> found = ModelAnalyses.of(document);
    List<Finding> checks = new ArrayList<>();
    for (String title :
        List.of(
            "Consumer roles (§1.2.2)",
            "Value streams (§1.2.4)",
            "Journeys and their services (§1.2.7)",
            "The order of the steps (§1.1)",
            "Stakeholder maps over time (§1.2.1)")) {
      checks.addAll(found.getOrDefault(title, List.of()));
    }
    findings(writer, names, "  checks of the design (roles, value streams, steps): ", checks);
    Prose.println(writer, "  Observed cases against the design:");
    for (ObservedJourney observed : model.observedJourneys()) {
      Optional<CustomerJourney> designed = ModelAnalyses.designedFor(model, observed);
      if (designed.isEmpty()) {
        Prose.println(
            writer, "    case " + observed.caseId() + ": follows none of the designed journeys");
        continue;
      }
      JourneyConformance conformance = JourneyConformance.of(designed.get(), observed);
      List<String> facts = new ArrayList<>();
      facts.add(Prose.count(observed.events().size(), "event", "events"));
      facts.add(conformance.isConforming() ? "follows the design" : "deviates from the design");
      if (conformance.paths().midWayEntry().isPresent()) {
        facts.add(
            "starts part-way, at "
                + names.of(conformance.paths().midWayEntry().get().entry().touchpoint()));
      }
      if (!conformance.paths().returns().isEmpty()) {
        facts.add(
            "goes back "
                + Prose.count(conformance.paths().returns().size(), "time", "times")
                + " (to "
                + Prose.list(
                    conformance.paths().returns(), back -> names.of(back.to().touchpoint()))
                + ")");
      }
      if (!conformance.missing().isEmpty()) {
        facts.add("never reaches " + Prose.list(conformance.missing(), names::of));
      }
      Prose.println(
          writer,
          "    case "
              + observed.caseId()
              + " of \""
              + designed.get().name()
              + "\": "
              + String.join("; ", facts));
    }
  }

  private static void band(PrintWriter writer, Names names, CovalueDocument document) {
    section(writer, "The band of visibility (§1.2.5)");
    for (ServiceRelationship relationship : document.core().relationships()) {
      BandOfVisibility band = BandOfVisibility.of(document.visibility(), relationship);
      BandWidthAssessment width = BandWidthCheck.DEFAULT.check(band);
      Prose.println(
          writer,
          "  "
              + names.of(relationship.provider())
              + " and "
              + names.of(relationship.consumer())
              + ": both see "
              + width.placeableInBand()
              + " of "
              + width.placeableTotal()
              + " activities, products, resources and environment elements"
              + String.format(Locale.ROOT, " (%.0f%%)", 100 * width.share())
              + ", a "
              + Prose.label(width.measured())
              + " band"
              + (width.findings().isEmpty()
                  ? ", as the relationship, the service and the journey call for"
                  : "; the relationship, the service and the journey call for "
                      + Prose.label(width.lowest())));
      List<String> behind = new ArrayList<>();
      for (ElementRef element : band.outside()) {
        behind.add(names.of(element.id()));
      }
      behind.sort(null);
      Prose.println(
          writer,
          "    behind the lines: " + (behind.isEmpty() ? "nothing" : String.join(", ", behind)));
      List<HiddenDependency> hidden =
          HiddenDependencies.of(document.visibility(), relationship).dependencies();
      Prose.println(
          writer,
          "    what the band relies on out of sight: "
              + (hidden.isEmpty() ? "nothing" : String.join("; ", reliances(hidden, names))));
      ManagedBand managed = ManagedBand.of(document.visibility(), relationship);
      Prose.println(
          writer,
          "    managed: "
              + (managed.unmanaged().isEmpty()
                  ? "someone answers for every element in the band"
                  : "nobody answers for " + some(managed.unmanaged(), names)));
    }
  }

  private static void value(PrintWriter writer, Names names, CovalueDocument document) {
    section(writer, "Value for each stakeholder (§1.2.6)");
    ServiceValueAssessor assessor = ServiceValueAssessor.DEFAULT.withTimeRate(TIME_RATE);
    for (var service : document.core().services()) {
      ServiceValueAssessment assessment = assessor.assess(document.value(), service.id());
      Prose.println(
          writer,
          "  "
              + service.name()
              + ": outcomes against costs and risks, time counted at "
              + amount(TIME_RATE.amount())
              + " "
              + TIME_RATE.currency()
              + " an hour");
      for (StakeholderValue stakeholder : assessment.stakeholders()) {
        String currency = stakeholder.currency().map(code -> " " + code).orElse("");
        Prose.println(
            writer,
            String.format(
                Locale.ROOT,
                "    %-22s outcomes %s, costs %s, risks %s: balance %s%s, %s",
                names.of(stakeholder.stakeholder()),
                amount(stakeholder.outcomeWorth()),
                amount(stakeholder.costValue()),
                amount(stakeholder.riskExposure()),
                amount(stakeholder.balance()),
                currency,
                stakeholder.isValuable() ? "valuable" : "not valuable"));
      }
    }

    section(writer, "Value drivers (§1.2.7, Figure 1.11)");
    for (ValueDriverChain chain : document.value().driverChains()) {
      ValueDriverAnalysis analysis = ValueDriverAnalysis.of(chain);
      for (ValueDriver purpose : chain.drivers()) {
        if (purpose.layer() != ValueDriverLayer.CONSUMER_PURPOSE) {
          continue;
        }
        DriverExplanation why = analysis.explain(purpose.id());
        Prose.println(
            writer,
            "  \""
                + chain.name()
                + "\": resources drive offerings and interactions, which drive the service's"
                + " performance, the consumer's performance, its goals and its purpose. The"
                + " purpose \""
                + purpose.name()
                + String.format(
                    Locale.ROOT, "\" performs at %.2f; most of it comes from:", why.total()));
        List<DriverContribution> top = why.contributions();
        for (DriverContribution contribution : top.subList(0, Math.min(3, top.size()))) {
          Prose.println(
              writer,
              String.format(
                  Locale.ROOT,
                  "    %s (%s): performance %.2f x share %.3f = %.3f",
                  names.of(contribution.driver()),
                  contribution.layer().title().toLowerCase(Locale.ROOT),
                  contribution.performance(),
                  contribution.share(),
                  contribution.contribution()));
        }
      }
    }

    section(writer, "Value leakage (§1.2.6)");
    LeakageEvidence evidence = ModelAnalyses.evidence(document);
    List<String> measured = new ArrayList<>();
    for (MeasuredBandWidth width : evidence.bandWidths()) {
      measured.add(
          "a "
              + Prose.label(width.width())
              + String.format(
                  Locale.ROOT, " band (%.0f%%) in the relationship ", 100 * width.share().value())
              + names.of(width.relationship()));
    }
    for (JourneyPathFigures paths : evidence.journeyPaths()) {
      measured.add(
          Prose.count(paths.cases(), "observed case", "observed cases")
              + " of \""
              + names.of(paths.journey())
              + "\", "
              + paths.backAndForthCases().orElse(0)
              + " going back and forth, "
              + paths.abandonedCases().orElse(0)
              + " abandoned");
    }
    ValueLeakageReport leakage = LeakageDetector.DEFAULT.detect(document.value(), evidence);
    Prose.println(
        writer,
        "  measured evidence: "
            + String.join("; ", measured)
            + ". Findings by cause: "
            + Prose.tally(leakage.findings()));
    for (Map.Entry<ValueLeakageCause, List<Finding>> cause : leakage.byCause().entrySet()) {
      Prose.println(writer, "  " + Prose.label(cause.getKey()) + ":");
      for (Finding finding : cause.getValue()) {
        Prose.println(writer, "    " + names.describe(finding));
      }
    }
  }

  private static void files(PrintWriter writer, Path folder, CovalueDocument document) {
    section(writer, "Files");
    Map<String, String> files = new LinkedHashMap<>();
    files.put("model.json", CovalueJson.DEFAULT.write(document));
    StakeholderMap map =
        StakeholderMap.builder().stakeholders(document.core().stakeholders()).build();
    files.put("stakeholder-map.svg", StakeholderMapPicture.of(map).svg());
    files.put("network.svg", RelationshipNetworkPicture.of(document.core()).svg());
    for (CustomerJourney journey : document.journey().journeys()) {
      files.put(
          "journey-" + journey.id().value() + ".svg",
          CustomerJourneyPicture.of(document.journey(), journey).svg());
    }
    for (ServiceRelationship relationship : document.core().relationships()) {
      files.put(
          "band-" + relationship.id().value() + ".svg",
          BandOfVisibilityPicture.of(document.visibility(), relationship).svg());
    }
    for (ValueDriverChain chain : document.value().driverChains()) {
      files.put(
          "drivers-" + chain.id().value() + ".svg",
          ValueDriverChainPicture.of(ValueDriverAnalysis.of(chain)).svg());
    }
    files.put(
        "report.html",
        HtmlReport.DEFAULT
            .withTitle("covalue demo: the incident journey of a warehouse and its service desk")
            .render(document, ModelAnalyses.of(document)));
    files.forEach((name, text) -> Documents.write(folder.resolve(name), text));
    Prose.println(
        writer,
        "  wrote to "
            + folder
            + ": "
            + String.join(", ", files.keySet())
            + ". Open report.html in a browser; try ./covalue analyze "
            + folder.resolve("model.json")
            + " and ./covalue render "
            + folder.resolve("model.json")
            + " --what journey --to mermaid.");
  }

  private static void findings(
      PrintWriter writer, Names names, String heading, List<Finding> findings) {
    Prose.println(writer, heading + Prose.tally(findings));
    for (Finding finding : findings) {
      Prose.println(writer, "    " + names.describe(finding));
    }
  }

  private static List<String> reliances(List<HiddenDependency> hidden, Names names) {
    List<String> reliances = new ArrayList<>();
    for (HiddenDependency dependency : hidden) {
      reliances.add(names.of(dependency.from()) + " relies on " + names.of(dependency.to()));
    }
    return reliances;
  }

  /** Names up to five elements, and says how many more there are. */
  private static String some(List<ElementRef> elements, Names names) {
    List<String> shown = new ArrayList<>();
    for (ElementRef element : elements.subList(0, Math.min(5, elements.size()))) {
      shown.add(names.of(element.id()));
    }
    return String.join(", ", shown)
        + (elements.size() > 5 ? " and " + (elements.size() - 5) + " more" : "");
  }

  private static String amount(BigDecimal amount) {
    return amount.setScale(0, RoundingMode.HALF_EVEN).toPlainString();
  }
}
