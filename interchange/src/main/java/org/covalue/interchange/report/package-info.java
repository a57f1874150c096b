/**
 * A self-contained HTML report of a covalue model: its pictures (ITIL 4: Drive Stakeholder Value,
 * §1.2.1, §1.2.3, §1.2.4, §1.2.5 and §1.2.7) and the findings of its analyses, in one HTML5 page
 * with no script and nothing loaded from elsewhere.
 *
 * <pre>{@code
 * String html = HtmlReport.DEFAULT.withTitle("Quarterly review").render(document, findings);
 * }</pre>
 */
@NullMarked
package org.covalue.interchange.report;

import org.jspecify.annotations.NullMarked;
