/**
 * The core model as one value: every party, stakeholder, consumer role assignment, service
 * relationship, resource, product, service and service offering of a model (ITIL 4: Drive
 * Stakeholder Value, §1.2.1 to §1.2.3 and §1.2.7), so that the rules spanning several of them are
 * checked in one place ({@code org.covalue.core.analysis.CoreModelValidator}) and reported all at
 * once.
 */
@CovalueStyle
@NullMarked
package org.covalue.core.model;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
