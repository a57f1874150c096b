/**
 * Pure functions over journeys and their results: the journey validator, the checker of the value
 * stream rules of Figure 1.4, the comparison of observed journeys with the designed one
 * (back-and-forth, mid-way entry, skipped steps, missing, extra and reordered touchpoints), and the
 * summary of experience observations. None does I/O, reads a clock, draws random numbers or logs.
 */
@CovalueStyle
@NullMarked
package org.covalue.journey.analysis;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
