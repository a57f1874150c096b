/**
 * Stress tests at a million elements, tagged {@code stress}: not in the default test run; run them
 * with {@code ./mvnw -B -Pstress -pl core,journey -am test}, which gives each test JVM a 512 MB
 * heap.
 */
@NullMarked
package org.covalue.core.stress;

import org.jspecify.annotations.NullMarked;
