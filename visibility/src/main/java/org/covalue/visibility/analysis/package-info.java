/**
 * Pure functions over the visibility model and the results they return (ITIL 4: Drive Stakeholder
 * Value, §1.2.5 and §1.2.7): the model validator, the band of visibility of a relationship and its
 * measured width, the check of that width against what the relationship, the service and the
 * journey call for, the hidden dependencies of the band, the elements of the band nobody answers
 * for, and the visible part of a product for a target consumer group. None does I/O, reads a clock,
 * draws random numbers or logs; thresholds are parameters with documented defaults. Every rule they
 * apply is listed by {@link org.covalue.visibility.analysis.VisibilityRules#all()}.
 */
@CovalueStyle
@NullMarked
package org.covalue.visibility.analysis;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
