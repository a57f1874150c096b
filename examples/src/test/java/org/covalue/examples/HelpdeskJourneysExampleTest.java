package org.covalue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Runs the help-desk example and checks what it prints; the copy of the log is the real one. */
class HelpdeskJourneysExampleTest {

  @Test
  void printsTheKnownFactsOfTheHelpdeskLog() {
    String output = Output.of(HelpdeskJourneysExample::main);
    assertThat(output)
        .contains(
            "Help-desk log of a software company: 13710 rows read, 0 rejected; 3804 cases"
                + " (tickets), 13710\nevents, 9 activities\n")
        .contains("Path variants: 154; the most frequent:\n  1 > 8 > 6: ")
        .contains("Starts: 1 (3644), 3 (108), 8 (48), 6 (2), 2 (1), 9 (1)\n")
        .contains("Mid-way starts (not at 1 or 3): 8 (48), 6 (2), 2 (1), 9 (1)\n")
        .contains("Ends: 6 (3804)\n")
        .contains("  1 -> 8: 3483 times, median ")
        .contains("  8 -> 9: 851 times, median ")
        .contains("Back and forth: 517 cases went back to an earlier activity, 851 times")
        .contains("  9 -> back to 8: 485\n")
        .contains("Dwell at Engage: ")
        .contains("Abandoned (never closed with 6 nor at Realize): 0\n")
        // Every ticket ends with 6, the activity placed at Realize.
        .contains("Never at Realize, so value not tracked (leakage evidence, §1.2.6): 0\n");
  }

  @Test
  void theShippedCopyIsTheSharedLogByteForByte() throws IOException, NoSuchAlgorithmException {
    String provenance;
    try (InputStream in =
        HelpdeskJourneysExample.class.getResourceAsStream("helpdesk-PROVENANCE.md")) {
      assertThat(in).isNotNull();
      provenance = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher recorded = Pattern.compile("SHA-256: ([0-9a-f]{64})").matcher(provenance);
    assertThat(recorded.find()).as("helpdesk-PROVENANCE.md records the SHA-256").isTrue();
    try (InputStream copy = HelpdeskJourneysExample.class.getResourceAsStream("helpdesk.csv")) {
      assertThat(copy).isNotNull();
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(copy.readAllBytes());
      assertThat(HexFormat.of().formatHex(digest)).isEqualTo(recorded.group(1));
    }
  }
}
