/** The covalue command line. */
@NullMarked
package org.covalue.cli;

import org.jspecify.annotations.NullMarked;
