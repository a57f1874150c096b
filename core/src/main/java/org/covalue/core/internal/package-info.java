/**
 * Implementation helpers of covalue-core. <strong>Internal:</strong> not exported, not part of the
 * API, and not used by other modules.
 */
@NullMarked
package org.covalue.core.internal;

import org.jspecify.annotations.NullMarked;
