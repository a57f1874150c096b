package org.covalue.value.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.covalue.core.Finding;
import org.covalue.core.HasFindings;
import org.covalue.value.ValueLeakageCause;
import org.jspecify.annotations.Nullable;

/**
 * The value leakage a {@link LeakageDetector} found (ITIL 4: Drive Stakeholder Value, §1.2.6): its
 * findings, each filed under its cause, with the evidence and the threshold that made it a finding.
 *
 * <pre>{@code
 * ValueLeakageReport report = LeakageDetector.DEFAULT.detect(model, evidence);
 * report.byCause().get(ValueLeakageCause.LACK_OF_VALUE_TRACKING_AND_REALIZATION);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ValueLeakageReport implements HasFindings {

  private final LeakageDetector detector;
  private final List<Finding> findings;
  private final List<ValueLeakageCause> causes;

  private ValueLeakageReport(
      LeakageDetector detector, List<Finding> findings, List<ValueLeakageCause> causes) {
    this.detector = detector;
    this.findings = findings;
    this.causes = causes;
  }

  static ValueLeakageReport of(
      LeakageDetector detector, List<Finding> findings, List<ValueLeakageCause> causes) {
    return new ValueLeakageReport(detector, List.copyOf(findings), List.copyOf(causes));
  }

  /**
   * Returns the detector whose settings made the findings.
   *
   * @return the detector
   */
  public LeakageDetector detector() {
    return detector;
  }

  /**
   * Returns every finding, by cause in the chapter's order of causes (then the causes of added
   * checks), each cause's findings in the order {@link LeakageDetector#detect(
   * org.covalue.value.model.ValueModel, org.covalue.value.evidence.LeakageEvidence)} documents.
   *
   * @return an unmodifiable list
   */
  @Override
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the findings filed under each cause.
   *
   * @return an unmodifiable map holding every cause with a finding, in the order of {@link
   *     #findings()}
   */
  public Map<ValueLeakageCause, List<Finding>> byCause() {
    Map<ValueLeakageCause, List<Finding>> map = new LinkedHashMap<>();
    for (int i = 0; i < findings.size(); i++) {
      map.computeIfAbsent(causes.get(i), cause -> new ArrayList<>()).add(findings.get(i));
    }
    map.replaceAll((cause, list) -> Collections.unmodifiableList(list));
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns the findings of one cause.
   *
   * @param cause the cause
   * @return an unmodifiable list, in the order of {@link #findings()}; empty if none
   * @throws NullPointerException if the cause is null
   */
  public List<Finding> findings(ValueLeakageCause cause) {
    Objects.requireNonNull(cause, "cause");
    List<Finding> selected = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      if (causes.get(i).equals(cause)) {
        selected.add(findings.get(i));
      }
    }
    return Collections.unmodifiableList(selected);
  }

  /**
   * Returns the cause a finding of this report is filed under.
   *
   * @param finding a finding
   * @return its cause, or empty if the finding is not one of this report's
   * @throws NullPointerException if the finding is null
   */
  public Optional<ValueLeakageCause> causeOf(Finding finding) {
    Objects.requireNonNull(finding, "finding");
    int i = findings.indexOf(finding);
    return i < 0 ? Optional.empty() : Optional.of(causes.get(i));
  }

  /**
   * Returns the causes with at least one finding.
   *
   * @return an unmodifiable set, in the order of {@link #findings()}
   */
  public Set<ValueLeakageCause> causes() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(causes));
  }

  /**
   * Tells whether any value leaks.
   *
   * @return true if there is a finding
   */
  public boolean hasLeakage() {
    return !findings.isEmpty();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ValueLeakageReport that
        && detector.equals(that.detector)
        && findings.equals(that.findings)
        && causes.equals(that.causes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(detector, findings, causes);
  }

  /** Returns the number of findings of each cause. */
  @Override
  public String toString() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ValueLeakageCause cause : causes) {
      counts.merge(cause.code(), 1, Integer::sum);
    }
    return "ValueLeakageReport{findings=" + findings.size() + ", byCause=" + counts + "}";
  }
}
