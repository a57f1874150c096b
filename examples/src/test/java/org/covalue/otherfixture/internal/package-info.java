/** Architecture-rule fixture standing for a module's internals. */
@NullMarked
package org.covalue.otherfixture.internal;

import org.jspecify.annotations.NullMarked;
