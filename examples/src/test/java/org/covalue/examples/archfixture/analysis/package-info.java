/** Architecture-rule fixture. */
@NullMarked
package org.covalue.examples.archfixture.analysis;

import org.jspecify.annotations.NullMarked;
