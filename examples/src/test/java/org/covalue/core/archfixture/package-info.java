/** Architecture-rule fixture. */
@NullMarked
package org.covalue.core.archfixture;

import org.jspecify.annotations.NullMarked;
