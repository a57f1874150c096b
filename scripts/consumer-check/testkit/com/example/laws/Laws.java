package com.example.laws;

import static org.quicktheories.QuickTheory.qt;

import org.covalue.core.stakeholder.Stakeholder;
import org.covalue.testkit.Stakeholders;

/**
 * A user's property test with covalue-testkit's generators, reduced to a main method.
 * scripts/consumer-check.sh compiles it with {@code javac -Xlint:all -Werror} against covalue's jars
 * and QuickTheories only, on the class path and on the module path, then runs it.
 */
public final class Laws {

  private Laws() {}

  /**
   * Checks one law; QuickTheories throws when it fails.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    qt().withExamples(50)
        .forAll(Stakeholders.stakeholders())
        .check(stakeholder -> Stakeholder.builder().from(stakeholder).build().equals(stakeholder));
    System.out.println("consumer-check: testkit generators used from a plain javac build");
  }
}
