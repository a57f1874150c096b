package org.covalue.testkit.laws.core;

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
import org.covalue.core.ItilReference;
import org.covalue.core.Level;
import org.covalue.core.PartyId;
import org.covalue.core.ProductId;
import org.covalue.core.ResourceId;
import org.covalue.core.Rule;
import org.covalue.core.ServiceId;
import org.covalue.core.ServiceOfferingId;
import org.covalue.core.ServiceRelationshipId;
import org.covalue.core.Severity;
import org.covalue.core.StakeholderId;
import org.covalue.core.Violation;
import org.covalue.core.analysis.CoreModelValidator;
import org.covalue.core.model.CoreModel;
import org.covalue.core.offering.Goods;
import org.covalue.core.offering.Product;
import org.covalue.core.offering.Resource;
import org.covalue.core.offering.ResourceAccess;
import org.covalue.core.offering.Service;
import org.covalue.core.offering.ServiceAction;
import org.covalue.core.offering.ServiceActionPerformer;
import org.covalue.core.offering.ServiceOffering;
import org.covalue.core.party.Party;
import org.covalue.core.relationship.ServiceRelationship;
import org.covalue.core.relationship.ServiceRelationshipType;
import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.core.stakeholder.StakeholderKind;
import org.covalue.core.stakeholder.StakeholderMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Hostile input (issue 8): long text in every pattern-checked field, invisible and control text in
 * every text field, and duplicated large models are refused with InvalidModelException, in bounded
 * time, with a message of bounded size that names the field.
 */
class HostileInputPropertiesTest {

  /** Longest message any refusal here may have. */
  private static final int MAX_MESSAGE = 3_000;

  /** A text of the given length made of characters every id pattern accepts. */
  private static String longText(int length, int seed) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append((char) ('a' + (i * 7 + seed) % 26));
    }
    return text.toString();
  }

  private static final Map<String, Function<String, Object>> PATTERN_CHECKED = patternChecked();

  private static Map<String, Function<String, Object>> patternChecked() {
    Map<String, Function<String, Object>> fields = new LinkedHashMap<>();
    fields.put("StakeholderId", StakeholderId::of);
    fields.put("PartyId", PartyId::of);
    fields.put("ServiceRelationshipId", ServiceRelationshipId::of);
    fields.put("ResourceId", ResourceId::of);
    fields.put("ProductId", ProductId::of);
    fields.put("ServiceId", ServiceId::of);
    fields.put("ServiceOfferingId", ServiceOfferingId::of);
    fields.put(
        "StakeholderKind", text -> StakeholderKind.of(text.toUpperCase(java.util.Locale.ROOT)));
    fields.put("Rule id", text -> Rule.of(text, Severity.INFO, ItilReference.section("1"), "d"));
    fields.put(
        "Rule id with dots",
        text -> Rule.of(text.replace('e', '.'), Severity.INFO, ItilReference.section("1"), "d"));
    fields.put(
        "ItilReference section", text -> ItilReference.section(text.replaceAll("[a-z]", "1.")));
    fields.put(
        "ItilReference figure",
        text -> ItilReference.section("1").figure(text.replaceAll("[a-z]", "2")));
    fields.put(
        "ItilReference table",
        text -> ItilReference.section("1").table(text.replaceAll("[a-z]", "3.")));
    return fields;
  }

  @Test
  void longTextInEveryPatternCheckedFieldIsRefusedWithAShortMessage() {
    qt().withExamples(40)
        .forAll(integers().between(130, 200_000), integers().between(0, 25))
        .checkAssert(
            (length, seed) -> {
              String text = longText(length, seed);
              PATTERN_CHECKED.forEach(
                  (field, factory) ->
                      assertThatThrownBy(() -> factory.apply(text))
                          .as(field)
                          .isInstanceOfSatisfying(
                              InvalidModelException.class,
                              e -> assertThat(e.getMessage()).hasSizeLessThan(MAX_MESSAGE)));
            });
  }

  /** Every text field of core, each given a text and naming its path when it refuses one. */
  private static final Map<String, Function<String, Object>> TEXT_FIELDS = textFields();

  private static Map<String, Function<String, Object>> textFields() {
    Map<String, Function<String, Object>> fields = new LinkedHashMap<>();
    fields.put("name", text -> Party.organization(PartyId.of("p"), text));
    fields.put(
        "name ",
        text ->
            Stakeholder.builder()
                .id(StakeholderId.of("s"))
                .name(text)
                .kind(StakeholderKind.OWNER)
                .influence(Level.LOW)
                .interest(Level.LOW)
                .build());
    fields.put("label", text -> StakeholderMap.builder().label(text).build());
    fields.put("name  ", text -> Resource.of(ResourceId.of("r"), text));
    fields.put(
        "name   ",
        text ->
            Product.builder()
                .id(ProductId.of("p"))
                .name(text)
                .provider(PartyId.of("p"))
                .addResource(ResourceId.of("r"))
                .build());
    fields.put(
        "description",
        text -> Service.builder().id(ServiceId.of("s")).name("S").description(text).build());
    fields.put("name    ", text -> Goods.of(text));
    fields.put("name     ", text -> ResourceAccess.of(text, ResourceId.of("r")));
    fields.put("name      ", text -> ServiceAction.of(text, ServiceActionPerformer.JOINT));
    fields.put(
        "targetConsumerGroup",
        text ->
            ServiceOffering.builder()
                .id(ServiceOfferingId.of("o"))
                .name("Offering")
                .provider(PartyId.of("p"))
                .targetConsumerGroup(text)
                .addService(ServiceId.of("s"))
                .addGoods(Goods.of("Laptop"))
                .build());
    fields.put("descriptors.k", text -> relationship().putDescriptor("k", text).build());
    fields.put("description ", text -> relationship().description(text).build());
    return fields;
  }

  private static ServiceRelationship.Builder relationship() {
    return ServiceRelationship.builder()
        .id(ServiceRelationshipId.of("r"))
        .provider(PartyId.of("a"))
        .consumer(PartyId.of("b"))
        .type(ServiceRelationshipType.BASIC);
  }

  /** Texts no field accepts: invisible, control characters, broken surrogates. */
  private static Gen<String> unreadable() {
    List<String> texts =
        List.of(
            "\u200B",
            "\u200B\u200C\uFEFF",
            " \u00A0 ",
            "\u0000",
            "Acme\u0007",
            "a\u001Bb",
            "x\uD800",
            "\uDC00y",
            "\u0085");
    return integers().between(0, texts.size() - 1).map(texts::get);
  }

  @Test
  void invisibleAndControlTextInEveryTextFieldIsRefusedNamingTheField() {
    qt().forAll(unreadable())
        .checkAssert(
            text ->
                TEXT_FIELDS.forEach(
                    (path, factory) ->
                        assertThatThrownBy(() -> factory.apply(text))
                            .as("%s with %s", path.strip(), text.codePoints().boxed().toList())
                            .isInstanceOfSatisfying(
                                InvalidModelException.class,
                                e ->
                                    assertThat(e.violations())
                                        .extracting(Violation::path)
                                        .contains(path.strip()))));
  }

  @Test
  void aLargeModelWithEveryIdTwiceIsRefusedWithABoundedMessage() {
    qt().withExamples(5)
        .forAll(integers().between(1_000, 20_000))
        .checkAssert(
            size -> {
              List<Party> parties = new ArrayList<>(2 * size);
              for (int i = 0; i < size; i++) {
                Party party = Party.organization(PartyId.of("p" + i), "Party " + i);
                parties.add(party);
                parties.add(party);
              }
              CoreModel model = CoreModel.builder().parties(parties).build();
              List<Violation> violations = CoreModelValidator.validate(model);
              assertThat(violations).hasSize(size);
              assertThatThrownBy(() -> CoreModelValidator.requireValid(model))
                  .isInstanceOfSatisfying(
                      InvalidModelException.class,
                      e -> {
                        assertThat(e.violations()).hasSize(size);
                        assertThat(e.getMessage()).hasSizeLessThan(MAX_MESSAGE).endsWith(" more");
                      });
            });
  }
}
