package org.covalue.visibility.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.visibility.model.VisibilityModel;
import org.covalue.visibility.sample.ServerHosting;
import org.junit.jupiter.api.Test;

/**
 * §1.2.5, Figure 1.6, for every relationship at once: the commodity hosting and the partnership of
 * the server-hosting sample, each with the band, hidden dependencies and managed band that the
 * one-relationship analyses give.
 */
class BandsOfVisibilityTest {

  private final VisibilityModel model = ServerHosting.model();

  @Test
  void eachRelationshipGetsItsOwnBandInTheModelsOrder() {
    BandsOfVisibility all = BandsOfVisibility.of(model);
    assertThat(all.bands())
        .extracting(band -> band.relationship().id())
        .containsExactly(ServerHosting.COMMODITY, ServerHosting.PARTNERSHIP);
    for (int i = 0; i < 2; i++) {
      ServiceRelationship relationship = model.journey().core().relationships().get(i);
      assertThat(all.bands().get(i)).isEqualTo(BandOfVisibility.of(model, relationship));
      assertThat(all.hiddenDependencies().get(i))
          .isEqualTo(HiddenDependencies.of(model, relationship));
      assertThat(all.managedBands().get(i)).isEqualTo(ManagedBand.of(model, relationship));
      // One band per relationship, shared by its hidden dependencies and its managed band.
      assertThat(all.hiddenDependencies().get(i).band()).isSameAs(all.bands().get(i));
      assertThat(all.managedBands().get(i).band()).isSameAs(all.bands().get(i));
    }
    // The partnership sees more of the provider than the commodity relationship does.
    assertThat(all.bands().get(1).elements().size())
        .isGreaterThan(all.bands().get(0).elements().size());
    assertThat(all).hasToString("BandsOfVisibility{relationships=2}");
  }

  @Test
  void aModelWithoutRelationshipsHasNoBands() {
    VisibilityModel none =
        model.withJourney(
            model
                .journey()
                .withCore(model.journey().core().withRelationships(java.util.List.of())));
    BandsOfVisibility all = BandsOfVisibility.of(none);
    assertThat(all.bands()).isEmpty();
    assertThat(all.hiddenDependencies()).isEmpty();
    assertThat(all.managedBands()).isEmpty();
  }
}
