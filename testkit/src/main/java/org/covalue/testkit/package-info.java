/**
 * QuickTheories generators for covalue's model types, for property tests in covalue and in applications that use it.
 */
@NullMarked
package org.covalue.testkit;

import org.jspecify.annotations.NullMarked;
