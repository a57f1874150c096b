/**
 * Service relationships and their networks (ITIL 4: Drive Stakeholder Value, §1.2.3, Figure 1.3,
 * Table 1.2): the cooperation between a provider and a consumer organization, its type (basic,
 * cooperative or partnership), and the chains and networks that form because organizations provide
 * and consume services at the same time.
 */
@CovalueStyle
@NullMarked
package org.covalue.core.relationship;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
