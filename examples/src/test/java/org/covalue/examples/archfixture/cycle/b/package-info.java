/** Architecture-rule fixture. */
@NullMarked
package org.covalue.examples.archfixture.cycle.b;

import org.jspecify.annotations.NullMarked;
