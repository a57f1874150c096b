package org.covalue.testkit.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A model with one deliberate defect, what the defect is, and the violation paths of which the
 * model's validator must report at least one; the public {@code InvalidModel} is made from it.
 *
 * @param <M> the model type
 * @param model the model, defect included
 * @param description what is wrong, for a failing test's report
 * @param expectedPaths the paths of which at least one violation must name one
 */
public record Broken<M>(M model, String description, List<String> expectedPaths) {

  /**
   * Checks and copies the parts.
   *
   * @param model the model
   * @param description what is wrong
   * @param expectedPaths the expected paths; not empty
   */
  public Broken {
    if (expectedPaths.isEmpty()) {
      throw new IllegalArgumentException("A broken model needs at least one expected path");
    }
    expectedPaths = List.copyOf(expectedPaths);
  }

  /**
   * Returns the same defect inside a larger model that holds this one at a path: the expected paths
   * start with that path.
   *
   * @param <N> the larger model's type
   * @param larger the larger model, holding {@link #model()}
   * @param path where it holds it, such as {@code core}
   * @return the defect in the larger model
   */
  public <N> Broken<N> within(N larger, String path) {
    List<String> paths = new ArrayList<>();
    expectedPaths.forEach(expected -> paths.add(path + "." + expected));
    return new Broken<>(larger, description, paths);
  }
}
