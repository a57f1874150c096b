/**
 * JMH benchmarks of covalue's journey analytics (ITIL 4: Drive Stakeholder Value, §1.2.4) and their
 * comparison with DuckDB on the same machine, in the same run. Not published.
 */
@NullMarked
package org.covalue.benchmarks;

import org.jspecify.annotations.NullMarked;
