/** JMH benchmarks of covalue's analyses. Not published. */
@NullMarked
package org.covalue.benchmarks;

import org.jspecify.annotations.NullMarked;
