/**
 * QuickTheories generators for covalue's model types, for property tests in covalue and in
 * applications that use it.
 *
 * <p>The entry classes are named for what they generate, in the plural, and have only static
 * methods that return composable {@link org.quicktheories.core.Gen} instances: {@link
 * org.covalue.testkit.Ids}, {@link org.covalue.testkit.Ratings}, {@link
 * org.covalue.testkit.References}, {@link org.covalue.testkit.Findings}, {@link
 * org.covalue.testkit.Stakeholders}, {@link org.covalue.testkit.Parties}, {@link
 * org.covalue.testkit.ServiceRelationships}, {@link org.covalue.testkit.Offerings} and {@link
 * org.covalue.testkit.CoreModels} for covalue-core; {@link org.covalue.testkit.Journeys}, {@link
 * org.covalue.testkit.ValueStreams}, {@link org.covalue.testkit.JourneyModels}, {@link
 * org.covalue.testkit.ObservedJourneys} and {@link org.covalue.testkit.Experiences} for
 * covalue-journey; {@link org.covalue.testkit.Visibilities} for covalue-visibility; {@link
 * org.covalue.testkit.Values} for covalue-value. A property test reads:
 *
 * <pre>{@code
 * qt().forAll(Stakeholders.maps(), Stakeholders.classifiers())
 *     .checkAssert((map, classifier) -> assertThat(classifier.classify(map).placements())
 *         .hasSameSizeAs(map.stakeholders()));
 * }</pre>
 *
 * <p>Generators produce valid values unless their name says otherwise, and keep sizes small so that
 * a property runs its examples in well under a second. Generators whose name starts with {@code
 * invalid} produce {@link org.covalue.testkit.InvalidInput}s: attempts to build a value from input
 * covalue must reject with an {@link org.covalue.core.InvalidModelException} that names the
 * expected path. {@link org.covalue.testkit.CoreModels#invalidModels()} and {@link
 * org.covalue.testkit.JourneyModels#invalidModels()} and {@link
 * org.covalue.testkit.Visibilities#invalidModels()} and {@link
 * org.covalue.testkit.Values#invalidModels()} produce the library's whole-model aggregates with one
 * defect each, as {@link org.covalue.testkit.InvalidModel}s that know the library's check that must
 * reject them.
 *
 * <p>Every generator draws all its choices from QuickTheories' randomness source, so failing
 * examples shrink, and the same seed gives the same values.
 *
 * <p>QuickTheories 0.26 declares no JPMS module name: the JDK gives it the automatic name {@code
 * quicktheories}, taken from the jar file's name. A modular test suite therefore {@code requires
 * quicktheories} (or reads it through {@code org.covalue.testkit}, which requires it transitively);
 * renaming the jar would change that name.
 *
 * <p>The laws these generators serve are in covalue-testkit's own tests, in {@code
 * org.covalue.testkit.laws.core}, {@code org.covalue.testkit.laws.journey} and {@code
 * org.covalue.testkit.laws.visibility} and {@code org.covalue.testkit.laws.value}. covalue models
 * ITIL 4: Drive Stakeholder Value, chapter 1 (ITIL® is a registered trademark of PeopleCert;
 * covalue is not affiliated with it).
 */
@NullMarked
package org.covalue.testkit;

import org.jspecify.annotations.NullMarked;
