/**
 * How covalue's testkit generators work: drawing helpers, text forms, element generators, network
 * shapes, whole models and their defects. Internal to covalue-testkit: the package is not exported
 * and may change in any release; use the entry classes of {@code org.covalue.testkit}.
 *
 * <p>Nothing here depends on {@code org.covalue.testkit}, so that the two packages do not form a
 * cycle: the public entry classes wrap what this package produces.
 */
@NullMarked
package org.covalue.testkit.internal;

import org.jspecify.annotations.NullMarked;
