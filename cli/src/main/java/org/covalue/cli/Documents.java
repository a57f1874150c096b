package org.covalue.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

  /**
   * Writes a text file in UTF-8, with the folders it needs.
   *
   * @param path the file
   * @param text what it holds
   * @throws UncheckedIOException if the file cannot be written, naming it
   */
  static void write(Path path, String text) {
    try {
      Path folder = path.toAbsolutePath().getParent();
      if (folder != null) {
        Files.createDirectories(folder);
      }
      Files.writeString(path, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + path + ": " + e.getMessage(), e);
    }
  }
}
