/**
 * Implementation helpers of covalue-interchange. <strong>Internal:</strong> not exported, not part
 * of the API, and not used by other modules.
 */
@NullMarked
package org.covalue.interchange.internal;

import org.jspecify.annotations.NullMarked;
