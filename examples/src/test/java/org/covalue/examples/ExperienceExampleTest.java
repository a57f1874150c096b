package org.covalue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExperienceExampleTest {

  private final String output = Output.of(ExperienceExample::main);

  @Test
  void statesTheScaleOfTheScores() {
    assertThat(output)
        .startsWith(
            """
            Experience is scored from 0 (worst) to 1 (best), on its functional side (did it work?) and its
            emotional side (how did it feel?); low below 0.33, medium below 0.67, high from 0.67.\
            """);
  }

  @Test
  void showsEachObservationWithItsLevelAndTheAverages() {
    assertThat(output)
        .contains(
            """
              Tries self-help in the knowledge base [journey]: functional 0.30 (low), emotional 0.20 (low); "The
                  article did not match the scanner model"
            """)
        .contains("  overall: functional 0.60 (medium), emotional 0.52 (medium) (4 observations)\n")
        .contains("  from the environment: functional 0.60 (medium), emotional 0.40 (medium)")
        .contains("  at Realize: functional 0.70 (high), emotional 0.80 (high) (1 observation)\n");
  }
}
