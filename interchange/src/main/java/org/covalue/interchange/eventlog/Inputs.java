package org.covalue.interchange.eventlog;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens event-log files, gzip-compressed or not (told by their first two bytes). */
final class Inputs {

  private Inputs() {}

  /** Returns the size of a file that is not compressed, or -1 for a compressed or odd one. */
  static long plainSize(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      if (in.read() == 0x1f && in.read() == 0x8b) {
        return -1;
      }
      return Files.size(path);
    } catch (IOException e) {
      return -1;
    }
  }

  static InputStream open(Path path) {
    try {
      BufferedInputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
      in.mark(2);
      int first = in.read();
      int second = in.read();
      in.reset();
      if (first == 0x1f && second == 0x8b) {
        return new GZIPInputStream(in, 1 << 16);
      }
      return in;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read event log " + path, e);
    }
  }
}
