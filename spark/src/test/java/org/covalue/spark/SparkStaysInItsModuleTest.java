package org.covalue.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.covalue.core.architecture.CovalueArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * No covalue module but this one uses Spark: not in its classes (those on this module's class path,
 * checked with ArchUnit), not in its sources, not in its POM (every module of the build, read from
 * the files; the BOM lists covalue-spark, as it lists every published artifact). The benchmarks,
 * which are never published, measure this module's job and may use it. The parent POM names Spark's
 * version once, in its dependency management.
 */
class SparkStaysInItsModuleTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** Modules allowed to name Spark: this one, and the benchmarks that time it. */
  private static final List<String> ALLOWED = List.of("spark", "benchmarks");

  /**
   * The architecture table, which names each module's allowed libraries, so also Spark's packages
   * for this module: it states the rule, it does not use Spark.
   */
  private static final Path ARCHITECTURE_TABLE =
      Path.of("core/src/test/java/org/covalue/core/architecture/CovalueArchitectureRules.java");

  private static List<String> modules() throws IOException {
    String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
    Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(pom);
    List<String> modules = new ArrayList<>();
    while (module.find()) {
      modules.add(module.group(1));
    }
    return modules;
  }

  @Test
  void noOtherCovalueClassOnTheClassPathUsesSpark() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(new CovalueArchitectureRules.MainCodeOnly())
            .importPackages("org.covalue");
    assertThat(classes.stream().map(c -> c.getPackageName()))
        .as("the covalue modules this test sees")
        .contains(
            "org.covalue.core", "org.covalue.journey.log", "org.covalue.interchange.eventlog");

    noClasses()
        .that()
        .resideOutsideOfPackage("org.covalue.spark..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..", "scala..", "org.covalue.spark..")
        .check(classes);
  }

  @Test
  void noOtherModuleNamesSparkInItsPomOrSources() throws IOException {
    List<String> modules = modules();
    assertThat(modules).contains("core", "journey", "interchange", "cli", "spark", "benchmarks");
    List<String> found = new ArrayList<>();
    for (String module : modules) {
      if (ALLOWED.contains(module)) {
        continue;
      }
      Path folder = ROOT.resolve(module);
      String pom = Files.readString(folder.resolve("pom.xml"), StandardCharsets.UTF_8);
      if (pom.contains("org.apache.spark")
          || (!module.equals("bom") && pom.contains("<artifactId>covalue-spark</artifactId>"))) {
        found.add(module + "/pom.xml");
      }
      Path sources = folder.resolve("src");
      if (!Files.isDirectory(sources)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
          String name = file.getFileName().toString();
          if ((name.endsWith(".java") || name.endsWith(".xml"))
              && !ROOT.relativize(file).equals(ARCHITECTURE_TABLE)
              && Files.readString(file, StandardCharsets.UTF_8)
                  .matches("(?s).*(org\\.apache\\.spark|org\\.covalue\\.spark).*")) {
            found.add(ROOT.relativize(file).toString());
          }
        }
      }
    }
    assertThat(found).as("files of other modules that name Spark").isEmpty();
  }

  @Test
  void theParentNamesSparksVersionOnlyInItsDependencyManagement() throws IOException {
    String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
    String outsideManagement =
        pom.replaceAll("(?s)<dependencyManagement>.*</dependencyManagement>", "");

    assertThat(pom).contains("<artifactId>spark-sql_2.13</artifactId>");
    assertThat(outsideManagement).doesNotContain("spark-sql").doesNotContain("org.apache.spark");
    assertThat(Files.readString(ROOT.resolve("bom/pom.xml"), StandardCharsets.UTF_8))
        .contains("<artifactId>covalue-spark</artifactId>")
        .doesNotContain("org.apache.spark");
  }
}
