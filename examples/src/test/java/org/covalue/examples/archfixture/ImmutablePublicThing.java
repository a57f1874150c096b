package org.covalue.examples.archfixture;

/** Breaks the generated-class rule: a public top-level class named Immutable*. */
public final class ImmutablePublicThing {
  private ImmutablePublicThing() {}
}
