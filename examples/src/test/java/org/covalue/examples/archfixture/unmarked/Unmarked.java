package org.covalue.examples.archfixture.unmarked;

/** Breaks the nullness rule: its package has no package-info and is not @NullMarked. */
public final class Unmarked {
  private Unmarked() {}
}
