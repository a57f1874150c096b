/**
 * Services, service offerings, products and resources (ITIL 4: Drive Stakeholder Value, §1.2.7,
 * Figure 1.10): a provider configures its resources into products, describes services in offerings
 * for a target consumer group, and offers goods, access to resources and service actions.
 */
@CovalueStyle
@NullMarked
package org.covalue.core.offering;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
