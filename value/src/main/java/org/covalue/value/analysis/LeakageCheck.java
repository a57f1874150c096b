package org.covalue.value.analysis;

import java.util.List;
import org.covalue.core.Finding;
import org.covalue.value.ValueLeakageCause;
import org.covalue.value.evidence.LeakageEvidence;
import org.covalue.value.model.ValueModel;

/**
 * A check of value leakage that an application adds to a {@link LeakageDetector}, for a cause the
 * chapter does not list or for evidence covalue does not model (ITIL 4: Drive Stakeholder Value,
 * §1.2.6 leaves the causes of leakage open). The detector runs it after its own checks and files
 * its findings under its cause.
 *
 * <pre>{@code
 * LeakageCheck suppliers = new LeakageCheck() {
 *   public ValueLeakageCause cause() { return ValueLeakageCause.of("SUPPLIER_FAILURE"); }
 *   public List<Finding> check(ValueModel model, LeakageEvidence evidence) { ... }
 * };
 * ValueLeakageReport report = LeakageDetector.DEFAULT.withCheck(suppliers).detect(model);
 * }</pre>
 *
 * <p>A check must be pure, like covalue's analyses: no I/O, clock, randomness or logging, and the
 * same findings for the same input.
 */
public interface LeakageCheck {

  /**
   * Returns the cause of leakage this check finds.
   *
   * @return the cause
   */
  ValueLeakageCause cause();

  /**
   * Finds leakage of this check's cause.
   *
   * @param model the value model
   * @param evidence what other analyses measured
   * @return the findings; may be empty, never null
   * @throws NullPointerException if an argument is null
   */
  List<Finding> check(ValueModel model, LeakageEvidence evidence);
}
