/**
 * A module of test code that declares a rule but has no rule list, for {@code RuleCatalogueTest}.
 */
@NullMarked
package org.covalue.norulefixture.analysis;

import org.jspecify.annotations.NullMarked;
