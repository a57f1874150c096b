package org.covalue.cli;

import java.io.BufferedInputStream;
import java.io.Console;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * A progress line on standard error while {@code covalue journeys} reads a long event log: the
 * share of the file's bytes read, redrawn in place (a carriage return before each state) whenever
 * the whole percentage changes, then what comes next, and a blank line drawn over it at the end, so
 * that nothing of it is left on the screen. For a gzip-compressed log the share is that of the
 * compressed bytes.
 */
final class Progress extends FilterInputStream {

  private final PrintWriter err;
  private final String name;
  private final long total;
  private long read;
  private int shown = -1;
  private int width;

  private Progress(InputStream in, PrintWriter err, String name, long total) {
    super(in);
    this.err = err;
    this.name = name;
    this.total = total;
  }

  /**
   * Opens a log, decompressing it when its first two bytes say gzip, and counts the bytes read from
   * the file.
   *
   * @param path the log
   * @param err where the progress line goes
   * @return the stream of the log's plain bytes and its progress
   * @throws UncheckedIOException if the file cannot be opened
   */
  static Opened open(Path path, PrintWriter err) {
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    try {
      InputStream file = Files.newInputStream(path);
      try {
        Progress progress = new Progress(file, err, name, Files.size(path));
        progress.show();
        BufferedInputStream in = new BufferedInputStream(progress, 1 << 16);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        InputStream plain = first == 0x1f && second == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
        return new Opened(plain, progress);
      } catch (IOException | RuntimeException e) {
        file.close();
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read event log " + path, e);
    }
  }

  /** A log opened for reading, and its progress. */
  record Opened(InputStream in, Progress progress) {}

  /**
   * Tells whether standard error is a terminal: on Linux, from what file descriptor 2 points to;
   * elsewhere, from the JVM's console (Java 17 has no test for standard error alone): on Java 17 to
   * 21 a console exists only when the JVM is interactive; from Java 22 it always exists, and its
   * {@code isTerminal()} tells.
   *
   * @return true if a progress line would be seen
   */
  @SuppressWarnings("SystemConsoleNull") // the null is the answer on Java 17 to 21, see above
  static boolean stderrIsTerminal() {
    Path stderr = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(stderr)) {
        String target = Files.readSymbolicLink(stderr).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // no /proc: ask the console below
    }
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return Boolean.TRUE.equals(Console.class.getMethod("isTerminal").invoke(console));
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  private void count(long bytes) {
    read += bytes;
    show();
  }

  private void show() {
    int percent = total <= 0 ? 100 : (int) Math.min(100, read * 100 / total);
    if (percent != shown) {
      shown = percent;
      draw(String.format(Locale.ROOT, "Reading %s: %d%%", name, percent));
    }
  }

  /**
   * Replaces the line with what is being done now.
   *
   * @param state a short phrase, such as "analysing 13710 events"
   */
  void now(String state) {
    draw(String.format(Locale.ROOT, "Reading %s: %d%%, %s", name, shown, state));
  }

  /** Draws blanks over the progress line and returns to its start. */
  void clear() {
    err.print("\r" + " ".repeat(width) + "\r");
    err.flush();
    width = 0;
  }

  private void draw(String line) {
    // Blanks over what is left of a longer line before it.
    err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
    err.flush();
    width = line.length();
  }
}
