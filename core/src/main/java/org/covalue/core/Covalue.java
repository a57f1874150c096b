package org.covalue.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts about the covalue library itself. */
public final class Covalue {

  private static final String VERSION = readVersion();

  private Covalue() {}

  /**
   * Returns the version of the covalue library on the class or module path, such as {@code 0.1.0}.
   *
   * @return the version this covalue-core was built as
   */
  public static String version() {
    return VERSION;
  }

  private static String readVersion() {
    try (InputStream in = Covalue.class.getResourceAsStream("covalue.properties")) {
      if (in == null) {
        throw new IllegalStateException("covalue-core is missing its covalue.properties resource");
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version");
      if (version == null || version.isBlank()) {
        throw new IllegalStateException("covalue.properties does not name a version");
      }
      return version;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read covalue.properties", e);
    }
  }
}
