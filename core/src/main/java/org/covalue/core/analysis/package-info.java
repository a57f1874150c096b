/**
 * Pure functions over the core model and the results they return: stakeholder classification on the
 * influence/interest map and by salience, comparison of map revisions, the consumer-role check,
 * relationship-network analysis and the model validator. None does I/O, reads a clock, draws random
 * numbers or logs; thresholds are parameters with documented defaults. Results explain themselves:
 * {@link org.covalue.core.Finding}s name their rule, the elements involved, the numbers behind them
 * and the ITIL section they come from.
 */
@CovalueStyle
@NullMarked
package org.covalue.core.analysis;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
