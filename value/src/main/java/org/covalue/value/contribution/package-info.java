/**
 * Step value contributions (ITIL 4: Drive Stakeholder Value, §1.2.6): for each journey step, what
 * it adds to and removes from value, for the consumer and for the provider, along the three
 * dimensions the step tables use. Each step should add more value than it removes, in itself or
 * through value it enables in another step or journey.
 */
@CovalueStyle
@NullMarked
package org.covalue.value.contribution;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
