package org.covalue.core.stylesample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.lang.reflect.Modifier;
import java.util.List;
import org.covalue.core.InvalidModelException;
import org.covalue.core.Violation;
import org.junit.jupiter.api.Test;

class CovalueStyleTest {

  private final StyledSample sample =
      StyledSample.builder().name("a").rank(2).addTag("x").note("n").build();

  @Test
  void generatedClassIsPackagePrivateAndBuildReturnsTheAbstractType() throws Exception {
    Class<?> generated = Class.forName("org.covalue.core.stylesample.ImmutableStyledSample");
    assertThat(Modifier.isPublic(generated.getModifiers())).isFalse();
    assertThat(StyledSample.Builder.class.getMethod("build").getReturnType())
        .isEqualTo(StyledSample.class);
  }

  @Test
  void missingMandatoryAttributesYieldOneViolationEach() {
    assertThatThrownBy(() -> StyledSample.builder().build())
        .asInstanceOf(type(InvalidModelException.class))
        .extracting(InvalidModelException::violations)
        .isEqualTo(
            List.of(
                Violation.of("name", "StyledSample name must be set"),
                Violation.of("rank", "StyledSample rank must be set")));
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose: the builder must refuse it
  void nullAttributeYieldsAViolationNamingIt() {
    assertThatThrownBy(() -> StyledSample.builder().name(null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("name: StyledSample name must not be null");
  }

  @Test
  void depluralizedAdderAndCopyMethodKeepOtherAttributes() {
    StyledSample copy = sample.withRank(5);
    assertThat(copy.rank()).isEqualTo(5);
    assertThat(copy.name()).isEqualTo("a");
    assertThat(copy.tags()).containsExactly("x");
    assertThat(copy.note()).contains("n");
  }

  @Test
  void builderFromCopiesEveryAttribute() {
    assertThat(StyledSample.builder().from(sample).build()).isEqualTo(sample);
  }
}
