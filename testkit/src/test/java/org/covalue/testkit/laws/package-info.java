/**
 * What the property-based laws of every domain module share: permutations, multisets, the check of
 * an invalid input, and the contract every analysis result with findings keeps.
 */
@NullMarked
package org.covalue.testkit.laws;

import org.jspecify.annotations.NullMarked;
