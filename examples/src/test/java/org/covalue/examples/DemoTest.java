package org.covalue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.covalue.core.Covalue;
import org.junit.jupiter.api.Test;

class DemoTest {

  static String runDemo() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      Demo.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheVersionAndEveryPublishedModule() {
    String output = runDemo();
    assertThat(output).startsWith("covalue " + Covalue.version() + System.lineSeparator());
    assertThat(output)
        .contains(
            "covalue-core ",
            "covalue-journey ",
            "covalue-visibility ",
            "covalue-value ",
            "covalue-interchange ",
            "covalue-testkit ",
            "covalue-cli ");
  }

  @Test
  void walksThroughTheCoreConceptsInTheChaptersOrder() {
    String output = runDemo();
    assertThat(output)
        .containsSubsequence(
            "== Stakeholders (§1.2.1) ==",
            "Stakeholder map at 'explore'",
            "== Service consumer roles (§1.2.2) ==",
            "contoso: complete",
            "== Service relationships (§1.2.3) ==",
            "supply chain of fabrikam",
            "== Services, offerings, products and resources (§1.2.7) ==",
            "Core model validation: valid, no violation",
            "== Customer journeys (§1.2.4) ==",
            "Value-stream rules (Figure 1.4)",
            "Observed case INC-1001",
            "Observed case INC-1002");
  }
}
