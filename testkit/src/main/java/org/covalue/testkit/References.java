package org.covalue.testkit;

import org.covalue.core.Confidence;
import org.covalue.core.ItilReference;
import org.covalue.testkit.internal.KernelGens;
import org.quicktheories.core.Gen;

/**
 * Generators of {@link ItilReference}s, the places in ITIL 4: Drive Stakeholder Value that covalue
 * cites, and of the {@link Confidence} levels it marks its vocabulary with.
 */
public final class References {

  private References() {}

  /**
   * Returns references to a section of one to three numbers, sometimes narrowed to a figure or a
   * table.
   *
   * @return the generator
   */
  public static Gen<ItilReference> references() {
    return KernelGens.references();
  }

  /**
   * Returns confidence levels.
   *
   * @return the generator
   */
  public static Gen<Confidence> confidences() {
    return KernelGens.confidences();
  }

  /**
   * Returns attempts to make references from texts that are not section, figure or table numbers
   * (such as {@code "1..2"} or {@code "§1"}). Each is expected to fail with a violation at {@code
   * section}, {@code figure} or {@code table}.
   *
   * @return the generator
   */
  public static Gen<InvalidInput> invalidReferences() {
    return KernelGens.invalidReferences().map(InvalidInput::from);
  }
}
