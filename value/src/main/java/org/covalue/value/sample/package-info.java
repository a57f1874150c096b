/**
 * Sample value models, for tests, demos and the user guide: the mobile phone service with which
 * ITIL 4: Drive Stakeholder Value (§1.2.6) shows that one output serves different outcomes, and the
 * value side of the incident journey of {@link org.covalue.journey.sample.IncidentResolution}. Both
 * are covalue's constructions around the chapter's text, not ITIL content.
 */
@CovalueStyle
@NullMarked
package org.covalue.value.sample;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
