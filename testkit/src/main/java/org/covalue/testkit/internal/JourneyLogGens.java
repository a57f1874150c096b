package org.covalue.testkit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;

/**
 * Generators of event-log rows for journey analytics: cases of timed activities, interleaved in any
 * order that keeps each case's own order, with frequent equal times, repeats and returns.
 */
public final class JourneyLogGens {

  /** The activity labels drawn: free text as logs write it, with spaces, digits and accents. */
  public static final List<String> ACTIVITIES =
      List.of("Register", "8", "9", "Wait for customer", "Résolu", "closed ");

  /** The earliest time drawn, in milliseconds since 1970 (September 2020). */
  private static final long EARLIEST = 1_600_000_000_000L;

  private JourneyLogGens() {}

  /** One row of a log. */
  public record Row(String caseId, String activity, long epochMillis) {}

  /**
   * Returns rows of up to maxCases cases of 1 to maxEvents events each, interleaved.
   *
   * @param maxCases the most cases, 0 or more
   * @param maxEvents the most events of a case, 1 or more
   * @return the generator
   */
  public static Gen<List<Row>> rows(int maxCases, int maxEvents) {
    return in -> {
      int caseCount = Draw.intBetween(in, 0, maxCases);
      int poolSize = Draw.intBetween(in, 1, ACTIVITIES.size());
      List<String> pool = Draw.shuffle(in, ACTIVITIES).subList(0, poolSize);
      List<List<Row>> cases = new ArrayList<>();
      for (int c = 0; c < caseCount; c++) {
        String caseId = Draw.oneIn(in, 3) ? "case " + c : Integer.toString(1000 + c * 7);
        int events = Draw.intBetween(in, 1, maxEvents);
        long time = EARLIEST + Draw.intBetween(in, 0, 1_000_000) * 1000L;
        List<Row> rows = new ArrayList<>();
        for (int e = 0; e < events; e++) {
          rows.add(new Row(caseId, Draw.oneOf(in, pool), time));
          int gap = Draw.intBetween(in, 0, 3);
          time +=
              gap == 0
                  ? 0
                  : gap == 1
                      ? Draw.intBetween(in, 1, 999)
                      : Draw.intBetween(in, 1, 100_000) * 1000L;
        }
        cases.add(rows);
      }
      return interleave(in, cases);
    };
  }

  /**
   * Returns other orders of rows that keep the order of each case's rows.
   *
   * @param rows the rows
   * @return the generator
   */
  public static Gen<List<Row>> interleavings(List<Row> rows) {
    return in -> interleave(in, new ArrayList<>(byCase(rows).values()));
  }

  /**
   * Returns splits of rows into parts, each case wholly in one part, each part in the rows' order.
   *
   * @param rows the rows
   * @param parts how many parts, 1 or more; some may be empty
   * @return the generator
   */
  public static Gen<List<List<Row>>> partitions(List<Row> rows, int parts) {
    return in -> {
      Map<String, Integer> partOf = new LinkedHashMap<>();
      for (String caseId : byCase(rows).keySet()) {
        partOf.put(caseId, Draw.intBetween(in, 0, parts - 1));
      }
      List<List<Row>> split = new ArrayList<>();
      for (int p = 0; p < parts; p++) {
        split.add(new ArrayList<>());
      }
      for (Row row : rows) {
        split.get(partOf.getOrDefault(row.caseId(), 0)).add(row);
      }
      return split;
    };
  }

  /** Groups rows by case, cases in the order of their first row, rows in their order. */
  public static Map<String, List<Row>> byCase(List<Row> rows) {
    Map<String, List<Row>> cases = new LinkedHashMap<>();
    for (Row row : rows) {
      cases.computeIfAbsent(row.caseId(), id -> new ArrayList<>()).add(row);
    }
    return cases;
  }

  private static List<Row> interleave(
      org.quicktheories.core.RandomnessSource in, List<List<Row>> cases) {
    List<Row> rows = new ArrayList<>();
    int[] next = new int[cases.size()];
    int left = 0;
    for (List<Row> c : cases) {
      left += c.size();
    }
    List<Integer> open = new ArrayList<>();
    for (int c = 0; c < cases.size(); c++) {
      open.add(c);
    }
    while (left > 0) {
      int pick = Draw.intBetween(in, 0, open.size() - 1);
      int c = open.get(pick);
      rows.add(cases.get(c).get(next[c]++));
      left--;
      if (next[c] == cases.get(c).size()) {
        open.remove(pick);
      }
    }
    return rows;
  }
}
