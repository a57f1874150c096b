package org.covalue.core.analysis;

import java.util.List;
import java.util.Map;
import org.covalue.core.Score;
import org.covalue.core.StakeholderId;
import org.covalue.core.stakeholder.SalienceClass;
import org.covalue.core.stakeholder.Stakeholder;
import org.immutables.value.Value;

/**
 * The salience classes of the stakeholders of a map, with the stakeholders whose salience was not
 * assessed. See {@link SalienceClassifier}. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class SalienceClassification {

  SalienceClassification() {}

  static SalienceClassification of(
      Score threshold, List<Entry> entries, List<StakeholderId> notAssessed) {
    return ImmutableSalienceClassification.of(threshold, entries, notAssessed);
  }

  /**
   * Returns the threshold that was used.
   *
   * @return the lowest rating score at which a stakeholder has an attribute
   */
  @Value.Parameter
  public abstract Score threshold();

  /**
   * Returns the class of each assessed stakeholder.
   *
   * @return the entries, in the map's order
   */
  @Value.Parameter
  public abstract List<Entry> entries();

  /**
   * Returns the stakeholders without salience attributes.
   *
   * @return their ids, in the map's order
   */
  @Value.Parameter
  public abstract List<StakeholderId> notAssessed();

  /**
   * Returns the assessed stakeholders grouped by class, with every class present.
   *
   * @return an unmodifiable map from class to stakeholders, in the order of {@link SalienceClass}
   *     (non-stakeholder first, definitive last); a class nobody is in has an empty list
   */
  @Value.Lazy
  public Map<SalienceClass, List<Stakeholder>> byClass() {
    return EnumGroups.group(
        SalienceClass.class, entries(), Entry::salienceClass, Entry::stakeholder);
  }

  /** One assessed stakeholder and its class. Instances are immutable and thread-safe. */
  @Value.Immutable
  public abstract static class Entry {

    Entry() {}

    static Entry of(Stakeholder stakeholder, SalienceClass salienceClass) {
      return ImmutableEntry.of(stakeholder, salienceClass);
    }

    /**
     * Returns the stakeholder.
     *
     * @return the stakeholder, as it was on the map
     */
    @Value.Parameter
    public abstract Stakeholder stakeholder();

    /**
     * Returns the stakeholder's class.
     *
     * @return the class
     */
    @Value.Parameter
    public abstract SalienceClass salienceClass();
  }

  /** Returns the threshold and how many stakeholders are in each class. */
  @Override
  public String toString() {
    Map<SalienceClass, Integer> counts = new java.util.EnumMap<>(SalienceClass.class);
    byClass().forEach((salience, stakeholders) -> counts.put(salience, stakeholders.size()));
    return "SalienceClassification{threshold="
        + threshold()
        + ", byClass="
        + counts
        + ", notAssessed="
        + notAssessed().size()
        + "}";
  }
}
