package org.covalue.core.stress;

import java.util.Locale;

/** Rough heap measurements for stress tests: used heap after a full collection. */
public final class Heap {

  private Heap() {}

  /**
   * Returns the heap in use after asking for a full collection.
   *
   * @return bytes in use
   */
  public static long used() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /**
   * Prints a measurement for the stress report.
   *
   * @param what what was measured
   * @param bytes the bytes
   * @param count how many things they hold
   * @param millis how long it took
   */
  public static void report(String what, long bytes, long count, long millis) {
    System.out.printf(
        Locale.ROOT,
        "STRESS %s: %,d in %,d ms; %,d MB heap, %.0f bytes each (max heap %,d MB)%n",
        what,
        count,
        millis,
        bytes >> 20,
        count == 0 ? 0.0 : (double) bytes / count,
        Runtime.getRuntime().maxMemory() >> 20);
  }
}
