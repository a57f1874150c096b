/**
 * Visibility (ITIL 4: Drive Stakeholder Value, §1.2.5 and §1.2.7): each party's line of visibility,
 * the band of visibility between a provider and a consumer, and what the parties need to manage and
 * understand about it.
 *
 * <h2>What the chapter says, and where covalue holds it</h2>
 *
 * <ul>
 *   <li><b>Touchpoints and service interactions</b> lie in the band of visibility of the parties
 *       they involve: an encounter is seen by the parties to it. They are journey values ({@link
 *       org.covalue.journey.Touchpoint}, {@link org.covalue.journey.ServiceInteraction}) and are
 *       never placed on a line (docs/decisions/0013).
 *   <li><b>Value-stream activities</b> are journey values too ({@link
 *       org.covalue.journey.valuestream.ValueStreamActivity}); whether the other parties see one by
 *       default is its own flag, and a line of visibility here may place it otherwise.
 *   <li><b>Products, their parts and resources</b> are core values ({@link
 *       org.covalue.core.offering.Product}, {@link org.covalue.core.offering.Resource}); a
 *       product's parts are its component products and the resources it configures, so no type of
 *       their own is needed. Relationship types and the band width each calls for are core's
 *       ({@link org.covalue.core.relationship.ServiceRelationshipType#expectedBandOfVisibility()},
 *       {@link org.covalue.core.relationship.BandWidth}).
 *   <li><b>Here</b>, in this package: the parts of the environment ({@link
 *       org.covalue.visibility.EnvironmentElement}), each party's {@link
 *       org.covalue.visibility.LineOfVisibility} (tailored per target consumer group for a
 *       provider), what elements depend on where other models do not say ({@link
 *       org.covalue.visibility.Dependency}, {@link
 *       org.covalue.visibility.ServiceActionDependency}), who answers for an element ({@link
 *       org.covalue.visibility.Responsibility}, held by a party or a {@link
 *       org.covalue.visibility.Practice}), the references to elements ({@link
 *       org.covalue.visibility.ElementRef}, {@link org.covalue.visibility.ElementKind}) and the
 *       factors of width besides the relationship ({@link org.covalue.visibility.ServiceNature},
 *       {@link org.covalue.visibility.JourneyMaturity}).
 *   <li>{@code org.covalue.visibility.model}: the {@code VisibilityModel} aggregate, a journey
 *       model with all of the above.
 *   <li>{@code org.covalue.visibility.analysis}: the validator, {@code BandOfVisibility} and its
 *       width, {@code BandWidthCheck}, {@code HiddenDependencies}, {@code ManagedBand} and {@code
 *       ProductVisibility}, with their rules in {@code VisibilityRules}.
 *   <li>{@code org.covalue.visibility.sample}: a commodity cloud server and a long-term
 *       partnership, the chapter's two examples, as a worked model.
 * </ul>
 */
@CovalueStyle
@NullMarked
package org.covalue.visibility;

import org.covalue.core.style.CovalueStyle;
import org.jspecify.annotations.NullMarked;
