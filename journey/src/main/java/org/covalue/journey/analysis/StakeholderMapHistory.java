package org.covalue.journey.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.covalue.core.Finding;
import org.covalue.core.HasFindings;
import org.covalue.core.ItilReference;
import org.covalue.core.Rule;
import org.covalue.core.Severity;
import org.covalue.core.analysis.StakeholderClassifier;
import org.covalue.core.analysis.StakeholderCultivation;
import org.covalue.core.analysis.StakeholderMapRevision;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.CustomerJourneyStep;
import org.covalue.journey.JourneyId;
import org.immutables.value.Value;

/**
 * The stakeholder maps of a journey over time, as a {@link StakeholderMapReview} read them (ITIL 4:
 * Drive Stakeholder Value, §1.2.1): the revisions between consecutive maps, a revision between any
 * two steps, the steps the journey reaches after too long without a revision (each a finding of
 * {@link #NOT_REVISED}), and how far the stakeholders of the latest map are from their cultivation
 * targets ({@link #cultivation()}, whose findings are covalue-core's {@code
 * stakeholder-map.off-target}). Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class StakeholderMapHistory implements HasFindings {

  /** A step the journey reaches after more steps without a map revision than allowed. */
  public static final Rule NOT_REVISED =
      Rule.of(
          "stakeholder-map.not-revised",
          Severity.WARNING,
          ItilReference.section("1.2.1").figure("1.1"),
          "A journey reaches a step after more steps without a revision of its stakeholder map than"
              + " the review allows");

  StakeholderMapHistory() {}

  static StakeholderMapHistory of(
      CustomerJourney journey,
      StakeholderClassifier classifier,
      int maxStepsWithoutRevision,
      List<StakeholderMapRevision> revisions,
      List<Overdue> overdue,
      Optional<StakeholderCultivation> cultivation) {
    return ImmutableStakeholderMapHistory.builder()
        .journey(journey)
        .classifier(classifier)
        .maxStepsWithoutRevision(maxStepsWithoutRevision)
        .revisions(revisions)
        .overdue(overdue)
        .cultivation(cultivation)
        .build();
  }

  /**
   * Returns the journey reviewed.
   *
   * @return the journey
   */
  public abstract CustomerJourney journey();

  /**
   * Returns the classifier the review placed stakeholders with.
   *
   * @return the classifier
   */
  public abstract StakeholderClassifier classifier();

  /**
   * Returns how many steps the journey could reach without a revision of its map.
   *
   * @return from 1 to 7
   */
  public abstract int maxStepsWithoutRevision();

  /**
   * Returns the revisions between consecutive maps of the journey.
   *
   * @return one revision fewer than the journey has maps, in the order of the steps
   */
  public abstract List<StakeholderMapRevision> revisions();

  /**
   * Returns the steps the journey reached after more steps without a revision than allowed: the
   * first such step of each stretch without a revision.
   *
   * @return the overdue revisions, in the order of the steps
   */
  public abstract List<Overdue> overdue();

  /**
   * Returns how far the stakeholders of the map that holds at the journey's last step are from
   * their cultivation targets.
   *
   * @return the cultivation, or empty if the journey keeps no map at or before its last step
   */
  public abstract Optional<StakeholderCultivation> cultivation();

  /**
   * Returns what changed between the maps that hold at two steps ({@link
   * CustomerJourney#stakeholderMapAt(CustomerJourneyStep)}), with the review's classifier.
   *
   * @param from the earlier step
   * @param to the later step
   * @return the revision, or empty if no map holds at one of the steps
   * @throws NullPointerException if an argument is null
   */
  public Optional<StakeholderMapRevision> revisionBetween(
      CustomerJourneyStep from, CustomerJourneyStep to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Optional<StakeholderMap> before = journey().stakeholderMapAt(from);
    Optional<StakeholderMap> after = journey().stakeholderMapAt(to);
    if (before.isEmpty() || after.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(StakeholderMapRevision.between(before.get(), after.get(), classifier()));
  }

  /**
   * Returns a finding of {@link #NOT_REVISED} per overdue revision, naming the journey, with the
   * data {@code step} (the step reached) and {@code lastRevisionStep} (the step of the latest map
   * before it, or {@code none}) and the evidence {@code stepsWithoutRevision} and {@code
   * maxStepsWithoutRevision}. The revisions' own findings and those of {@link #cultivation()} are
   * theirs to report.
   *
   * @return the findings, in the order of {@link #overdue()}
   */
  @Override
  public List<Finding> findings() {
    JourneyId id = journey().id();
    int max = maxStepsWithoutRevision();
    List<Finding> findings = new ArrayList<>();
    for (Overdue late : overdue()) {
      CustomerJourneyStep step = late.step();
      Optional<CustomerJourneyStep> last = late.lastRevision();
      int steps = late.stepsWithoutRevision();
      Finding.Builder finding =
          Finding.builder(NOT_REVISED)
              .message(
                  () ->
                      "Journey "
                          + id
                          + " reaches step "
                          + JourneyPaths.label(step)
                          + " after "
                          + steps
                          + " steps without a revision of its stakeholder map"
                          + last.map(s -> " since " + JourneyPaths.label(s)).orElse(" at all")
                          + "; the review allows "
                          + max)
              .addElement(id)
              .putData("step", step);
      if (last.isPresent()) {
        finding.putData("lastRevisionStep", last.get());
      } else {
        finding.putData("lastRevisionStep", "none");
      }
      findings.add(
          finding
              .putEvidence("stepsWithoutRevision", steps)
              .putEvidence("maxStepsWithoutRevision", max)
              .build());
    }
    return Collections.unmodifiableList(findings);
  }

  /** Returns the journey and the numbers of revisions and overdue revisions. */
  @Override
  public String toString() {
    return "StakeholderMapHistory{journey="
        + journey().id()
        + ", revisions="
        + revisions().size()
        + ", overdue="
        + overdue().size()
        + "}";
  }

  /**
   * A step the journey reached after too many steps without a revision of its map. Instances are
   * immutable and thread-safe.
   */
  @Value.Immutable
  public abstract static class Overdue {

    Overdue() {}

    static Overdue create(
        CustomerJourneyStep step,
        Optional<CustomerJourneyStep> lastRevision,
        int stepsWithoutRevision) {
      return ImmutableOverdue.of(step, lastRevision, stepsWithoutRevision);
    }

    /**
     * Returns the step reached.
     *
     * @return the step
     */
    @Value.Parameter
    public abstract CustomerJourneyStep step();

    /**
     * Returns the step of the latest map before it.
     *
     * @return the step, or empty if the journey keeps no map before it
     */
    @Value.Parameter
    public abstract Optional<CustomerJourneyStep> lastRevision();

    /**
     * Returns how many steps the journey reached since that map, this one included.
     *
     * @return more than the review allows
     */
    @Value.Parameter
    public abstract int stepsWithoutRevision();
  }
}
