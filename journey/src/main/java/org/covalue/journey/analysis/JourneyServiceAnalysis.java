package org.covalue.journey.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.covalue.core.Finding;
import org.covalue.core.HasFindings;
import org.covalue.core.ItilReference;
import org.covalue.core.Rule;
import org.covalue.core.ServiceId;
import org.covalue.core.Severity;
import org.covalue.core.offering.Service;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.covalue.journey.Touchpoint;
import org.covalue.journey.TouchpointId;
import org.covalue.journey.model.JourneyModel;
import org.immutables.value.Value;

/**
 * Journeys read against the services they are part of (ITIL 4: Drive Stakeholder Value, §1.2.7: the
 * customer journey, with its touchpoints and interactions, is an integral part of the service, but
 * the service is not the journey and is not contained in it; a service is scoped and agreed by all
 * parties). A journey that names no service ({@link CustomerJourney#services()}) is a finding of
 * {@link #NO_SERVICE}. A journey that reaches onboard or co-create with no agree touchpoint before
 * relies on agreements made outside it, such as the scope agreed for a service desk long before an
 * incident: each service it involves whose scope nobody agreed ({@link Service#agreement()}) is a
 * finding of {@link #USE_WITHOUT_AGREEMENT} (Table 1.1: expectations are agreed before investing).
 *
 * <pre>{@code
 * JourneyServiceAnalysis services = JourneyServiceAnalysis.of(model);
 * }</pre>
 *
 * <p>Services a journey names but the model's core lacks are left to {@link JourneyValidator}. The
 * analysis takes time linear in the size of the model. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class JourneyServiceAnalysis implements HasFindings {

  /** A journey that involves no service. */
  public static final Rule NO_SERVICE =
      Rule.of(
          "journey-services.no-service",
          Severity.WARNING,
          ItilReference.section("1.2.7"),
          "A journey involves no service, where a journey is part of the services it realizes");

  /** A journey that uses a service nobody agreed, with no agree touchpoint of its own before. */
  public static final Rule USE_WITHOUT_AGREEMENT =
      Rule.of(
          "journey-services.use-without-agreement",
          Severity.WARNING,
          ItilReference.section("1.1").table("1.1"),
          "A journey reaches onboard or co-create with no agree touchpoint before, and a service it"
              + " involves has no agreed scope");

  JourneyServiceAnalysis() {}

  /**
   * Analyses the journeys of a model against the services of its core.
   *
   * @param model the model
   * @return the findings
   * @throws NullPointerException if the model is null
   */
  public static JourneyServiceAnalysis of(JourneyModel model) {
    Objects.requireNonNull(model, "model");
    Map<ServiceId, Service> services = new HashMap<>();
    for (Service service : model.core().services()) {
      services.putIfAbsent(service.id(), service);
    }
    List<Finding> findings = new ArrayList<>();
    for (CustomerJourney journey : model.journeys()) {
      JourneyId id = journey.id();
      if (journey.services().isEmpty()) {
        findings.add(
            Finding.builder(NO_SERVICE)
                .message(
                    () ->
                        "Journey "
                            + id
                            + " involves no service; the service is not the journey, and each"
                            + " journey is part of the services it realizes")
                .addElement(id)
                .build());
        continue;
      }
      TouchpointId firstInvestment = null;
      for (Touchpoint touchpoint : journey.touchpoints()) {
        if (touchpoint.step() == CustomerJourneyStep.AGREE) {
          break;
        }
        if (touchpoint.step() == CustomerJourneyStep.ONBOARD
            || touchpoint.step() == CustomerJourneyStep.CO_CREATE) {
          firstInvestment = touchpoint.id();
          break;
        }
      }
      if (firstInvestment == null) {
        continue;
      }
      TouchpointId at = firstInvestment;
      for (ServiceId serviceId : journey.services()) {
        Service service = services.get(serviceId);
        if (service != null && service.agreement().isEmpty()) {
          findings.add(
              Finding.builder(USE_WITHOUT_AGREEMENT)
                  .message(
                      () ->
                          "Journey "
                              + id
                              + " reaches "
                              + at
                              + " with no agree touchpoint before, and nobody agreed the scope of"
                              + " its service "
                              + serviceId)
                  .addElement(id)
                  .addElement(serviceId)
                  .addElement(at)
                  .build());
        }
      }
    }
    return ImmutableJourneyServiceAnalysis.builder().findings(findings).build();
  }

  /**
   * Returns the findings, journey by journey in the model's order: {@link #NO_SERVICE}, naming the
   * journey; or {@link #USE_WITHOUT_AGREEMENT} per unagreed service, naming the journey, the
   * service and the first onboard or co-create touchpoint.
   *
   * @return the findings
   */
  @Override
  public abstract List<Finding> findings();

  /** Returns the number of findings. */
  @Override
  public String toString() {
    return "JourneyServiceAnalysis{findings=" + findings().size() + "}";
  }
}
