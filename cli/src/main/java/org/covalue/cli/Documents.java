package org.covalue.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.covalue.interchange.json.CovalueDocument;
import org.covalue.interchange.json.CovalueJson;

/** Reads a model document named on the command line. */
final class Documents {

  private Documents() {}

  /**
   * Reads and validates a document.
   *
   * @param path the file
   * @return the model
   * @throws org.covalue.core.InvalidModelException listing every problem at its JSON pointer
   * @throws UncheckedIOException if the file cannot be read, naming it
   */
  static CovalueDocument read(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return CovalueJson.DEFAULT.read(in);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("No such file: " + path, e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
    }
  }
}
