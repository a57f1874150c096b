package org.covalue.otherfixture.internal;

/** Stands for an internal class of another module, for an architecture-rule fixture. */
public final class JourneyDetail {
  private JourneyDetail() {}

  public static int secret() {
    return 42;
  }
}
