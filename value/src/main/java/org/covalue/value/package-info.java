/**
 * Service value (ITIL 4: Drive Stakeholder Value, §1.2.6 and §1.2.7): the vocabulary the value
 * module's packages share: the ids of its elements, {@link org.covalue.value.Money}, the two
 * {@linkplain org.covalue.value.Perspective perspectives}, the three {@linkplain
 * org.covalue.value.ValueAspect aspects} and {@linkplain org.covalue.value.ValueDimension
 * dimensions} of value, and the open set of {@linkplain org.covalue.value.ValueLeakageCause causes
 * of value leakage}. The model lives in the concept packages ({@code outcome}, {@code cost}, {@code
 * risk}, {@code performance}, {@code alignment}, {@code contribution}, {@code driver}, {@code
 * plan}), the aggregate in {@code model}, the evidence other modules measure in {@code evidence},
 * and the pure analyses in {@code analysis}.
 */
@CovalueStyle
@NullMarked
package org.covalue.value;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
