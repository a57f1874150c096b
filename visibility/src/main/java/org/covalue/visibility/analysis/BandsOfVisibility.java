package org.covalue.visibility.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.visibility.internal.VisibilityIndex;
import org.covalue.visibility.model.VisibilityModel;
import org.immutables.value.Value;

/**
 * The band of visibility of every service relationship of a model, with its hidden dependencies and
 * who answers for its elements (ITIL 4: Drive Stakeholder Value, §1.2.5, Figure 1.6).
 *
 * <pre>{@code
 * BandsOfVisibility all = BandsOfVisibility.of(model);
 * for (BandOfVisibility band : all.bands()) {
 *   BandWidthCheck.DEFAULT.check(band);
 * }
 * all.hiddenDependencies().get(0).findings();
 * }</pre>
 *
 * <p>Each list holds one entry per relationship of the model's core, in the core's order, equal to
 * what {@link BandOfVisibility#of}, {@link HiddenDependencies#of} and {@link ManagedBand#of} give
 * for that relationship. Those three index the whole model on every call, so a tool that asks them
 * for each of a model's relationships spends time proportional to the relationships times the
 * model's size; this analysis indexes the model once and works out each band once, and takes time
 * linear in the model's size plus the sizes of the bands. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class BandsOfVisibility {

  BandsOfVisibility() {}

  /**
   * Works out the band of every relationship of a model's core, its hidden dependencies and who
   * answers for it.
   *
   * @param model the model
   * @return the bands, in the order of the core's relationships
   * @throws NullPointerException if the model is null
   */
  public static BandsOfVisibility of(VisibilityModel model) {
    VisibilityIndex index = VisibilityIndex.of(Objects.requireNonNull(model, "model"));
    List<ServiceRelationship> relationships = model.journey().core().relationships();
    List<BandOfVisibility> bands = new ArrayList<>(relationships.size());
    List<HiddenDependencies> hidden = new ArrayList<>(relationships.size());
    List<ManagedBand> managed = new ArrayList<>(relationships.size());
    for (ServiceRelationship relationship : relationships) {
      BandComputation computation = BandComputation.of(index, relationship);
      BandOfVisibility band = computation.toBand();
      bands.add(band);
      hidden.add(HiddenDependencies.of(computation, band));
      managed.add(ManagedBand.of(computation, band));
    }
    return ImmutableBandsOfVisibility.builder()
        .bands(bands)
        .hiddenDependencies(hidden)
        .managedBands(managed)
        .build();
  }

  /**
   * Returns the band of each relationship.
   *
   * @return the bands, in the order of the core's relationships
   */
  public abstract List<BandOfVisibility> bands();

  /**
   * Returns the hidden dependencies of each relationship's band.
   *
   * @return one entry per relationship, in the order of the core's relationships
   */
  public abstract List<HiddenDependencies> hiddenDependencies();

  /**
   * Returns who answers for the elements of each relationship's band.
   *
   * @return one entry per relationship, in the order of the core's relationships
   */
  public abstract List<ManagedBand> managedBands();

  /** Returns the number of relationships. */
  @Override
  public String toString() {
    return "BandsOfVisibility{relationships=" + bands().size() + "}";
  }
}
