package org.covalue.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Large event logs for the benchmarks, made from the real help-desk log (Polato 2017, in the form
 * of Tax et al., CAiSE 2017): its 3,804 cases copied as often as needed, each copy with new case
 * ids, and all rows shuffled with a fixed seed, so that a reader and an analysis must group and
 * sort them (ITIL 4: Drive Stakeholder Value, §1.2.4).
 */
public final class HelpdeskReplica {

  /** The events of the help-desk log. */
  public static final int HELPDESK_EVENTS = 13_710;

  private HelpdeskReplica() {}

  /**
   * Finds the help-desk log: the system property {@code covalue.helpdesk}, or {@code
   * ../shared/data/journey-logs/helpdesk.csv} from the project root or from a module folder.
   *
   * @return the file
   * @throws IllegalStateException if it is not there
   */
  public static Path helpdesk() {
    String property = System.getProperty("covalue.helpdesk");
    List<Path> candidates =
        property != null
            ? List.of(Path.of(property))
            : List.of(
                Path.of("..", "shared", "data", "journey-logs", "helpdesk.csv"),
                Path.of("..", "..", "shared", "data", "journey-logs", "helpdesk.csv"));
    for (Path candidate : candidates) {
      if (Files.isRegularFile(candidate)) {
        return candidate.toAbsolutePath().normalize();
      }
    }
    throw new IllegalStateException(
        "The help-desk log is not at " + candidates + "; set -Dcovalue.helpdesk=PATH");
  }

  /**
   * Returns how many copies of the help-desk log come closest to a number of events.
   *
   * @param events the wanted number of events
   * @return at least 1
   */
  public static int copiesFor(int events) {
    return Math.max(1, Math.round((float) events / HELPDESK_EVENTS));
  }

  /**
   * Returns the replica file for a number of events, writing it first if it is not there yet.
   *
   * @param events the wanted number of events; the file has {@code copiesFor(events) * 13,710}
   * @return the CSV file, with the help-desk log's header
   */
  public static Path file(int events) {
    int copies = copiesFor(events);
    Path target = Path.of("target", "benchmark-data", "helpdesk-x" + copies + ".csv");
    if (!Files.isRegularFile(target)) {
      write(helpdesk(), copies, target);
    }
    return target.toAbsolutePath();
  }

  /**
   * Writes copies of a help-desk log, with new case ids and shuffled rows.
   *
   * @param helpdesk the help-desk CSV file
   * @param copies how many copies
   * @param target the file to write
   */
  static void write(Path helpdesk, int copies, Path target) {
    try {
      List<String> lines = Files.readAllLines(helpdesk, StandardCharsets.UTF_8);
      String header = lines.get(0);
      int rows = lines.size() - 1;
      long[] caseIds = new long[rows];
      String[] rests = new String[rows];
      for (int r = 0; r < rows; r++) {
        String line = lines.get(r + 1);
        int comma = line.indexOf(',');
        caseIds[r] = Long.parseLong(line.substring(0, comma));
        rests[r] = line.substring(comma);
      }
      int total = Math.multiplyExact(rows, copies);
      int[] order = new int[total];
      for (int i = 0; i < total; i++) {
        order[i] = i;
      }
      SplittableRandom random = new SplittableRandom(20261127L);
      for (int i = total - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int swap = order[i];
        order[i] = order[j];
        order[j] = swap;
      }
      Files.createDirectories(target.toAbsolutePath().getParent());
      Path partial = target.resolveSibling(target.getFileName() + ".partial");
      try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
        out.write(header);
        out.write('\n');
        for (int i = 0; i < total; i++) {
          int copy = order[i] / rows;
          int row = order[i] % rows;
          out.write(Long.toString((copy + 1) * 100_000L + caseIds[row]));
          out.write(rests[row]);
          out.write('\n');
        }
      }
      Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
