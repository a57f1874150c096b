/**
 * Pure functions over the value model and the results they return (ITIL 4: Drive Stakeholder Value,
 * §1.2.6 and §1.2.7): the model validator, service value assessment per stakeholder, step value
 * contributions, value-driver chains (propagation, explanation, sensitivity, broken chains) and
 * value leakage detection. None does I/O, reads a clock, draws random numbers or logs; thresholds
 * and weights are parameters with documented defaults. Results explain themselves: {@link
 * org.covalue.core.Finding}s name their rule, the elements involved, the numbers behind them, the
 * threshold they were held against and the ITIL section they come from; {@link
 * org.covalue.value.analysis.ValueRules#all()} lists every rule.
 */
@CovalueStyle
@NullMarked
package org.covalue.value.analysis;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
