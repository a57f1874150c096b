/**
 * Formats: the covalue JSON document and its schema, the ArchiMate export, diagrams and reports,
 * event-log readers.
 */
@NullMarked
package org.covalue.interchange;

import org.jspecify.annotations.NullMarked;
