package org.covalue.cli;

import java.util.ArrayList;
import java.util.List;
import org.covalue.interchange.json.CovalueDocument;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.ValueStreamActivityId;
import org.covalue.journey.model.JourneyModel;
import org.covalue.journey.sample.IncidentResolution;
import org.covalue.value.model.ValueModel;
import org.covalue.value.sample.IncidentValue;
import org.covalue.visibility.Dependency;
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.EnvironmentElement;
import org.covalue.visibility.EnvironmentElementId;
import org.covalue.visibility.LineOfVisibility;
import org.covalue.visibility.Responsibility;
import org.covalue.visibility.model.VisibilityModel;

/**
 * The model {@code covalue demo} runs on: the value model of {@link IncidentValue} (a warehouse
 * whose handheld scanners an IT service desk repairs, with stakeholders, consumer roles, the
 * relationship, the offering, value streams, observed cases, a value plan and a value-driver chain)
 * and, over the same journey model, lines of visibility for both parties (ITIL 4: Drive Stakeholder
 * Value, §1.2.5): the desk hides how it investigates root causes and improves, and its pool of
 * spare scanners, on which replacing a device relies; the warehouse hides how it notices and
 * reschedules held-up work. All of it is covalue's sample data, not ITIL content.
 */
final class DemoModel {

  /** The desk's pool of spare scanners, behind its line. */
  static final EnvironmentElementId SPARE_POOL = EnvironmentElementId.of("spare-scanner-pool");

  /** The warehouse floor where the scanners are used, which the warehouse shows. */
  static final EnvironmentElementId FLOOR = EnvironmentElementId.of("warehouse-floor");

  private DemoModel() {}

  /**
   * Returns the demo model as one document.
   *
   * @return a valid document
   */
  static CovalueDocument document() {
    ValueModel value = IncidentValue.model();
    return CovalueDocument.of(visibility(value.journey()), value);
  }

  private static VisibilityModel visibility(JourneyModel journey) {
    return VisibilityModel.builder()
        .journey(journey)
        .addEnvironmentElements(
            EnvironmentElement.builder()
                .id(SPARE_POOL)
                .name("Pool of spare scanners")
                .owner(IncidentValue.DESK)
                .build(),
            EnvironmentElement.builder()
                .id(FLOOR)
                .name("Warehouse floor")
                .owner(IncidentValue.WAREHOUSE)
                .build())
        .addLines(
            LineOfVisibility.builder()
                .party(IncidentValue.DESK)
                .addShown(activity("log-incident"), activity("close-incident"))
                .addHidden(activity("diagnose-incident"), activity("replace-device"))
                .addHidden(activity("investigate-root-cause"), activity("analyse-feedback"))
                .addHidden(SPARE_POOL)
                .build(),
            LineOfVisibility.builder()
                .party(IncidentValue.WAREHOUSE)
                .addShown(activity("report-disruption"), activity("verify-fix"))
                .addHidden(IncidentResolution.NOTICE_PROBLEM, activity("reschedule-work"))
                .addHidden(activity("support-diagnosis"), FLOOR)
                .build())
        .addDependencies(
            Dependency.of(activity("replace-device"), SPARE_POOL),
            Dependency.of(activity("diagnose-incident"), activity("investigate-root-cause")),
            Dependency.of(
                ElementRef.of(IncidentResolution.JOURNEY, IncidentResolution.FIX_RECEIVED), FLOOR))
        .addAllResponsibilities(responsibilities(journey))
        .build();
  }

  /** The desk answers for every touchpoint of the journey and for logging the incident. */
  private static List<Responsibility> responsibilities(JourneyModel journey) {
    List<Responsibility> responsibilities = new ArrayList<>();
    for (CustomerJourney designed : journey.journeys()) {
      for (Touchpoint touchpoint : designed.touchpoints()) {
        responsibilities.add(
            Responsibility.of(ElementRef.of(designed.id(), touchpoint.id()), IncidentValue.DESK));
      }
    }
    responsibilities.add(Responsibility.of(activity("log-incident"), IncidentValue.DESK));
    responsibilities.add(Responsibility.of(activity("verify-fix"), IncidentValue.WAREHOUSE));
    return responsibilities;
  }

  private static ValueStreamActivityId activity(String id) {
    return ValueStreamActivityId.of(id);
  }
}
