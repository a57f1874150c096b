/**
 * Parties and service consumer roles (ITIL 4: Drive Stakeholder Value, §1.2.2, Figure 1.2): the
 * organizations, persons and teams of a model, and the customer, user and sponsor roles that
 * persons or teams hold for a consumer organization.
 */
@CovalueStyle
@NullMarked
package org.covalue.core.party;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
