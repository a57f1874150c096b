/**
 * How the visibility analyses read a model: one index of its elements, their owners, the parties'
 * lines and the dependencies between elements. Internal to covalue-visibility: the package is not
 * exported and may change in any release.
 */
@NullMarked
package org.covalue.visibility.internal;

import org.jspecify.annotations.NullMarked;
