package org.covalue.visibility.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.visibility.Dependency;
import org.covalue.visibility.ElementRef;
import org.covalue.visibility.Scenario;
import org.covalue.visibility.model.VisibilityModel;
import org.junit.jupiter.api.Test;

/** The index gives each dependency of a node once, in the model's order, few or many. */
class VisibilityIndexTest {

  private static List<String> resources(int from, int to) {
    List<String> ids = new ArrayList<>();
    for (int i = from; i < to; i++) {
      ids.add("r" + i);
    }
    return ids;
  }

  private static List<Object> refs(List<String> resources) {
    List<Object> refs = new ArrayList<>();
    resources.forEach(id -> refs.add(ElementRef.of(ResourceId.of(id))));
    return refs;
  }

  @Test
  void aNodeGetsEachDependencyOnceWhetherItHasFewOrMany() {
    Scenario scenario = new Scenario();
    resources(0, 13).forEach(id -> scenario.resource(id, Scenario.PROVIDER));
    scenario
        .product("few", Scenario.PROVIDER, resources(0, 5), List.of())
        .product("many", Scenario.PROVIDER, resources(0, 10), List.of());
    ElementRef few = ElementRef.of(ProductId.of("few"));
    ElementRef many = ElementRef.of(ProductId.of("many"));
    VisibilityModel model =
        scenario
            .visibility(
                builder ->
                    builder.addDependencies(
                        Dependency.of(few, ResourceId.of("r1")),
                        Dependency.of(few, ResourceId.of("r12")),
                        Dependency.of(few, ResourceId.of("r12")),
                        Dependency.of(many, ResourceId.of("r3")),
                        Dependency.of(many, ResourceId.of("r12")),
                        Dependency.of(many, ResourceId.of("r9")),
                        Dependency.of(many, ResourceId.of("r11"))))
            .model();
    VisibilityIndex index = VisibilityIndex.of(model);

    List<String> fewExpected = new ArrayList<>(resources(0, 5));
    fewExpected.add("r12");
    assertThat(index.edges(few))
        .extracting(Edge::target)
        .containsExactlyElementsOf(refs(fewExpected));
    List<String> manyExpected = new ArrayList<>(resources(0, 10));
    manyExpected.add("r12");
    manyExpected.add("r11");
    assertThat(index.edges(many))
        .extracting(Edge::target)
        .containsExactlyElementsOf(refs(manyExpected));
    assertThat(index.edges(ElementRef.of(ResourceId.of("r0")))).isEmpty();
  }

  @Test
  void aMapIsSizedToHoldItsEntriesWithoutGrowing() {
    assertThat(VisibilityIndex.capacityFor(0)).isEqualTo(1);
    assertThat(VisibilityIndex.capacityFor(3)).isEqualTo(5);
    assertThat(VisibilityIndex.capacityFor(12)).isEqualTo(17);
    assertThat(VisibilityIndex.capacityFor(Integer.MAX_VALUE)).isEqualTo(1 << 30);
  }
}
