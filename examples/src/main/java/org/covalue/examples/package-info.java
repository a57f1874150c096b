/**
 * Examples that use covalue the way an application does. Each has a {@code main} method and a test
 * that runs it; {@link org.covalue.examples.Demo} runs them all on one demo model.
 */
@CovalueStyle
@NullMarked
package org.covalue.examples;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
