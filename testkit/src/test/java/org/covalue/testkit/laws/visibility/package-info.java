/**
 * The property-based laws of covalue-visibility, stated with QuickTheories over the testkit's
 * generators: one {@code <Type>PropertiesTest} per analysis, with helpers that rename and reorder
 * whole models and read the documented rules naively.
 */
@NullMarked
package org.covalue.testkit.laws.visibility;

import org.jspecify.annotations.NullMarked;
