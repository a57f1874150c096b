/** The architecture rules every covalue module checks itself against. */
@NullMarked
package org.covalue.core.architecture;

import org.jspecify.annotations.NullMarked;
