/**
 * The property-based laws of covalue-value, stated with QuickTheories over the testkit's
 * generators: one {@code <Type>PropertiesTest} per value type or analysis.
 */
@NullMarked
package org.covalue.testkit.laws.value;

import org.jspecify.annotations.NullMarked;
