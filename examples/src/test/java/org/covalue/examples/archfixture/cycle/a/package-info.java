/** Architecture-rule fixture. */
@NullMarked
package org.covalue.examples.archfixture.cycle.a;

import org.jspecify.annotations.NullMarked;
