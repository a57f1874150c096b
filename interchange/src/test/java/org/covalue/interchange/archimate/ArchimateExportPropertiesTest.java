package org.covalue.interchange.archimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.covalue.interchange.archimate.ArchimateDocuments.assertConsistent;
import static org.covalue.interchange.archimate.ArchimateDocuments.assertValid;
import static org.covalue.interchange.archimate.ArchimateDocuments.elements;
import static org.covalue.interchange.archimate.ArchimateDocuments.parse;
import static org.quicktheories.QuickTheory.qt;

import java.util.function.Function;
import org.covalue.core.model.CoreModel;
import org.covalue.journey.model.JourneyModel;
import org.covalue.testkit.CoreModels;
import org.covalue.testkit.JourneyModels;
import org.covalue.testkit.Values;
import org.covalue.testkit.Visibilities;
import org.covalue.value.model.ValueModel;
import org.covalue.visibility.model.VisibilityModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Laws of the ArchiMate export over the testkit's generators: every generated model exports to a
 * document that the ArchiMate 3.1 schemas accept, that is the same on every export, whose
 * identifiers are unique, whose relationships all have both ends in the document and are allowed by
 * ArchiMate's relationship table, and that holds an element for each element of the model that the
 * export maps one to one. QuickTheories' seed is fixed by the build (docs/decisions/0009).
 */
class ArchimateExportPropertiesTest {

  @AfterAll
  static void report() {
    System.out.println(
        "ArchiMate documents validated against archimate3_Model.xsd: "
            + ArchimateDocuments.validatedCount());
  }

  private static <M> void holds(M model, Function<M, String> export, int mappedElements) {
    String xml = export.apply(model);
    assertThat(export.apply(model)).as("the same document on every export").isEqualTo(xml);
    assertValid(xml);
    Document document = parse(xml);
    assertConsistent(document);
    assertThat(elements(document)).hasSizeGreaterThanOrEqualTo(mappedElements);
  }

  private static int coreElements(CoreModel core) {
    return core.parties().size()
        + core.stakeholders().size()
        + core.relationships().size()
        + core.resources().size()
        + core.products().size()
        + core.services().size()
        + core.offerings().size();
  }

  private static int journeyElements(JourneyModel journey) {
    return coreElements(journey.core())
        + journey.valueStreams().size()
        + journey.journeys().size()
        + journey.journeys().stream()
            .mapToInt(j -> j.touchpoints().size() + j.interactions().size())
            .sum();
  }

  @Test
  void everyCoreModelExportsToAValidDocument() {
    qt().withExamples(150)
        .forAll(CoreModels.models())
        .checkAssert(model -> holds(model, ArchimateExport.DEFAULT::toXml, coreElements(model)));
  }

  @Test
  void everyJourneyModelExportsToAValidDocument() {
    qt().withExamples(150)
        .forAll(JourneyModels.models())
        .checkAssert(model -> holds(model, ArchimateExport.DEFAULT::toXml, journeyElements(model)));
  }

  @Test
  void everyVisibilityModelExportsToAValidDocument() {
    qt().withExamples(100)
        .forAll(Visibilities.models())
        .checkAssert(
            model ->
                holds(
                    model,
                    ArchimateExport.DEFAULT::toXml,
                    journeyElements(model.journey())
                        + model.practices().size()
                        + model.environmentElements().size()
                        + model.lines().size()));
  }

  @Test
  void everyValueModelExportsToAValidDocument() {
    qt().withExamples(100)
        .forAll(Values.models())
        .checkAssert(
            model ->
                holds(
                    model,
                    ArchimateExport.DEFAULT::toXml,
                    journeyElements(model.journey())
                        + model.outputs().size()
                        + 2 * model.outcomes().size()
                        + model.driverChains().stream()
                            .mapToInt(chain -> 1 + chain.drivers().size())
                            .sum()));
  }

  @Test
  void everyValueModelExportsWithAVisibilityModelOverItsJourneys() {
    qt().withExamples(50)
        .forAll(Values.models(), Visibilities.models())
        .checkAssert(
            (ValueModel value, VisibilityModel generated) -> {
              VisibilityModel visibility =
                  VisibilityModel.builder()
                      .journey(value.journey())
                      .addAllPractices(
                          generated.practices().stream()
                              .filter(
                                  p ->
                                      value.core().parties().stream()
                                          .anyMatch(party -> party.id().equals(p.owner())))
                              .toList())
                      .build();
              holds(
                  value,
                  model -> ArchimateExport.DEFAULT.toXml(model, visibility),
                  journeyElements(value.journey()) + visibility.practices().size());
            });
  }
}
