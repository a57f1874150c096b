/**
 * The ArchiMate export: a covalue model written as an ArchiMate 3.1 Model Exchange File Format
 * document (namespace {@code http://www.opengroup.org/xsd/archimate/3.0/}), so that enterprise
 * architects can open stakeholders, relationships, offerings, journeys, value streams, outcomes and
 * value-driver chains (ITIL 4: Drive Stakeholder Value, §1.2 to §1.2.7) in an ArchiMate tool.
 *
 * <p>The export is one-way by design: ArchiMate has no place for much of what covalue checks
 * (ratings, steps, weights), so covalue writes those as properties and never reads a document back.
 * {@link org.covalue.interchange.archimate.ArchimateExport} is the entry point; {@code
 * docs/archimate.md} lists the mapping.
 */
@NullMarked
package org.covalue.interchange.archimate;

import org.jspecify.annotations.NullMarked;
