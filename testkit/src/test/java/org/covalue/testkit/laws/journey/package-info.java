/**
 * The property-based laws of covalue-journey, stated with QuickTheories over the testkit's
 * generators: one {@code <Type>PropertiesTest} per value type or analysis.
 */
@NullMarked
package org.covalue.testkit.laws.journey;

import org.jspecify.annotations.NullMarked;
