package org.covalue.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.covalue.core.Level;
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
 * Stakeholders and their map (ITIL 4: Drive Stakeholder Value, §1.2.1, Figure 1.1): places the
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
    StakeholderClassifier classifier = StakeholderClassifier.DEFAULT;
    StakeholderMapClassification classification = classifier.classify(explore);

    Text.println(
        out,
        "Stakeholder map at '"
            + explore.label().orElse("")
            + "': influence against interest, each rated low, medium or high, or scored from 0"
            + " to 1.");
    Text.println(
        out,
        "A level stands for the middle of its third of the scale (low "
            + Text.number(Level.LOW.score())
            + ", medium "
            + Text.number(Level.MEDIUM.score())
            + ", high "
            + Text.number(Level.HIGH.score())
            + "); from "
            + Text.number(classifier.influenceThreshold().value())
            + " on, where medium begins, a rating counts as high.");
    for (Map.Entry<EngagementStrategy, List<StakeholderPlacement>> quadrant :
        classification.byStrategy().entrySet()) {
      EngagementStrategy strategy = quadrant.getKey();
      Text.println(
          out,
          "  "
              + Text.label(strategy)
              + " ("
              + (strategy.highInfluence() ? "high" : "low")
              + " influence, "
              + (strategy.highInterest() ? "high" : "low")
              + " interest):");
      for (StakeholderPlacement placement : quadrant.getValue()) {
        Stakeholder stakeholder = placement.stakeholder();
        Text.println(
            out,
            "    - "
                + stakeholder.name()
                + ": influence "
                + Text.rating(stakeholder.influence())
                + ", interest "
                + Text.rating(stakeholder.interest()));
      }
    }

    SalienceClassification salience = SalienceClassifier.DEFAULT.classify(explore);
    Text.println(
        out,
        "Salience (power, legitimacy and urgency, after Mitchell, Agle and Wood; an addition to"
            + " ITIL):");
    for (Map.Entry<SalienceClass, List<Stakeholder>> group : salience.byClass().entrySet()) {
      if (!group.getValue().isEmpty()) {
        Text.println(
            out,
            "  "
                + Text.label(group.getKey())
                + ": "
                + Text.list(group.getValue(), Stakeholder::name));
      }
    }
    Text.println(
        out,
        "  not assessed: "
            + Text.list(
                salience.notAssessed(),
                id -> explore.stakeholder(id).map(Stakeholder::name).orElse(id.describe())));

    StakeholderMap onboard = ServiceDeskScenario.stakeholdersAtOnboard();
    StakeholderMapRevision revision = StakeholderMapRevision.between(explore, onboard);
    Text.println(
        out,
        "The map revised at '"
            + onboard.label().orElse("")
            + "' ("
            + Text.tally(revision.findings())
            + "):");
    for (StakeholderPlacement entered : revision.entered()) {
      Text.println(
          out,
          "  entered: " + entered.stakeholder().name() + ", to " + Text.label(entered.strategy()));
    }
    for (StakeholderPlacement left : revision.left()) {
      Text.println(out, "  left:    " + left.stakeholder().name() + "; its engagement can end");
    }
    for (StakeholderMove move : revision.moves()) {
      Text.println(
          out,
          "  moved:   "
              + move.after().stakeholder().name()
              + ", from "
              + Text.label(move.before().strategy())
              + " to "
              + Text.label(move.after().strategy())
              + ": "
              + move.change().advice());
    }
    Text.println(
        out,
        "  stayed in their quadrant: "
            + Text.count(revision.stayed().size(), "stakeholder", "stakeholders"));
  }
}
