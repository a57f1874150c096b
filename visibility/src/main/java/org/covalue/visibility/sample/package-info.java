/**
 * A worked example of visibility, to learn from and to test with: one cloud provider that sells a
 * standard cloud server as a commodity to a webshop and co-manages its hosting platform with a bank
 * in a long-term partnership (ITIL 4: Drive Stakeholder Value, §1.2.5 and §1.2.7). The data are
 * covalue's, not ITIL content.
 */
@CovalueStyle
@NullMarked
package org.covalue.visibility.sample;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
