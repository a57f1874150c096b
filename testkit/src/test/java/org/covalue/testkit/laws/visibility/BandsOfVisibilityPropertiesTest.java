package org.covalue.testkit.laws.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.testkit.Visibilities;
import org.covalue.visibility.analysis.BandOfVisibility;
import org.covalue.visibility.analysis.BandsOfVisibility;
import org.covalue.visibility.analysis.HiddenDependencies;
import org.covalue.visibility.analysis.ManagedBand;
import org.junit.jupiter.api.Test;

/**
 * The law of the bands of every relationship: each entry equals what the one-relationship analyses
 * give for that relationship, in the order of the model's relationships, for consistent and loose
 * models alike.
 */
class BandsOfVisibilityPropertiesTest {

  @Test
  void everyEntryIsWhatTheOneRelationshipAnalysesGive() {
    qt().withExamples(200)
        .forAll(Visibilities.models().mix(Visibilities.looseModels(), 30))
        .checkAssert(
            model -> {
              BandsOfVisibility all = BandsOfVisibility.of(model);
              List<ServiceRelationship> relationships = model.journey().core().relationships();
              assertThat(all.bands()).hasSize(relationships.size());
              assertThat(all.hiddenDependencies()).hasSize(relationships.size());
              assertThat(all.managedBands()).hasSize(relationships.size());
              for (int i = 0; i < relationships.size(); i++) {
                ServiceRelationship relationship = relationships.get(i);
                assertThat(all.bands().get(i)).isEqualTo(BandOfVisibility.of(model, relationship));
                assertThat(all.hiddenDependencies().get(i))
                    .isEqualTo(HiddenDependencies.of(model, relationship));
                assertThat(all.managedBands().get(i))
                    .isEqualTo(ManagedBand.of(model, relationship));
              }
              assertThat(all)
                  .hasToString("BandsOfVisibility{relationships=" + relationships.size() + "}");
            });
  }
}
