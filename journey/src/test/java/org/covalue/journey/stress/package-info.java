/**
 * Stress tests at a million events, tagged {@code stress}: run them with {@code ./mvnw -B -Pstress
 * -pl core,journey -am test}.
 */
@NullMarked
package org.covalue.journey.stress;

import org.jspecify.annotations.NullMarked;
