package org.covalue.examples.archfixture.analysis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Random;

/** Breaks the purity rule: an analysis that reads the clock, draws random numbers and prints. */
public final class ImpureAnalysis {
  private ImpureAnalysis() {}

  public static long run() {
    System.out.println(LocalDate.now(Clock.systemUTC()));
    return System.currentTimeMillis() + new Random(1).nextInt();
  }
}
