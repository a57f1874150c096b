package org.covalue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of README.md compiles as shown, with its own imports and nothing
 * else, against the class path of these tests (every covalue module, QuickTheories, AssertJ and
 * JUnit), with {@code -Xlint:all -Werror} as a user's quiet build would; and every block of
 * statements runs without an exception. A block of statements is compiled inside a class and a
 * method; a block that declares a class is compiled as it is. A failure names the README's line.
 */
class ReadmeSnippetsTest {

  private static final Pattern TYPE_DECLARATION =
      Pattern.compile(
          "^(?:(?:public|final|abstract)\\s+)*(?:class|interface|record|enum)\\s+(\\w+)",
          Pattern.MULTILINE);

  /** A block of Java code, and the README line of its first line. */
  record Block(int firstLine, List<String> lines) {}

  /** A block made into a compilation unit whose line numbers are the block's. */
  record Unit(Block block, String className, String source, boolean runnable) {}

  static List<Block> javaBlocks(List<String> readme) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < readme.size(); i++) {
      if (readme.get(i).strip().equals("```java")) {
        int first = i + 1;
        int end = first;
        while (end < readme.size() && !readme.get(end).strip().equals("```")) {
          end++;
        }
        blocks.add(new Block(first + 1, readme.subList(first, end)));
        i = end;
      }
    }
    return blocks;
  }

  static Unit unit(Block block, int index) {
    String code = String.join("\n", block.lines());
    Matcher type = TYPE_DECLARATION.matcher(code);
    if (type.find()) {
      return new Unit(block, type.group(1), code + "\n", false);
    }
    // Imports stay at the top; the class and the method open on the first line after them, so
    // that every line of the unit keeps its line number in the block.
    int body = 0;
    while (body < block.lines().size()
        && (block.lines().get(body).isBlank() || block.lines().get(body).startsWith("import "))) {
      body++;
    }
    String className = "ReadmeBlock" + index;
    StringBuilder source = new StringBuilder();
    for (int i = 0; i < block.lines().size(); i++) {
      if (i == body) {
        source.append("public class ").append(className).append(" {");
        source.append(" public static void run() throws Exception { ");
      }
      source.append(block.lines().get(i)).append('\n');
    }
    source.append("} }\n");
    return new Unit(block, className, source.toString(), true);
  }

  private static List<Unit> units() throws IOException {
    List<String> readme =
        Files.readAllLines(ProjectFiles.root().resolve("README.md"), StandardCharsets.UTF_8);
    List<Block> blocks = javaBlocks(readme);
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      units.add(unit(blocks.get(i), i + 1));
    }
    return units;
  }

  private static String testPath() {
    List<String> entries = new ArrayList<>();
    for (String property : new String[] {"jdk.module.path", "java.class.path"}) {
      for (String entry : System.getProperty(property, "").split(File.pathSeparator, -1)) {
        if (!entry.isBlank()) {
          entries.add(entry);
        }
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  /** Compiles the units into a folder and returns the problems, each with its README line. */
  static List<String> compile(List<Unit> units, Path classes) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    Map<URI, Unit> byUri = new LinkedHashMap<>();
    List<JavaFileObject> sources = new ArrayList<>();
    for (Unit unit : units) {
      URI uri = URI.create("string:///" + unit.className() + ".java");
      byUri.put(uri, unit);
      sources.add(
          new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
              return unit.source();
            }
          });
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options =
        List.of(
            "-classpath",
            testPath(),
            "-d",
            classes.toString(),
            "-proc:none",
            "-Xlint:all",
            "-Werror");
    compiler.getTask(null, null, diagnostics, options, null, sources).call();
    List<String> problems = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      if (diagnostic.getKind() == Diagnostic.Kind.NOTE) {
        continue;
      }
      JavaFileObject source = diagnostic.getSource();
      Unit unit = source == null ? null : byUri.get(source.toUri());
      String where =
          unit == null
              ? "README.md"
              : "README.md line "
                  + (unit.block().firstLine() + diagnostic.getLineNumber() - 1)
                  + " (the block from line "
                  + unit.block().firstLine()
                  + ")";
      problems.add(
          where
              + ": "
              + diagnostic.getKind().toString().toLowerCase(Locale.ROOT)
              + ": "
              + diagnostic.getMessage(Locale.ROOT));
    }
    return problems;
  }

  @Test
  void theReadmeShowsJavaBlocks() throws IOException {
    assertThat(units()).hasSizeGreaterThanOrEqualTo(7);
    assertThat(units()).anyMatch(unit -> !unit.runnable());
  }

  @Test
  void everyJavaBlockCompilesAsShownAndRuns(@TempDir Path classes) throws Exception {
    List<Unit> units = units();
    assertThat(compile(units, classes))
        .as("README.md's Java blocks must compile as shown, imports included")
        .isEmpty();
    List<String> failures = new ArrayList<>();
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, ReadmeSnippetsTest.class.getClassLoader())) {
      for (Unit unit : units) {
        if (unit.runnable()) {
          try {
            loader.loadClass(unit.className()).getMethod("run").invoke(null);
          } catch (InvocationTargetException e) {
            failures.add(
                "README.md, the block from line "
                    + unit.block().firstLine()
                    + ", throws "
                    + e.getCause());
          }
        }
      }
    }
    assertThat(failures).as("README.md's blocks of statements must run").isEmpty();
  }

  @Test
  void aBlockThatDoesNotCompileIsReportedAtItsReadmeLine(@TempDir Path classes) {
    Block block =
        new Block(
            40,
            List.of(
                "import org.covalue.core.PartyId;",
                "",
                "PartyId contoso = PartyId.of(\"contoso\");",
                "Stakeholder nobody = null;   // its import is missing"));
    assertThat(compile(List.of(unit(block, 1)), classes))
        .isNotEmpty()
        .allMatch(problem -> problem.startsWith("README.md line 43 (the block from line 40)"))
        .anyMatch(problem -> problem.contains("cannot find symbol"));
  }

  @Test
  void aBlockDeclaringAClassIsCompiledAsItIs() {
    Unit unit = unit(new Block(1, List.of("import java.util.List;", "", "class Mine {}")), 7);
    assertThat(unit.className()).isEqualTo("Mine");
    assertThat(unit.runnable()).isFalse();
  }
}
