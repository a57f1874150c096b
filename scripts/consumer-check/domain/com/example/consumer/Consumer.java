package com.example.consumer;

import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Level;
import org.covalue.core.PartyId;
import org.covalue.core.StakeholderId;
import org.covalue.core.analysis.StakeholderClassifier;
import org.covalue.core.analysis.StakeholderMapClassification;
import org.covalue.core.analysis.StakeholderMapRevision;
import org.covalue.core.stakeholder.EngagementStrategy;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderKind;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.analysis.JourneyConformance;
import org.covalue.journey.sample.IncidentResolution;

/**
 * Code a user writes against covalue-core and covalue-journey: builders, copy methods, analyses of
 * each module (a result type and a settings object) and the library exception. scripts/consumer-check.sh compiles it with {@code javac
 * -Xlint:all -Werror} and nothing but covalue's jars on the path, then runs it.
 */
public final class Consumer {

  private Consumer() {}

  /**
   * Runs the checks; exits non-zero when one fails.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Stakeholder cfo =
        Stakeholder.builder()
            .id(StakeholderId.of("cfo"))
            .name("Chief financial officer")
            .kind(StakeholderKind.OWNER)
            .influence(Level.HIGH)
            .interest(Level.HIGH)
            .build();
    Stakeholder later = cfo.withInterest(Level.LOW);
    StakeholderMap before = StakeholderMap.builder().label("explore").addStakeholder(cfo).build();
    StakeholderMap after = before.withStakeholders(List.of(later));
    StakeholderMapRevision revision = StakeholderMapRevision.between(before, after);
    check(revision.moves().size() == 1, "one stakeholder moved: " + revision.moves());
    StakeholderMapClassification classification = StakeholderClassifier.DEFAULT.classify(after);
    check(classification.byStrategy().get(EngagementStrategy.KEEP_SATISFIED).size() == 1,
        "a high-influence, low-interest stakeholder is kept satisfied");

    try {
      Stakeholder.builder().name("No id, kind or ratings").build();
      check(false, "an incomplete stakeholder was built");
    } catch (InvalidModelException expected) {
      check(!expected.violations().isEmpty(), "the exception names its violations");
    }

    PartyId contoso = PartyId.of("contoso");
    PartyId northwind = PartyId.of("northwind");
    CustomerJourney journey = IncidentResolution.journey(contoso, northwind);
    List<Touchpoint> coCreate = journey.touchpointsAt(CustomerJourneyStep.CO_CREATE);
    check(!coCreate.isEmpty(), "the journey has co-create touchpoints");
    Touchpoint renamed = coCreate.get(0).withName("Renamed");
    check(renamed.name().equals("Renamed"), "withName copies");
    JourneyConformance conformance = JourneyConformance.of(journey, IncidentResolution.midWayCase());
    check(!conformance.findings().isEmpty(), "the mid-way case deviates from the design");

    System.out.println("consumer-check: core and journey used from a plain javac build");
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError("consumer-check failed: " + what);
    }
  }
}
