package org.covalue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.covalue.core.Covalue;
import org.covalue.core.TypedId;
import org.covalue.core.model.CoreModel;
import org.covalue.journey.CustomerJourney;
import org.covalue.journey.model.JourneyModel;
import org.junit.jupiter.api.Test;

/** The demo as a new user meets it: {@code ./mvnw -q -Pdemo package} runs {@link Demo#main}. */
class DemoTest {

  private final String output = Output.of(Demo::main);

  @Test
  void startsWithTheVersionAndTheModel() {
    assertThat(output)
        .startsWith("covalue " + Covalue.version() + ": value co-creation after ITIL 4")
        .contains("Northwind IT Services runs the service desk of Contoso Logistics");
  }

  @Test
  void walksThroughTheConceptsOfTheChapter() {
    assertThat(output)
        .containsSubsequence(
            "== Stakeholders and their map (§1.2.1) ==",
            "Stakeholder map at 'explore'",
            "== Service consumer roles (§1.2.2) ==",
            "Fabrikam Retail: nobody as user, sponsor",
            "== Service relationships (§1.2.3) ==",
            "appears as a consumer",
            "== Services, offerings, products and resources (§1.2.7) ==",
            "product Service desk: ",
            "org.covalue.core.InvalidModelException: services: ",
            "== Customer journeys (§1.2.4, Table 1.3) ==",
            "  1. Explore: ",
            "  7. Realize: ",
            "  Case INC-1001, 10 events",
            "  Case INC-1002, 4 events",
            "== Value streams and journeys (§1.2.4, Figure 1.4) ==",
            "== Customer and user experience (§1.2.4, Figure 1.5) ==",
            "Experience is scored from 0 (worst) to 1 (best)",
            "== The chapter's further statements as checks (§1.1, §1.2) ==",
            "consumer-roles.uncoordinated-holders",
            "== Real journeys from an event log (§1.2.4) ==",
            "== Lines and the band of visibility (§1.2.5) ==",
            "a narrow band",
            "== Outputs and outcomes (§1.2.6) ==",
            "Corner flower shop: Takes more orders by phone",
            "== Value: assessment, drivers and leakage (§1.2.6, Figure 1.11) ==",
            "lack of value tracking and realization:",
            "== This build ==",
            "ITIL® is a registered trademark");
  }

  @Test
  void listsEveryModuleOfTheBuild() {
    assertThat(output)
        .contains(
            "  covalue-core ",
            "  covalue-journey ",
            "  covalue-visibility ",
            "  covalue-value ",
            "  covalue-interchange ",
            "  covalue-testkit ",
            "  covalue-cli ");
  }

  @Test
  void printsNoRawConstantName() {
    Matcher constant =
        Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b|\\bJOINT\\b|\\bUSER\\b").matcher(output);
    List<String> found = new ArrayList<>();
    while (constant.find()) {
      found.add(constant.group());
    }
    assertThat(found).isEmpty();
  }

  @Test
  void speaksInNamesNotIds() {
    JourneyModel model = ServiceDeskScenario.journeyModel();
    Map<TypedId<?>, String> elements = new LinkedHashMap<>();
    CoreModel core = model.core();
    core.parties().forEach(p -> elements.put(p.id(), p.name()));
    core.stakeholders().forEach(s -> elements.put(s.id(), s.name()));
    core.resources().forEach(r -> elements.put(r.id(), r.name()));
    core.products().forEach(p -> elements.put(p.id(), p.name()));
    core.services().forEach(s -> elements.put(s.id(), s.name()));
    core.offerings().forEach(o -> elements.put(o.id(), o.name()));
    core.relationships().forEach(r -> elements.put(r.id(), r.id().value()));
    model.valueStreams().forEach(v -> elements.put(v.id(), v.name()));
    for (CustomerJourney journey : model.journeys()) {
      elements.put(journey.id(), journey.name());
      journey.touchpoints().forEach(t -> elements.put(t.id(), t.name()));
      journey.interactions().forEach(i -> elements.put(i.id(), i.name()));
    }
    // What is left once the names are taken out, and the exception shown as a user sees it.
    String spoken =
        output.replaceAll("(?m)^  (org\\.covalue\\.core\\.InvalidModelException:|-) .*$", "");
    for (String name : elements.values()) {
      spoken = spoken.replace(name, "");
    }
    // Ids that are ordinary words of the demo's sentences.
    Set<String> words = Set.of("warehouse", "hosting", "portal", "diagnosis", "feedback");
    List<String> leaked = new ArrayList<>();
    for (TypedId<?> id : elements.keySet()) {
      Pattern word = Pattern.compile("(?<![\\w-])" + Pattern.quote(id.value()) + "(?![\\w-])");
      if (!words.contains(id.value()) && word.matcher(spoken).find()) {
        leaked.add(id.describe());
      }
    }
    assertThat(leaked).isEmpty();
    assertThat(elements).hasSizeGreaterThan(40);
  }

  @Test
  void everyLineFitsATerminal() {
    assertThat(output.lines().filter(line -> line.length() > Text.WIDTH)).isEmpty();
  }
}
