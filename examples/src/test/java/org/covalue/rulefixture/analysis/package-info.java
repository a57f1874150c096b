/**
 * A module of test code whose rule list forgets one of its rules, for {@code RuleCatalogueTest}.
 */
@NullMarked
package org.covalue.rulefixture.analysis;

import org.jspecify.annotations.NullMarked;
