/** Implementation details of covalue-value; not exported, not part of the API. */
@CovalueStyle
@NullMarked
package org.covalue.value.internal;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
