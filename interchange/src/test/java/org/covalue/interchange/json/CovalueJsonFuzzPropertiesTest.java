package org.covalue.interchange.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.covalue.core.InvalidModelException;
import org.covalue.testkit.Values;
import org.covalue.testkit.Visibilities;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random and mutated documents only ever give a model or the reader's documented exception, {@link
 * InvalidModelException}: never a {@link NullPointerException}, a {@link ClassCastException}, a
 * {@link StackOverflowError} or any other.
 */
class CovalueJsonFuzzPropertiesTest {

  static final int EXAMPLES = 400 * Math.max(1, Integer.getInteger("covalue.fuzz.scale", 1));

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String ALPHABET =
      "{}[]\":,0123456789.-+eE \\tnulrfasxyz\u00e9\u2028\n\u0000";

  /** A written document of a generated model and a seed for its mutation. */
  private static Gen<String> documents() {
    Gen<CovalueDocument> models =
        Visibilities.models()
            .map(model -> CovalueDocument.of(model))
            .mix(Values.models().map(model -> CovalueDocument.of(model)));
    return models.map(document -> CovalueJson.DEFAULT.withIndent(false).write(document));
  }

  /** Reads a text, passing only if it gives a model or the documented exception. */
  private static void readsOrRefuses(String text) {
    for (CovalueJson json :
        List.of(CovalueJson.DEFAULT, CovalueJson.DEFAULT.withValidation(false))) {
      try {
        json.read(text);
      } catch (InvalidModelException expected) {
        assertThat(expected.violations()).isNotEmpty();
        assertThat(expected.getMessage()).isNotBlank();
      }
    }
  }

  private static void readsOrRefuses(byte[] bytes) {
    try {
      CovalueJson.DEFAULT.read(new ByteArrayInputStream(bytes));
    } catch (InvalidModelException expected) {
      assertThat(expected.violations()).isNotEmpty();
    }
  }

  @Test
  void mutatedTextIsReadOrRefused() {
    qt().withExamples(EXAMPLES)
        .forAll(documents(), SourceDSL.longs().all())
        .checkAssert(
            (text, seed) -> {
              Random random = new Random(seed);
              StringBuilder mutated = new StringBuilder(text);
              int edits = 1 + random.nextInt(4);
              for (int i = 0; i < edits && mutated.length() > 0; i++) {
                int at = random.nextInt(mutated.length());
                char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                switch (random.nextInt(4)) {
                  case 0 -> mutated.setLength(at);
                  case 1 -> mutated.setCharAt(at, c);
                  case 2 -> mutated.insert(at, c);
                  default -> mutated.deleteCharAt(at);
                }
              }
              readsOrRefuses(mutated.toString());
              readsOrRefuses(mutated.toString().getBytes(StandardCharsets.UTF_8));
            });
  }

  @Test
  void mutatedTreesAreReadOrRefused() {
    qt().withExamples(EXAMPLES)
        .forAll(documents(), SourceDSL.longs().all())
        .checkAssert(
            (text, seed) -> {
              Random random = new Random(seed);
              JsonNode root = MAPPER.readTree(text);
              int edits = 1 + random.nextInt(3);
              for (int i = 0; i < edits; i++) {
                mutate(root, random);
              }
              readsOrRefuses(MAPPER.writeValueAsString(root));
            });
  }

  @Test
  void randomTextAndBytesAreRefused() {
    qt().withExamples(EXAMPLES)
        .forAll(SourceDSL.longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              StringBuilder text = new StringBuilder();
              int length = random.nextInt(300);
              for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
              }
              readsOrRefuses(text.toString());
              byte[] bytes = new byte[random.nextInt(300)];
              random.nextBytes(bytes);
              readsOrRefuses(bytes);
            });
  }

  /** Changes one randomly chosen object or array somewhere in the tree. */
  private static void mutate(JsonNode root, Random random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode target = containers.get(random.nextInt(containers.size()));
    if (target instanceof ObjectNode object) {
      List<String> names = new ArrayList<>(object.propertyNames());
      int choice = random.nextInt(4);
      if (names.isEmpty() || choice == 0) {
        object.set("unknown" + random.nextInt(3), value(random));
      } else if (choice == 1) {
        object.remove(names.get(random.nextInt(names.size())));
      } else {
        object.set(names.get(random.nextInt(names.size())), value(random));
      }
    } else if (target instanceof ArrayNode array) {
      if (array.isEmpty() || random.nextBoolean()) {
        array.add(value(random));
      } else if (random.nextBoolean()) {
        array.add(array.get(random.nextInt(array.size())).deepCopy());
      } else {
        array.set(random.nextInt(array.size()), value(random));
      }
    }
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isObject() || node.isArray()) {
      containers.add(node);
      for (JsonNode child : node.values()) {
        collect(child, containers);
      }
    }
  }

  private static JsonNode value(Random random) {
    return switch (random.nextInt(16)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.booleanNode(random.nextBoolean());
      case 2 -> NODES.numberNode(random.nextInt(5) - 1);
      case 3 -> NODES.numberNode(random.nextBoolean() ? 1e308 : -0.5);
      case 4 -> NODES.numberNode(new java.math.BigDecimal("1e400"));
      case 5 -> NODES.stringNode("");
      case 6 -> NODES.stringNode(" \u200B");
      case 7 -> NODES.stringNode("\u0000bell\u0007");
      case 8 ->
          NODES.stringNode(
              List.of("HIGH", "LOW", "CO_CREATE", "ORGANIZATION", "OWNER").get(random.nextInt(5)));
      case 9 -> NODES.stringNode("2026-13-45");
      case 10 -> NODES.arrayNode().add("x").add(1);
      case 11 -> NODES.objectNode().put("kind", "party").put("id", "nobody");
      case 12 -> NODES.objectNode().put("kind", "java.lang.Runtime").put("id", "x");
      case 13 -> NODES.objectNode().put("amount", "12.345").put("currency", "eur");
      case 14 -> NODES.stringNode("x".repeat(random.nextInt(2000)));
      default -> NODES.objectNode().set("nested", NODES.arrayNode().add(NODES.objectNode()));
    };
  }
}
