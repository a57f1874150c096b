package org.covalue.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.covalue.core.analysis.SalienceClassification;
import org.covalue.core.analysis.SalienceClassifier;
import org.covalue.core.analysis.StakeholderClassifier;
import org.covalue.core.analysis.StakeholderMapClassification;
import org.covalue.core.analysis.StakeholderMapRevision;
import org.covalue.core.analysis.StakeholderMove;
import org.covalue.core.analysis.StakeholderPlacement;
import org.covalue.core.stakeholder.EngagementStrategy;
import org.covalue.core.stakeholder.SalienceClass;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderMap;

/**
 * Stakeholders and their map (ITIL 4: Drive Stakeholder Value, §1.2.1, Figure 1.1): classifies the
 * demo's stakeholders by influence and interest, adds the salience view, and compares the map at
 * exploration with its revision at onboarding.
 */
public final class StakeholderMapExample {

  private StakeholderMapExample() {}

  /**
   * Runs the example on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  static void run(PrintStream out) {
    StakeholderMap explore = ServiceDeskScenario.stakeholdersAtExplore();
    StakeholderClassifier classifier = StakeholderClassifier.withDefaultThresholds();
    StakeholderMapClassification classification = classifier.classify(explore);

    out.println(
        String.format(
            Locale.ROOT,
            "Stakeholder map at '%s' (influence x interest; high from %.2f and %.2f):",
            explore.label().orElse(""),
            classifier.influenceThreshold().value(),
            classifier.interestThreshold().value()));
    for (Map.Entry<EngagementStrategy, List<StakeholderPlacement>> quadrant :
        classification.byStrategy().entrySet()) {
      out.println("  " + label(quadrant.getKey()) + ":");
      for (StakeholderPlacement placement : quadrant.getValue()) {
        out.println("    - " + placement.explanation());
      }
    }

    SalienceClassification salience = SalienceClassifier.withDefaultThreshold().classify(explore);
    out.println("Salience (power, legitimacy, urgency):");
    for (Map.Entry<SalienceClass, List<Stakeholder>> group : salience.byClass().entrySet()) {
      if (!group.getValue().isEmpty()) {
        out.println("  " + label(group.getKey()) + ": " + names(group.getValue()));
      }
    }
    out.println("  not assessed: " + salience.notAssessed());

    StakeholderMapRevision revision =
        StakeholderMapRevision.between(explore, ServiceDeskScenario.stakeholdersAtOnboard());
    out.println("Revision from 'explore' to 'onboard':");
    revision.entered().forEach(p -> out.println("  entered: " + p.explanation()));
    revision.left().forEach(p -> out.println("  left:    " + p.stakeholder().name()));
    for (StakeholderMove move : revision.moves()) {
      out.println("  moved:   " + move.explanation());
    }
    out.println("  stayed in their quadrant: " + revision.stayed().size());
  }

  private static String label(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String names(List<Stakeholder> stakeholders) {
    StringBuilder text = new StringBuilder();
    for (Stakeholder stakeholder : stakeholders) {
      text.append(text.length() == 0 ? "" : ", ").append(stakeholder.name());
    }
    return text.toString();
  }
}
