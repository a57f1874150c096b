/**
 * Pictures of covalue models, each in three text forms: SVG, Mermaid and Graphviz DOT (ITIL 4:
 * Drive Stakeholder Value, §1.2.1, §1.2.3, §1.2.4, §1.2.5 and §1.2.7). {@link
 * org.covalue.interchange.picture.Picture} is what all pictures share; each kind of picture is a
 * subclass built from what it draws with {@code of(..)}:
 *
 * <pre>{@code
 * StakeholderMapPicture.of(stakeholderMap).svg();
 * RelationshipNetworkPicture.of(coreModel).dot();
 * CustomerJourneyPicture.of(journeyModel, journey).mermaid();
 * BandOfVisibilityPicture.of(visibilityModel, relationship).svg();
 * ValueDriverChainPicture.of(ValueDriverAnalysis.of(chain)).svg();
 * }</pre>
 *
 * <p>Every text from the model is escaped for its format and shortened where there is no room; the
 * SVG needs nothing from outside itself, and the output depends only on the model.
 */
@NullMarked
package org.covalue.interchange.picture;

import org.jspecify.annotations.NullMarked;
