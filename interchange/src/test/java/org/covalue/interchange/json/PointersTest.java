package org.covalue.interchange.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PointersTest {

  private static final JsonNode CORE =
      JsonMapper.builder()
          .build()
          .readTree(
              "{\"stakeholders\": [{\"id\": \"s\"}], \"offeringTypes\": {\"a.b/c~d\": 1},"
                  + " \"descriptors\": {\"x\": 1}}");

  @Test
  void turnsIndexesAndAttributesIntoTokens() {
    assertThat(Pointers.resolve(CORE, "/core", "stakeholders[0].id"))
        .isEqualTo("/core/stakeholders/0/id");
    assertThat(Pointers.resolve(CORE, "/core", "")).isEqualTo("/core");
    assertThat(Pointers.resolve(CORE, "", "stakeholders")).isEqualTo("/stakeholders");
  }

  @Test
  void findsAMapKeyThatHoldsDotsAndEscapesIt() {
    assertThat(Pointers.resolve(CORE, "/value", "offeringTypes.a.b/c~d"))
        .isEqualTo("/value/offeringTypes/a.b~1c~0d");
  }

  @Test
  void keepsGoingBeyondTheTree() {
    assertThat(Pointers.resolve(CORE, "/core", "parties[3].name"))
        .isEqualTo("/core/parties/3/name");
    assertThat(Pointers.resolve(CORE, "/core", "descriptors.y.z"))
        .isEqualTo("/core/descriptors/y/z");
  }
}
