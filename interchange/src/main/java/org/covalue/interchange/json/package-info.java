/**
 * The covalue JSON document: one document holds a whole model (core, journeys, visibility and
 * value, ITIL 4: Drive Stakeholder Value, §1.2), read and written by {@link
 * org.covalue.interchange.json.CovalueJson}, described by a JSON Schema shipped beside it, and the
 * JSON form of findings.
 *
 * <pre>{@code
 * CovalueDocument document = CovalueDocument.of(visibilityModel, valueModel);
 * String json = CovalueJson.DEFAULT.write(document);
 * CovalueDocument back = CovalueJson.DEFAULT.read(json);
 * }</pre>
 */
@NullMarked
package org.covalue.interchange.json;

import org.jspecify.annotations.NullMarked;
