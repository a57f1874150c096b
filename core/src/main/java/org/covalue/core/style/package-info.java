/**
 * The Immutables style shared by every covalue value type. Internal to covalue: not for use by
 * applications.
 */
@NullMarked
package org.covalue.core.style;

import org.jspecify.annotations.NullMarked;
