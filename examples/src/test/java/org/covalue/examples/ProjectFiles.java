package org.covalue.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds files of the repository from a test, which runs in the examples module's folder. */
final class ProjectFiles {

  private ProjectFiles() {}

  /**
   * Returns the root of the repository: the nearest folder, from the working directory up, that
   * holds the parent POM and the examples module.
   *
   * @return the root
   * @throws IllegalStateException if there is none
   */
  static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
      if (Files.isRegularFile(candidate.resolve("pom.xml"))
          && Files.isRegularFile(candidate.resolve("examples").resolve("pom.xml"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("No covalue repository root above " + dir);
  }
}
