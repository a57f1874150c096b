package org.covalue.journey.stress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.covalue.core.Finding;
import org.covalue.core.PartyId;
import org.covalue.core.stress.Heap;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.analysis.JourneyConformance;
import org.covalue.journey.analysis.JourneyPaths;
import org.covalue.journey.observed.CaseId;
import org.covalue.journey.observed.JourneyEvent;
import org.covalue.journey.observed.ObservedJourney;
import org.covalue.journey.sample.IncidentResolution;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One observed case of a million events that follows the incident journey's touchpoints from
 * diagnosis to the fix and back, a hundred thousand times.
 */
@Tag("stress")
class MillionEventsStressTest {

  private static final int EVENTS = 1_000_000;
  private static final int LOOPS = 100_000;

  @Test
  void conformanceOfAMillionEventsWithAHundredThousandLoops() {
    CustomerJourney designed = IncidentResolution.journey(PartyId.of("acme"), PartyId.of("desk"));
    List<Touchpoint> touchpoints = designed.touchpoints();
    // diagnosis, progress updates, fix received: touchpoints 3 to 5 of the design
    List<Touchpoint> loop = touchpoints.subList(3, 6);
    List<JourneyEvent> events = new ArrayList<>(EVENTS);
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    for (Touchpoint touchpoint : touchpoints.subList(0, 3)) {
      events.add(JourneyEvent.of(touchpoint.id(), touchpoint.step(), at));
    }
    int perLoop = (EVENTS - 5) / LOOPS;
    for (int l = 0; l < LOOPS; l++) {
      for (int e = 0; e < perLoop; e++) {
        Touchpoint touchpoint = loop.get(e * loop.size() / perLoop);
        at = at.plusSeconds(1);
        events.add(JourneyEvent.of(touchpoint.id(), touchpoint.step(), at));
      }
    }
    while (events.size() < EVENTS - 2) {
      events.add(JourneyEvent.of(loop.get(2).id(), loop.get(2).step(), at));
    }
    for (Touchpoint touchpoint : touchpoints.subList(6, 8)) {
      at = at.plusSeconds(1);
      events.add(JourneyEvent.of(touchpoint.id(), touchpoint.step(), at));
    }
    ObservedJourney observed = ObservedJourney.of(CaseId.of("huge"), events);
    events = null;
    long before = Heap.used();
    long start = System.nanoTime();
    JourneyConformance conformance = JourneyConformance.of(designed, observed);
    long millis = (System.nanoTime() - start) / 1_000_000;
    long analysed = Heap.used();
    int returns = conformance.paths().returns().size();
    Heap.report("conformance, per move back", analysed - before, returns, millis);
    assertThat(observed.events()).hasSize(EVENTS);
    // After the first pass, each loop goes back to each of its three touchpoints.
    assertThat(returns).isEqualTo(3 * (LOOPS - 1));
    assertThat(conformance.missing()).isEmpty();
    List<Finding> findings = List.copyOf(conformance.findings(JourneyPaths.BACK_AND_FORTH));
    assertThat(findings).hasSize(3 * (LOOPS - 1));
    assertThat(findings.get(0).message()).startsWith("Case huge goes back to touchpoint diagnosis");
    Heap.report("back-and-forth findings, each held", Heap.used() - analysed, findings.size(), 0);
  }
}
