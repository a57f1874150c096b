package org.covalue.testkit.laws.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.covalue.testkit.Visibilities;
import org.covalue.testkit.laws.Laws;
import org.covalue.visibility.ElementKind;
import org.covalue.visibility.LineOfVisibility;
import org.covalue.visibility.model.VisibilityModel;
import org.junit.jupiter.api.Test;

/**
 * Laws of the visibility values: invalid input is always refused with covalue's exception at its
 * path, a line places an element on one side only however it is moved, and the builders of the
 * style copy a whole model.
 */
class VisibilityValuesPropertiesTest {

  @Test
  void invalidInputIsAlwaysRefusedAtItsPath() {
    qt().withExamples(300).forAll(Visibilities.invalidValues()).checkAssert(Laws::assertRejected);
  }

  @Test
  void showingAndHidingKeepAnElementOnOneSideOfTheLine() {
    qt().withExamples(300)
        .forAll(Visibilities.lines(), Visibilities.elementRefs())
        .checkAssert(
            (line, element) -> {
              if (!element.kind().isPlaceable()) {
                return;
              }
              LineOfVisibility shown = line.show(element.id());
              LineOfVisibility hidden = line.hide(element.id());
              assertThat(shown.isShown(element.id())).isTrue();
              assertThat(shown.isHidden(element.id())).isFalse();
              assertThat(hidden.isHidden(element.id())).isTrue();
              assertThat(hidden.isShown(element.id())).isFalse();
              assertThat(shown.hide(element.id()).hidden()).contains(element.id());
              assertThat(shown.party()).isEqualTo(line.party());
              assertThat(shown.targetConsumerGroup()).isEqualTo(line.targetConsumerGroup());
            });
  }

  @Test
  void elementRefsKnowTheirKindAndJourney() {
    qt().forAll(Visibilities.elementRefs())
        .checkAssert(
            ref -> {
              assertThat(ElementKind.of(ref.id())).contains(ref.kind());
              assertThat(ref.journey().isPresent()).isEqualTo(!ref.kind().isPlaceable());
              assertThat(ref.describe()).startsWith(ref.id().describe());
            });
  }

  @Test
  void theBuilderCopiesAWholeModel() {
    qt().withExamples(50)
        .forAll(Visibilities.models().mix(Visibilities.looseModels(), 50))
        .checkAssert(
            model -> assertThat(VisibilityModel.builder().from(model).build()).isEqualTo(model));
  }
}
