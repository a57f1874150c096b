package org.covalue.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.NullMarked;

/**
 * The architecture rules of covalue (see the project's architecture document), shared by every
 * module's {@code ArchitectureTest} through covalue-core's test jar, so that they are written once.
 *
 * <p>Every rule allows an empty import, because a module may hold no classes yet; the cross-module
 * test in covalue-examples checks that its import is not empty.
 *
 * <p>A module applies them with {@code @ArchTest static final ArchTests rules =
 * ArchTests.in(CovalueArchitectureRules.class);} on a class annotated
 * {@code @AnalyzeClasses(packages = "org.covalue.<module>", importOptions =
 * CovalueArchitectureRules.MainCodeOnly.class)}.
 */
public final class CovalueArchitectureRules {

  private CovalueArchitectureRules() {}

  /** What each module may depend on besides itself: the table of the architecture document. */
  static final Map<String, Set<String>> ALLOWED_MODULES =
      Map.of(
          "core", Set.of(),
          "journey", Set.of("core"),
          "visibility", Set.of("core", "journey"),
          "value", Set.of("core", "journey", "visibility"),
          "interchange", Set.of("core", "journey", "visibility", "value"),
          "testkit", Set.of("core", "journey", "visibility", "value"),
          "cli", Set.of("core", "journey", "visibility", "value", "interchange"),
          "examples",
              Set.of("core", "journey", "visibility", "value", "interchange", "testkit", "cli"),
          "spark", Set.of("core", "journey", "interchange"),
          "benchmarks",
              Set.of("core", "journey", "visibility", "value", "interchange", "testkit", "cli"));

  /** Third-party packages each module may use; the JDK ({@code java..}) is always allowed. */
  static final Map<String, List<String>> ALLOWED_LIBRARIES =
      Map.of(
          "core", List.of("org.jspecify..", "org.immutables.value.."),
          "journey", List.of("org.jspecify..", "org.immutables.value.."),
          "visibility", List.of("org.jspecify..", "org.immutables.value.."),
          "value", List.of("org.jspecify..", "org.immutables.value.."),
          "interchange",
              List.of(
                  "org.jspecify..",
                  "org.immutables.value..",
                  "tools.jackson..",
                  "javax.xml.stream.."),
          "testkit", List.of("org.jspecify..", "org.immutables.value..", "org.quicktheories.."),
          "cli", List.of("org.jspecify..", "org.immutables.value..", "picocli.."),
          "spark", List.of("org.jspecify..", "org.apache.spark..", "scala.."));

  /** Imports main code only: no test classes, no test jars. */
  public static final class MainCodeOnly implements ImportOption {
    private final ImportOption doNotIncludeTests = new ImportOption.DoNotIncludeTests();

    /** Creates the option; ArchUnit instantiates it. */
    public MainCodeOnly() {}

    @Override
    public boolean includes(Location location) {
      return doNotIncludeTests.includes(location) && !location.contains("-tests.jar");
    }
  }

  /** The allowed-dependency table: each module uses only the modules and libraries listed. */
  @ArchTest
  public static final ArchRule MODULES_DEPEND_ONLY_AS_THE_TABLE_ALLOWS =
      classes()
          .that()
          .resideInAPackage("org.covalue..")
          .should(dependOnlyOnAllowedModulesAndLibraries())
          .allowEmptyShould(true)
          .because(
              "dependencies point one way: core <- journey <- visibility <- value, formats above");

  /** No cycles between packages anywhere. */
  @ArchTest
  public static final ArchRule NO_PACKAGE_CYCLES =
      slices().matching("org.covalue.(**)").should().beFreeOfCycles().allowEmptyShould(true);

  /** Generated Immutable* classes stay package-private: users see the abstract type only. */
  @ArchTest
  public static final ArchRule GENERATED_CLASSES_ARE_NOT_PUBLIC =
      classes()
          .that()
          .haveSimpleNameStartingWith("Immutable")
          .and()
          .areTopLevelClasses()
          .should()
          .notBePublic()
          .allowEmptyShould(true)
          .because("the generated class never appears in the public API");

  /** Every package is @NullMarked. */
  @ArchTest
  public static final ArchRule EVERY_PACKAGE_IS_NULL_MARKED =
      classes()
          .that()
          .resideInAPackage("org.covalue..")
          .should(beInANullMarkedPackage())
          .allowEmptyShould(true);

  /** Analyses are pure: no I/O, clocks, randomness or logging. */
  @ArchTest
  public static final ArchRule ANALYSES_ARE_PURE =
      noClasses()
          .that()
          .resideInAPackage("org.covalue..analysis..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "java.io..",
              "java.nio.file..",
              "java.net..",
              "java.util.logging..",
              "org.slf4j..",
              "org.apache.logging..")
          .orShould()
          .dependOnClassesThat()
          .belongToAnyOf(
              java.time.Clock.class,
              java.util.Random.class,
              java.security.SecureRandom.class,
              java.util.concurrent.ThreadLocalRandom.class,
              java.util.SplittableRandom.class,
              System.Logger.class)
          .orShould()
          .callMethod(System.class, "currentTimeMillis")
          .orShould()
          .callMethod(System.class, "nanoTime")
          .orShould()
          .callMethod(Math.class, "random")
          .orShould(callANowMethod())
          .allowEmptyShould(true)
          .because("analyses are pure functions: no I/O, no clocks, no randomness, no logging");

  /** No module uses another module's internal package. */
  @ArchTest
  public static final ArchRule NOBODY_USES_ANOTHER_MODULES_INTERNALS =
      classes()
          .that()
          .resideInAPackage("org.covalue..")
          .should(notUseAnotherModulesInternals())
          .allowEmptyShould(true)
          .because("internal packages are implementation details of their module");

  /**
   * Returns the covalue module a class belongs to: the package segment after {@code org.covalue}.
   *
   * @param javaClass a class
   * @return the module name, or empty for a class outside covalue
   */
  static Optional<String> moduleOf(JavaClass javaClass) {
    String name = javaClass.getPackageName();
    if (!name.startsWith("org.covalue.")) {
      return Optional.empty();
    }
    String rest = name.substring("org.covalue.".length());
    int dot = rest.indexOf('.');
    return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
  }

  private static ArchCondition<JavaClass> dependOnlyOnAllowedModulesAndLibraries() {
    return new ArchCondition<>("depend only on the modules and libraries the table allows") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        String module = moduleOf(item).orElseThrow();
        Set<String> allowedModules = ALLOWED_MODULES.get(module);
        if (allowedModules == null) {
          events.add(
              SimpleConditionEvent.violated(
                  item, item.getName() + " is in unknown module " + module));
          return;
        }
        List<String> libraries = ALLOWED_LIBRARIES.get(module);
        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass().getBaseComponentType();
          if (target.isPrimitive() || target.getPackageName().startsWith("java.")) {
            continue;
          }
          Optional<String> targetModule = moduleOf(target);
          boolean allowed =
              targetModule.isPresent()
                  ? targetModule.get().equals(module) || allowedModules.contains(targetModule.get())
                  : libraries == null || libraries.stream().anyMatch(p -> inPackage(target, p));
          if (!allowed) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  private static boolean inPackage(JavaClass target, String pattern) {
    String prefix = pattern.substring(0, pattern.length() - 2);
    String packageName = target.getPackageName();
    return packageName.equals(prefix) || packageName.startsWith(prefix + ".");
  }

  private static ArchCondition<JavaClass> beInANullMarkedPackage() {
    return new ArchCondition<>("be in a @NullMarked package") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        boolean marked = item.getPackage().isAnnotatedWith(NullMarked.class);
        events.add(
            new SimpleConditionEvent(
                item,
                marked,
                item.getName() + (marked ? " is" : " is not") + " in a @NullMarked package"));
      }
    };
  }

  private static ArchCondition<JavaClass> callANowMethod() {
    return new ArchCondition<>("call a now() method of java.time") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        item.getMethodCallsFromSelf().stream()
            .filter(call -> call.getName().equals("now"))
            .filter(call -> call.getTargetOwner().getPackageName().equals("java.time"))
            .forEach(
                call -> events.add(SimpleConditionEvent.satisfied(call, call.getDescription())));
      }
    };
  }

  private static ArchCondition<JavaClass> notUseAnotherModulesInternals() {
    return new ArchCondition<>("not use another module's internal package") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        String module = moduleOf(item).orElseThrow();
        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass().getBaseComponentType();
          Optional<String> targetModule = moduleOf(target);
          if (targetModule.isPresent()
              && !targetModule.get().equals(module)
              && target.getPackageName().contains(".internal")) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }
}
