/**
 * The journey model as one value: a core model with the journeys, value streams, observed journeys
 * and experience observations that build on it (ITIL 4: Drive Stakeholder Value, §1.2.4), so that
 * the rules spanning several of them are checked in one place ({@code
 * org.covalue.journey.analysis.JourneyValidator}) and reported all at once.
 */
@CovalueStyle
@NullMarked
package org.covalue.journey.model;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
