/**
 * The visibility model as one value: a journey model with the environment elements, practices,
 * lines of visibility, dependencies and responsibilities that build on it (ITIL 4: Drive
 * Stakeholder Value, §1.2.5 and §1.2.7), so that the rules spanning several of them are checked in
 * one place ({@code org.covalue.visibility.analysis.VisibilityValidator}) and reported all at once.
 */
@CovalueStyle
@NullMarked
package org.covalue.visibility.model;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
