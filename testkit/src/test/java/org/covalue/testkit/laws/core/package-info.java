/**
 * The property-based laws of covalue-core, stated with QuickTheories over the testkit's generators:
 * one {@code <Type>PropertiesTest} per value type or analysis.
 */
@NullMarked
package org.covalue.testkit.laws.core;

import org.jspecify.annotations.NullMarked;
