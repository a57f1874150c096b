/** The code of the value module's user guide, docs/value.md, run as tests. */
@NullMarked
package org.covalue.value.guide;

import org.jspecify.annotations.NullMarked;
