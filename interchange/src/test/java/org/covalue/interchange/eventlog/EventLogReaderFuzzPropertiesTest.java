package org.covalue.interchange.eventlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.covalue.core.InvalidModelException;
import org.junit.jupiter.api.Test;

/**
 * Mutated and random CSV and XES input only ever gives a log, whose tally adds up, or the readers'
 * documented exception, {@link InvalidModelException} with a location: never another exception, an
 * out-of-memory error or a stack overflow. The number of cases grows with the system property
 * {@code covalue.fuzz.scale} (the {@code fuzz} profile).
 */
@SuppressWarnings("StringConcatToTextBlock") // one row a line, with its line end in sight
class EventLogReaderFuzzPropertiesTest {

  private static final int CASES = 200 * Math.max(1, Integer.getInteger("covalue.fuzz.scale", 1));

  private static final String CSV =
      "CaseID,ActivityID,CompleteTimestamp,Resource\n"
          + "2,1,2012-04-03 16:55:38,Value 1\n"
          + "2,8,2012-04-03 16:55:53,\"Val,ue 2\"\n"
          + "\"3\",1,2010-10-29T18:14:06Z,\"said \"\"hi\"\"\"\n"
          + "3,9,2010-11-05T10:00:00+01:00,\"two\nlines\"\n"
          + "4,6,2012-01-01,\n";

  private static final String XES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<log xes.version=\"1849-2016\" xmlns=\"http://www.xes-standard.org/\">\n"
          + "  <global scope=\"event\"><string key=\"concept:name\" value=\"x\"/></global>\n"
          + "  <trace>\n"
          + "    <string key=\"concept:name\" value=\"INC-1\"/>\n"
          + "    <event>\n"
          + "      <string key=\"concept:name\" value=\"Register &amp; log\"/>\n"
          + "      <string key=\"org:resource\" value=\"Ana\"/>\n"
          + "      <date key=\"time:timestamp\" value=\"2026-01-05T10:00:00.000+01:00\"/>\n"
          + "      <list key=\"notes\"><string key=\"concept:name\" value=\"nested\"/></list>\n"
          + "    </event>\n"
          + "    <event>\n"
          + "      <date key=\"time:timestamp\" value=\"2026-01-05T09:30:00Z\"/>\n"
          + "      <string key=\"concept:name\" value=\"Resolve\"/>\n"
          + "    </event>\n"
          + "  </trace>\n"
          + "</log>\n";

  private static final String CSV_ALPHABET = ",;\"\n\r\t 0123456789-:TZ+aé\u0000\uFEFF";
  private static final String XML_ALPHABET = "<>/=\"'&;!?[]- \nabcdeklnorstvxyz0123456789:\u0000";

  private static final List<CsvEventLogReader> CSV_READERS =
      List.of(
          CsvEventLogReader.DEFAULT,
          CsvEventLogReader.DEFAULT.withFailFast(false),
          CsvEventLogReader.DEFAULT.withFailFast(false).withDelimiter(';'));

  private static final List<XesEventLogReader> XES_READERS =
      List.of(XesEventLogReader.DEFAULT, XesEventLogReader.DEFAULT.withFailFast(false));

  @Test
  void theUnmutatedInputIsRead() {
    assertThat(CsvEventLogReader.DEFAULT.read(stream(CSV)).log().eventCount()).isEqualTo(5);
    assertThat(XesEventLogReader.DEFAULT.read(stream(XES)).log().eventCount()).isEqualTo(2);
  }

  @Test
  void mutatedCsvIsReadOrRefused() {
    int[] outcomes = new int[2];
    qt().withExamples(CASES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              byte[] input = bytes(mutate(CSV, CSV_ALPHABET, new Random(seed)));
              for (CsvEventLogReader reader : CSV_READERS) {
                outcomes[readCsv(reader, input) ? 0 : 1]++;
              }
            });
    assertThat(outcomes[0]).as("inputs read").isPositive();
    assertThat(outcomes[1]).as("inputs refused").isPositive();
  }

  @Test
  void mutatedXesIsReadOrRefused() {
    int[] outcomes = new int[2];
    qt().withExamples(CASES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              byte[] input = bytes(mutate(XES, XML_ALPHABET, new Random(seed)));
              for (XesEventLogReader reader : XES_READERS) {
                outcomes[readXes(reader, input) ? 0 : 1]++;
              }
            });
    assertThat(outcomes[0]).as("inputs read").isPositive();
    assertThat(outcomes[1]).as("inputs refused").isPositive();
  }

  @Test
  void randomBytesAreReadOrRefused() {
    qt().withExamples(CASES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              byte[] input = new byte[random.nextInt(400)];
              random.nextBytes(input);
              if (random.nextBoolean()) {
                byte[] header =
                    "CaseID,ActivityID,CompleteTimestamp\n".getBytes(StandardCharsets.UTF_8);
                byte[] joined = new byte[header.length + input.length];
                System.arraycopy(header, 0, joined, 0, header.length);
                System.arraycopy(input, 0, joined, header.length, input.length);
                input = joined;
              }
              for (CsvEventLogReader reader : CSV_READERS) {
                readCsv(reader, input);
              }
              for (XesEventLogReader reader : XES_READERS) {
                readXes(reader, input);
              }
            });
  }

  /** Reads, checking the tally; false when refused with the documented exception. */
  private static boolean readCsv(CsvEventLogReader reader, byte[] input) {
    try {
      tallyAddsUp(reader.read(new ByteArrayInputStream(input)));
      return true;
    } catch (InvalidModelException refused) {
      refusedWithALocation(refused);
      return false;
    }
  }

  private static boolean readXes(XesEventLogReader reader, byte[] input) {
    try {
      tallyAddsUp(reader.read(new ByteArrayInputStream(input)));
      return true;
    } catch (InvalidModelException refused) {
      refusedWithALocation(refused);
      return false;
    }
  }

  private static void tallyAddsUp(EventLogRead read) {
    assertThat(read.rowsRead() - read.rowsRejected()).isEqualTo(read.log().eventCount());
    assertThat(read.rejections().size()).isLessThanOrEqualTo((int) read.rowsRejected());
  }

  private static void refusedWithALocation(InvalidModelException refused) {
    assertThat(refused.violations()).isNotEmpty();
    assertThat(refused.getMessage()).isNotBlank();
  }

  /** One to four edits: cut, replace, insert, delete a character, or repeat a line. */
  private static String mutate(String text, String alphabet, Random random) {
    StringBuilder mutated = new StringBuilder(text);
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits && mutated.length() > 0; i++) {
      int at = random.nextInt(mutated.length());
      char c = alphabet.charAt(random.nextInt(alphabet.length()));
      switch (random.nextInt(5)) {
        case 0 -> mutated.setLength(at);
        case 1 -> mutated.setCharAt(at, c);
        case 2 -> mutated.insert(at, c);
        case 3 -> mutated.deleteCharAt(at);
        default -> {
          int start = mutated.lastIndexOf("\n", at) + 1;
          int end = mutated.indexOf("\n", at);
          String line = mutated.substring(start, end < 0 ? mutated.length() : end + 1);
          mutated.insert(start, line.repeat(1 + random.nextInt(3)));
        }
      }
    }
    return mutated.toString();
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
