/** Test support shared by covalue's modules through core's test jar. */
@NullMarked
package org.covalue.core.testing;

import org.jspecify.annotations.NullMarked;
