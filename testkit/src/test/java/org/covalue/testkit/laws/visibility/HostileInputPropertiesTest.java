package org.covalue.testkit.laws.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.covalue.core.InvalidModelException;
import org.covalue.core.PartyId;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.Score;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.TypedId;
import org.covalue.core.Violation;
import org.covalue.core.offering.Product;
import org.covalue.visibility.Dependency;
import org.covalue.visibility.EnvironmentElement;
import org.covalue.visibility.EnvironmentElementId;
import org.covalue.visibility.LineOfVisibility;
import org.covalue.visibility.Practice;
import org.covalue.visibility.PracticeId;
import org.covalue.visibility.ServiceActionDependency;
import org.covalue.visibility.analysis.BandOfVisibility;
import org.covalue.visibility.analysis.BandWidthCheck;
import org.covalue.visibility.analysis.HiddenDependencies;
import org.covalue.visibility.analysis.ManagedBand;
import org.covalue.visibility.analysis.ProductVisibility;
import org.covalue.visibility.model.VisibilityModel;
import org.covalue.visibility.sample.ServerHosting;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Hostile input for visibility (issue 8): long text in every pattern-checked field and invisible or
 * control text in every text field are refused with InvalidModelException, with a message of
 * bounded size that names the field; thresholds out of order are refused; and the band analyses of
 * a model with tens of thousands of elements in one long dependency chain complete, without
 * recursion, and print briefly.
 */
class HostileInputPropertiesTest {

  /** Longest message any refusal here may have. */
  private static final int MAX_MESSAGE = 3_000;

  /** Longest text any analysis result may print. */
  private static final int MAX_TO_STRING = 1_000;

  private static final PartyId CLOUD = ServerHosting.CLOUD;

  /** The bank's data centre, in the band of the partnership: the chain of rooms starts there. */
  private static final EnvironmentElementId BANK_DATA_CENTRE =
      EnvironmentElementId.of("bank-data-centre");

  /** A text of the given length made of characters every id pattern accepts. */
  private static String longText(int length, int seed) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append((char) ('a' + (i * 11 + seed) % 26));
    }
    return text.toString();
  }

  /** Every pattern-checked field of visibility: the ids of its own types. */
  private static Map<String, Function<String, Object>> patternChecked() {
    Map<String, Function<String, Object>> fields = new LinkedHashMap<>();
    fields.put("EnvironmentElementId", EnvironmentElementId::of);
    fields.put("PracticeId", PracticeId::of);
    return fields;
  }

  @Test
  void longTextInEveryPatternCheckedFieldIsRefusedWithAShortMessage() {
    Map<String, Function<String, Object>> fields = patternChecked();
    qt().withExamples(40)
        .forAll(integers().between(130, 200_000), integers().between(0, 25))
        .checkAssert(
            (length, seed) -> {
              String text = longText(length, seed);
              fields.forEach(
                  (field, factory) ->
                      assertThatThrownBy(() -> factory.apply(text))
                          .as(field)
                          .isInstanceOfSatisfying(
                              InvalidModelException.class,
                              e -> assertThat(e.getMessage()).hasSizeLessThan(MAX_MESSAGE)));
            });
  }

  /**
   * Every text field of visibility's value types, keyed by "Type attribute": the attribute is the
   * path its violation must name.
   */
  private static Map<String, Function<String, Object>> textFields() {
    Map<String, Function<String, Object>> fields = new LinkedHashMap<>();
    fields.put(
        "EnvironmentElement name",
        text -> EnvironmentElement.of(EnvironmentElementId.of("floor"), text));
    fields.put(
        "EnvironmentElement description",
        text ->
            EnvironmentElement.builder()
                .id(EnvironmentElementId.of("floor"))
                .name("Floor")
                .description(text)
                .build());
    fields.put("Practice name", text -> Practice.of(PracticeId.of("desk"), text, CLOUD));
    fields.put("LineOfVisibility targetConsumerGroup", text -> LineOfVisibility.of(CLOUD, text));
    fields.put(
        "ServiceActionDependency action",
        text ->
            ServiceActionDependency.of(
                ServiceOfferingId.of("o"), text, ResourceId.of("directory")));
    return fields;
  }

  /** Texts no field accepts: invisible only, control characters, a broken surrogate. */
  private static Gen<String> unreadable() {
    List<String> texts =
        List.of(
            "\u200B",
            "\u2060\u200D",
            "\u3000",
            "\u0000",
            "Desk\u0007",
            "a\u001Bb",
            "x\uD800",
            "\uDC00",
            "\u200B".repeat(50_000));
    return integers().between(0, texts.size() - 1).map(texts::get);
  }

  @Test
  void invisibleAndControlTextInEveryTextFieldIsRefusedNamingTheField() {
    Map<String, Function<String, Object>> fields = textFields();
    qt().forAll(unreadable())
        .checkAssert(
            text ->
                fields.forEach(
                    (field, factory) -> {
                      String attribute = field.substring(field.indexOf(' ') + 1);
                      assertThatThrownBy(() -> factory.apply(text))
                          .as("%s with %s", field, text.codePoints().limit(5).boxed().toList())
                          .isInstanceOfSatisfying(
                              InvalidModelException.class,
                              e -> {
                                assertThat(e.violations())
                                    .extracting(Violation::path)
                                    .contains(attribute);
                                assertThat(e.getMessage()).hasSizeLessThan(MAX_MESSAGE);
                              });
                    }));
  }

  @Test
  void thresholdsOutOfOrderAreRefusedNamingTheThreshold() {
    qt().forAll(integers().between(0, 1_000), integers().between(0, 1_000))
        .checkAssert(
            (a, b) -> {
              Score moderate = Score.of(Math.max(a, b) / 1_000.0);
              Score wide = Score.of(Math.min(a, b) / 1_000.0);
              assertThatThrownBy(() -> BandWidthCheck.of(moderate, wide))
                  .isInstanceOfSatisfying(
                      InvalidModelException.class,
                      e ->
                          assertThat(e.violations())
                              .extracting(Violation::path)
                              .containsExactly("wideFrom"));
            });
  }

  /**
   * The server-hosting sample with a chain of environment elements of the bank behind its data
   * centre, each depending on the next, the even ones shown by the bank's line; and a chain of
   * products of the provider below the virtual server, each a component of the one before.
   */
  private static VisibilityModel longChains(int size) {
    VisibilityModel base = ServerHosting.model();
    List<EnvironmentElement> elements = new ArrayList<>(base.environmentElements());
    List<Dependency> dependencies = new ArrayList<>(base.dependencies());
    List<TypedId<?>> shown = new ArrayList<>();
    EnvironmentElementId previous = BANK_DATA_CENTRE;
    for (int i = 0; i < size; i++) {
      EnvironmentElementId id = EnvironmentElementId.of("room-" + i);
      elements.add(
          EnvironmentElement.builder().id(id).name("Room " + i).owner(ServerHosting.BANK).build());
      dependencies.add(Dependency.of(previous, id));
      if (i % 2 == 0) {
        shown.add(id);
      }
      previous = id;
    }
    List<LineOfVisibility> lines = new ArrayList<>();
    for (LineOfVisibility line : base.lines()) {
      lines.add(line.party().equals(ServerHosting.BANK) ? line.withShown(join(line, shown)) : line);
    }
    List<Product> products = new ArrayList<>(base.journey().core().products());
    for (int i = 0; i < size; i++) {
      Product.Builder product =
          Product.builder()
              .id(ProductId.of("part-" + i))
              .name("Part " + i)
              .provider(CLOUD)
              .addResource(ServerHosting.CONSOLE);
      if (i + 1 < size) {
        product.addComponent(ProductId.of("part-" + (i + 1)));
      }
      products.add(product.build());
    }
    return base.withJourney(base.journey().withCore(base.journey().core().withProducts(products)))
        .withEnvironmentElements(elements)
        .withDependencies(dependencies)
        .withLines(lines);
  }

  private static List<TypedId<?>> join(LineOfVisibility line, List<TypedId<?>> more) {
    List<TypedId<?>> all = new ArrayList<>(line.shown());
    all.addAll(more);
    return all;
  }

  @Test
  void bandAnalysesOfTensOfThousandsOfChainedElementsCompleteAndPrintBriefly() {
    qt().withExamples(3)
        .forAll(integers().between(10_000, 30_000))
        .checkAssert(
            size -> {
              VisibilityModel model = longChains(size);
              BandOfVisibility band = BandOfVisibility.of(model, ServerHosting.partnership());
              assertThat(band.outside().size()).isGreaterThanOrEqualTo(size / 2);
              assertThat(band.elements().size()).isGreaterThanOrEqualTo(size / 2);
              assertThat(band.toString()).hasSizeLessThan(MAX_TO_STRING);
              assertThat(band.width().toString()).hasSizeLessThan(MAX_TO_STRING);

              HiddenDependencies hidden = HiddenDependencies.of(model, ServerHosting.partnership());
              assertThat(hidden.dependencies().size()).isGreaterThanOrEqualTo(size / 2);
              assertThat(hidden.findings()).hasSameSizeAs(hidden.dependencies());
              assertThat(hidden.findings().get(hidden.findings().size() - 1).message())
                  .hasSizeLessThan(MAX_TO_STRING);
              assertThat(hidden.toString()).hasSizeLessThan(MAX_TO_STRING);

              ManagedBand managed = ManagedBand.of(model, ServerHosting.partnership());
              assertThat(managed.unmanaged().size()).isGreaterThanOrEqualTo(size / 2);
              assertThat(managed.toString()).hasSizeLessThan(MAX_TO_STRING);

              ProductVisibility product =
                  ProductVisibility.of(
                      model, ProductId.of("part-0"), ServerHosting.STRATEGIC_PARTNERS);
              assertThat(product.visible().size() + product.hidden().size()).isEqualTo(size + 1);
              assertThat(product.toString()).hasSizeLessThan(MAX_TO_STRING);

              assertThat(BandWidthCheck.DEFAULT.check(band).toString())
                  .hasSizeLessThan(MAX_TO_STRING);
            });
  }
}
