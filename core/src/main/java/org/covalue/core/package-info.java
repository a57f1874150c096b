/**
 * The shared kernel of covalue: the library exception {@link
 * org.covalue.core.InvalidModelException} and its {@link org.covalue.core.Violation}s, used by
 * every module.
 *
 * <p>covalue models the value co-creation concepts of ITIL 4: Drive Stakeholder Value, chapter 1
 * (ITIL® is a registered trademark of PeopleCert; covalue is not affiliated with or endorsed by
 * it).
 *
 * <p>The kernel's types are written by hand, so this package carries no Immutables style: the style
 * names {@link org.covalue.core.InvalidModelException}, and styling the exception's own package
 * would make the two packages depend on each other.
 */
@NullMarked
package org.covalue.core;

import org.jspecify.annotations.NullMarked;
