package org.covalue.interchange.json;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/** The shipped JSON Schemas, loaded by a maintained validator (networknt, draft 2020-12). */
final class Schemas {

  static final Schema DOCUMENT = load(CovalueJson.documentSchema());
  static final Schema FINDINGS = load(CovalueJson.findingsSchema());

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Schemas() {}

  private static Schema load(String text) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text);
  }

  /** Returns what the schema finds wrong with a JSON text; empty when it is valid. */
  static List<String> problems(Schema schema, String json) {
    List<Error> errors = schema.validate(MAPPER.readTree(json));
    return errors.stream().map(Error::toString).collect(Collectors.toList());
  }
}
