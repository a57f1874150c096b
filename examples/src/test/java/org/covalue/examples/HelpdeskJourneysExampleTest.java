package org.covalue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs the help-desk example and checks what it prints; the copy of the log is the real one. */
class HelpdeskJourneysExampleTest {

  @Test
  void printsTheKnownFactsOfTheHelpdeskLog() {
    String output = ExamplesTest.capture(args -> HelpdeskJourneysExample.main(args));
    assertThat(output)
        .contains(
            "Help-desk log: 13710 rows read, 0 rejected; 3804 cases, 13710 events, 9 activities\n")
        .contains("Path variants: 154; the most frequent:\n  1 > 8 > 6: ")
        .contains("Starts: {1=3644, 3=108, 8=48, 6=2, 2=1, 9=1}\n")
        .contains("Mid-way starts (not at 1 or 3): {8=48, 6=2, 2=1, 9=1}\n")
        .contains("Ends: {6=3804}\n")
        .contains("  1 -> 8: 3483 times, median ")
        .contains("  8 -> 9: 851 times, median ")
        .contains("Back and forth: 517 cases went back to an earlier activity, 851 times")
        .contains("  9 -> back to 8: 485\n")
        .contains("Dwell at Engage: ")
        .contains("Abandoned (never closed with 6 nor at Realize): 0\n");
  }

  @Test
  void theShippedCopyIsTheSharedLog() throws IOException {
    Path shared = Path.of("..", "..", "shared", "data", "journey-logs", "helpdesk.csv");
    assertThat(shared)
        .as("../shared/data/journey-logs/helpdesk.csv from the project root")
        .isRegularFile();
    try (InputStream copy = HelpdeskJourneysExample.class.getResourceAsStream("helpdesk.csv")) {
      assertThat(copy).isNotNull();
      assertThat(copy.readAllBytes()).isEqualTo(Files.readAllBytes(shared));
    }
  }
}
