/**
 * Fuzzing laws: random and mutated input thrown at every builder, value factory and validator of
 * the domain modules, which may only ever answer with a value, a list of violations or {@link
 * org.covalue.core.InvalidModelException}. The number of cases grows with the system property
 * {@code covalue.fuzz.scale} (1 in the default build; the {@code fuzz} profile runs about a million
 * cases).
 */
@NullMarked
package org.covalue.testkit.laws.fuzz;

import org.jspecify.annotations.NullMarked;
