package org.covalue.testkit;

import org.covalue.core.analysis.SalienceClassifier;
import org.covalue.core.analysis.StakeholderClassifier;
import org.covalue.core.stakeholder.EngagementChange;
import org.covalue.core.stakeholder.EngagementStrategy;
import org.covalue.core.stakeholder.SalienceAttributes;
import org.covalue.core.stakeholder.SalienceClass;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderKind;
import org.covalue.core.stakeholder.StakeholderMap;
import org.covalue.testkit.internal.StakeholderGens;
import org.quicktheories.core.Gen;

/**
 * Generators of stakeholders and stakeholder maps (ITIL 4: Drive Stakeholder Value, §1.2.1, Figure
 * 1.1), with their kinds, salience attributes, engagement strategies and salience classes.
 */
public final class Stakeholders {

  /** The largest map {@link #maps()} generates. */
  public static final int DEFAULT_MAX_STAKEHOLDERS = 8;

  private Stakeholders() {}

  /**
   * Returns stakeholder kinds: the predefined kinds and custom ones, about evenly.
   *
   * @return the generator
   */
  public static Gen<StakeholderKind> kinds() {
    return StakeholderGens.kinds();
  }

  /**
   * Returns stakeholders with any id and name, a kind, an influence and an interest of either
   * rating form, sometimes salience attributes and sometimes the id of the party they are.
   *
   * @return the generator
   */
  public static Gen<Stakeholder> stakeholders() {
    return StakeholderGens.stakeholders();
  }

  /**
   * Returns salience attributes whose ratings are levels or scores.
   *
   * @return the generator
   */
  public static Gen<SalienceAttributes> salienceAttributes() {
    return StakeholderGens.salienceAttributes();
  }

  /**
   * Returns the four engagement strategies.
   *
   * @return the generator
   */
  public static Gen<EngagementStrategy> strategies() {
    return StakeholderGens.strategies();
  }

  /**
   * Returns the four changes of engagement between quadrants: none, more, less and shift.
   *
   * @return the generator
   */
  public static Gen<EngagementChange> engagementChanges() {
    return StakeholderGens.engagementChanges();
  }

  /**
   * Returns influence/interest classifiers (ITIL 4: Drive Stakeholder Value, §1.2.1): {@link
   * StakeholderClassifier#DEFAULT} about one time in five, otherwise classifiers with two drawn
   * thresholds, edges of the scale and of the level bands included.
   *
   * @return the generator
   */
  public static Gen<StakeholderClassifier> classifiers() {
    return StakeholderGens.classifiers();
  }

  /**
   * Returns salience classifiers: {@link SalienceClassifier#DEFAULT} about one time in five,
   * otherwise classifiers with a drawn threshold.
   *
   * @return the generator
   */
  public static Gen<SalienceClassifier> salienceClassifiers() {
    return StakeholderGens.salienceClassifiers();
  }

  /**
   * Returns the eight salience classes.
   *
   * @return the generator
   */
  public static Gen<SalienceClass> salienceClasses() {
    return StakeholderGens.salienceClasses();
  }

  /**
   * Returns maps of up to {@value #DEFAULT_MAX_STAKEHOLDERS} stakeholders with distinct ids,
   * sometimes dated, sometimes labelled; empty maps included.
   *
   * @return the generator
   */
  public static Gen<StakeholderMap> maps() {
    return maps(DEFAULT_MAX_STAKEHOLDERS);
  }

  /**
   * Returns maps of up to a given number of stakeholders.
   *
   * @param maxStakeholders the largest number of stakeholders; not negative
   * @return the generator
   * @throws IllegalArgumentException if the number is negative
   */
  public static Gen<StakeholderMap> maps(int maxStakeholders) {
    if (maxStakeholders < 0) {
      throw new IllegalArgumentException(
          "maxStakeholders must not be negative, but was " + maxStakeholders);
    }
    return StakeholderGens.maps(maxStakeholders);
  }

  /**
   * Returns later revisions of a map, as the map is revisited during a journey: each stakeholder
   * stays as it was, leaves, or is rated anew; up to three new stakeholders enter; the order may
   * change and the label may be replaced.
   *
   * @param map the earlier map
   * @return the generator
   */
  public static Gen<StakeholderMap> revisionsOf(StakeholderMap map) {
    return StakeholderGens.revisionsOf(map);
  }

  /**
   * Returns attempts to build stakeholders from invalid input: a blank or null name, a required
   * attribute left out, an influence or interest score outside [0, 1], or salience attributes
   * missing a rating. Each is expected to fail with a violation at the attribute's name.
   *
   * @return the generator
   */
  public static Gen<InvalidInput> invalidStakeholders() {
    return StakeholderGens.invalidStakeholders().map(InvalidInput::from);
  }

  /**
   * Returns attempts to build stakeholder maps that hold a stakeholder id twice (expected path
   * {@code stakeholders[i].id}, i the later position) or have a blank label ({@code label}).
   *
   * @return the generator
   */
  public static Gen<InvalidInput> invalidMaps() {
    return StakeholderGens.invalidMaps().map(InvalidInput::from);
  }

  /**
   * Returns attempts to make stakeholder kinds from codes that are not upper-case letters, digits
   * and underscores starting with a letter, or are longer than 64 characters. Each is expected to
   * fail with a violation at the empty path.
   *
   * @return the generator
   */
  public static Gen<InvalidInput> invalidKinds() {
    return StakeholderGens.invalidKinds().map(InvalidInput::from);
  }
}
