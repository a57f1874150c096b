package org.covalue.testkit.laws.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.covalue.core.InvalidModelException;
import org.covalue.testkit.CoreModels;
import org.covalue.testkit.JourneyModels;
import org.covalue.testkit.Values;
import org.covalue.testkit.Visibilities;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Random and mutated input to every builder and value factory of core, journey, visibility and
 * value gives a value or {@link InvalidModelException}, never another exception, an out-of-memory
 * error or a stack overflow.
 */
class BuilderFuzzPropertiesTest {

  /**
   * What covalue reports rather than what it reads: violations, findings and rules are made by
   * covalue's checks and analyses from values already checked, so a null given to their factories
   * is a programming error (a {@link NullPointerException}, conventions.md), not model input.
   */
  private static final Set<String> REPORTS =
      Set.of("org.covalue.core.Violation", "org.covalue.core.Finding", "org.covalue.core.Rule");

  /**
   * Analyses outside the analysis packages: their {@code of} takes values already built (a log, a
   * list of relationships), so a null there is a programming error, as for every analysis.
   */
  private static final Set<String> OPERATIONS =
      Set.of(
          "org.covalue.journey.log.JourneyAnalytics",
          "org.covalue.core.relationship.RelationshipNetwork");

  /** The public value types of the domain modules that have a builder or a factory. */
  static final List<Class<?>> TYPES = discover();

  private static List<Class<?>> discover() {
    List<Class<?>> types = new ArrayList<>();
    for (JavaClass javaClass :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(
                "org.covalue.core",
                "org.covalue.journey",
                "org.covalue.visibility",
                "org.covalue.value")) {
      String name = javaClass.getPackageName();
      if (!javaClass.getModifiers().contains(JavaModifier.PUBLIC)
          || javaClass.isInterface()
          || javaClass.isEnum()
          || name.contains(".internal")
          || name.contains(".style")
          || name.contains(".testing")
          || name.contains(".architecture")
          || name.contains(".sample")
          || REPORTS.contains(javaClass.getName())
          || OPERATIONS.contains(javaClass.getName())) {
        continue;
      }
      Class<?> type = javaClass.reflect();
      if (Throwable.class.isAssignableFrom(type)) {
        continue;
      }
      if (hasBuilder(type) || !FuzzInput.factories(type).isEmpty()) {
        types.add(type);
      }
    }
    types.sort(Comparator.comparing(Class::getName));
    return List.copyOf(types);
  }

  private static boolean hasBuilder(Class<?> type) {
    try {
      return Modifier.isStatic(type.getMethod("builder").getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  @Test
  void everyModuleHasFuzzedTypes() {
    Set<String> modules = new LinkedHashSet<>();
    for (Class<?> type : TYPES) {
      modules.add(type.getPackageName().substring("org.covalue.".length()).replaceAll("\\..*", ""));
    }
    assertThat(modules).containsExactlyInAnyOrder("core", "journey", "visibility", "value");
    assertThat(TYPES).hasSizeGreaterThan(60);
  }

  @Test
  void randomInputToEveryBuilderAndFactoryGivesAValueOrInvalidModelException() {
    int[] built = new int[TYPES.size()];
    qt().withExamples(FuzzInput.cases(10))
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              for (int i = 0; i < TYPES.size(); i++) {
                if (FuzzInput.covalueValue(TYPES.get(i), random, 0) != null) {
                  built[i]++;
                }
              }
            });
    // Random input does build values, so the property is not only about refusals.
    assertThat(java.util.Arrays.stream(built).filter(n -> n > 0).count())
        .isGreaterThan(TYPES.size() / 3);
  }

  @Test
  void mutatedValuesGiveAValueOrInvalidModelException() {
    Gen<List<Object>> elements =
        CoreModels.models()
            .zip(JourneyModels.models(), Visibilities.models(), Values.models(), List::<Object>of)
            .map(BuilderFuzzPropertiesTest::elementsOf);
    int[] outcomes = new int[2];
    qt().withExamples(FuzzInput.cases(20))
        .forAll(elements, longs().all())
        .checkAssert(
            (values, seed) -> {
              Random random = new Random(seed);
              for (Object value : values) {
                outcomes[mutate(value, random) ? 0 : 1]++;
              }
            });
    assertThat(outcomes[0]).as("mutated values built").isPositive();
    assertThat(outcomes[1]).as("mutated values refused").isPositive();
  }

  /**
   * Rebuilds a value from itself with one to three attributes set to random input.
   *
   * @return whether it was built; false when refused with InvalidModelException
   */
  private static boolean mutate(Object value, Random random) {
    Class<?> type = publicType(value.getClass());
    try {
      Object builder = type.getMethod("builder").invoke(null);
      builder.getClass().getMethod("from", type).invoke(builder, value);
      List<Method> setters = FuzzInput.setters(builder.getClass());
      int edits = 1 + random.nextInt(3);
      for (int i = 0; i < edits && !setters.isEmpty(); i++) {
        Method setter = setters.get(random.nextInt(setters.size()));
        if (!setter.getName().equals("from")) {
          setter.invoke(builder, FuzzInput.value(setter.getGenericParameterTypes()[0], random, 0));
        }
      }
      return builder.getClass().getMethod("build").invoke(builder) != null;
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof InvalidModelException invalid) {
        assertThat(invalid.violations()).isNotEmpty();
        return false;
      }
      throw new AssertionError(
          "Mutating " + type.getName() + " threw " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new LinkageError("Cannot rebuild " + type.getName(), e);
    }
  }

  /** The public covalue type with a builder that a generated class implements. */
  private static Class<?> publicType(Class<?> generated) {
    for (Class<?> type = generated; type != null; type = type.getSuperclass()) {
      if (Modifier.isPublic(type.getModifiers()) && hasBuilder(type)) {
        return type;
      }
    }
    throw new AssertionError("No public type with a builder above " + generated.getName());
  }

  /** The values with a builder held by the models, two levels deep, and the models themselves. */
  static List<Object> elementsOf(List<Object> models) {
    List<Object> elements = new ArrayList<>();
    for (Object model : models) {
      collect(model, elements, 0);
    }
    return elements;
  }

  private static void collect(@Nullable Object value, List<Object> elements, int depth) {
    if (value == null || !value.getClass().getName().startsWith("org.covalue.") || depth > 2) {
      return;
    }
    if (hasBuilderAbove(value.getClass())) {
      elements.add(value);
    }
    for (Method accessor : publicType(value).getMethods()) {
      if (accessor.getParameterCount() != 0
          || Modifier.isStatic(accessor.getModifiers())
          || accessor.getDeclaringClass() == Object.class) {
        continue;
      }
      Class<?> result = accessor.getReturnType();
      if (!Collection.class.isAssignableFrom(result)
          && result != Optional.class
          && !result.getName().startsWith("org.covalue.")) {
        continue;
      }
      Object held;
      try {
        held = accessor.invoke(value);
      } catch (ReflectiveOperationException e) {
        continue;
      }
      if (held instanceof Collection<?> collection) {
        for (Object element : collection) {
          collect(element, elements, depth + 1);
        }
      } else if (held instanceof Optional<?> optional) {
        collect(optional.orElse(null), elements, depth + 1);
      } else {
        collect(held, elements, depth + 1);
      }
    }
  }

  private static boolean hasBuilderAbove(Class<?> generated) {
    for (Class<?> type = generated; type != null; type = type.getSuperclass()) {
      if (Modifier.isPublic(type.getModifiers()) && hasBuilder(type)) {
        return true;
      }
    }
    return false;
  }

  private static Class<?> publicType(Object value) {
    for (Class<?> type = value.getClass(); type != null; type = type.getSuperclass()) {
      if (Modifier.isPublic(type.getModifiers())) {
        return type;
      }
    }
    return Object.class;
  }
}
