package org.covalue.testkit.laws.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.covalue.core.TypedId;
import org.covalue.testkit.Visibilities;
import org.covalue.testkit.laws.Laws;
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.Responsibility;
import org.covalue.visibility.analysis.ManagedBand;
import org.covalue.visibility.analysis.VisibilityRules;
import org.junit.jupiter.api.Test;

/**
 * Laws of the managed band: the elements nobody answers for are exactly the band's elements without
 * a responsibility, each is one finding, and adding a responsibility never adds one.
 */
class ManagedBandPropertiesTest {

  @Test
  void theUnmanagedElementsAreTheBandsElementsWithoutAResponsibility() {
    qt().withExamples(200)
        .forAll(
            Visibilities.withRelationship(
                Visibilities.models().mix(Visibilities.looseModels(), 30)))
        .checkAssert(
            pair -> {
              ManagedBand managed = ManagedBand.of(pair._1, pair._2);
              List<ElementRef> expected = new ArrayList<>();
              for (ElementRef element : managed.band().elements()) {
                Set<TypedId<?>> holders = new LinkedHashSet<>();
                for (Responsibility responsibility : pair._1.responsibilities()) {
                  if (responsibility.element().equals(element)) {
                    holders.add(responsibility.holder());
                  }
                }
                if (holders.isEmpty()) {
                  expected.add(element);
                } else {
                  assertThat(managed.holders(element)).containsExactlyElementsOf(holders);
                }
              }
              assertThat(managed.unmanaged()).isEqualTo(expected);
              assertThat(managed.hasUnmanagedElements()).isEqualTo(!expected.isEmpty());
              Laws.assertFindingContract(
                  managed,
                  VisibilityRules.all(),
                  Map.of(
                      ManagedBand.UNMANAGED_ELEMENT,
                      Laws.Shape.of(
                          ManagedBand.UNMANAGED_ELEMENT,
                          "(touchpoint journey|service-interaction journey|value-stream-activity"
                              + "|product|resource|environment-element)",
                          List.of("kind"),
                          List.of())));
              for (int i = 0; i < expected.size(); i++) {
                assertThat(managed.findings().get(i).data())
                    .containsEntry(
                        "kind",
                        expected
                            .get(i)
                            .kind()
                            .name()
                            .toLowerCase(java.util.Locale.ROOT)
                            .replace('_', '-'));
              }
            });
  }
}
