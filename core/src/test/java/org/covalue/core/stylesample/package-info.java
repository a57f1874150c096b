/** A sample value type with the covalue style, to test what the style does. */
@CovalueStyle
@NullMarked
package org.covalue.core.stylesample;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
