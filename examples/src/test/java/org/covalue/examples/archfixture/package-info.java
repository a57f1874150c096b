/** Architecture-rule fixtures: small classes that each break one rule. */
@NullMarked
package org.covalue.examples.archfixture;

import org.jspecify.annotations.NullMarked;
