package org.covalue.core.testing;

import com.google.common.testing.NullPointerTester;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.covalue.core.InvalidModelException;
import org.jspecify.annotations.Nullable;

/**
 * Passes {@code null} to every parameter of every public method of every public type of a module's
 * exported packages, one parameter at a time, and checks that it is refused as conventions.md says:
 * model input (builders, factories of value types, {@code withX} copies) with an {@link
 * InvalidModelException}, everything else (analyses and other operations) with a {@link
 * NullPointerException}, checked by Guava's {@link NullPointerTester}. A parameter annotated
 * {@code @Nullable} is skipped.
 *
 * <p>Receivers come from samples registered per type; a public type without a sample, other than a
 * utility class with static methods only, is itself a failure, so that no type escapes the check.
 */
public final class NullArgumentChecks {

  private final Map<Class<?>, Supplier<?>> samples = new LinkedHashMap<>();
  private final NullPointerTester tester = new NullPointerTester();
  private final List<String> failures = new ArrayList<>();
  private final List<String> checked = new ArrayList<>();
  private final List<String> analysisPackages = new ArrayList<>();
  private final List<String> operations = new ArrayList<>();

  /** Starts with no sample. */
  public NullArgumentChecks() {
    tester.setDefault(Supplier.class, (Supplier<String>) () -> "x");
    tester.setDefault(Function.class, Function.identity());
    tester.setDefault(Object.class, "x");
  }

  /**
   * Registers a sample of a type, used as the receiver of its instance methods and as the value of
   * its parameters.
   *
   * @param <T> the type
   * @param type the type
   * @param sample a fresh sample each time (builders are mutable)
   * @return this
   */
  public <T> NullArgumentChecks sample(Class<T> type, Supplier<? extends T> sample) {
    samples.put(type, sample);
    T value = sample.get();
    tester.setDefault(type, value);
    return this;
  }

  /**
   * Declares a package whose types, builders aside, are analyses: their methods refuse null with a
   * NullPointerException. Packages named {@code *.analysis} are such packages already.
   *
   * @param packageName the package
   * @return this
   */
  public NullArgumentChecks analysisPackage(String packageName) {
    analysisPackages.add(packageName);
    return this;
  }

  /**
   * Declares the methods of a name of a type as operations, which refuse null with a
   * NullPointerException, such as a builder's low-level methods that take byte buffers.
   *
   * @param type the type
   * @param methodName the methods' name
   * @return this
   */
  public NullArgumentChecks operation(Class<?> type, String methodName) {
    operations.add(type.getName() + "#" + methodName);
    return this;
  }

  /**
   * Checks every public type of the exported packages under a root package.
   *
   * @param rootPackage such as {@code org.covalue.core}
   * @param exported the exported packages
   * @return this
   */
  public NullArgumentChecks checkPackages(String rootPackage, Collection<String> exported) {
    List<Class<?>> types = new ArrayList<>();
    for (JavaClass javaClass :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(rootPackage)) {
      if (exported.contains(javaClass.getPackageName())
          && javaClass.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
          && !javaClass.getName().contains(".Immutable")
          && !javaClass.isAnnotation()
          && !javaClass.isAnonymousClass()) {
        types.add(javaClass.reflect());
      }
    }
    types.sort(Comparator.comparing(Class::getName));
    for (Class<?> type : types) {
      check(type);
    }
    return this;
  }

  /**
   * Checks given types, such as fixtures of a test of this class.
   *
   * @param types the types
   * @return this
   */
  public NullArgumentChecks checkTypes(Class<?>... types) {
    for (Class<?> type : types) {
      check(type);
    }
    return this;
  }

  /**
   * Returns what was checked, one line per method.
   *
   * @return the checked methods
   */
  public List<String> checked() {
    return List.copyOf(checked);
  }

  /**
   * Returns every failure found.
   *
   * @return one line per method that accepted a null or refused it with the wrong exception
   */
  public List<String> failures() {
    return List.copyOf(failures);
  }

  private void check(Class<?> type) {
    List<Method> instanceMethods = new ArrayList<>();
    for (Method method : publicMethods(type)) {
      if (!Modifier.isStatic(method.getModifiers())) {
        instanceMethods.add(method);
      } else if (method.getDeclaringClass().equals(type)) {
        checkMethod(type, method, null);
      }
    }
    if (instanceMethods.isEmpty()) {
      return; // a utility class
    }
    if ((type.isInterface() || Modifier.isAbstract(type.getModifiers()))
        && !samples.containsKey(type)
        && hasSampleOfSubtype(type)) {
      return; // a base type, whose methods are checked on each registered subtype
    }
    Supplier<?> sample = samples.get(type);
    if (sample == null && type.isEnum()) {
      Object first = type.getEnumConstants()[0];
      sample = () -> first;
    }
    if (sample == null) {
      failures.add(type.getName() + ": no sample registered, so its methods went unchecked");
      return;
    }
    for (Method method : instanceMethods) {
      checkMethod(type, method, sample);
    }
  }

  private boolean hasSampleOfSubtype(Class<?> type) {
    for (Supplier<?> sample : samples.values()) {
      if (type.isInstance(sample.get())) {
        return true;
      }
    }
    return false;
  }

  private static List<Method> publicMethods(Class<?> type) {
    List<Method> methods = new ArrayList<>();
    for (Method method : type.getMethods()) {
      Class<?> declaring = method.getDeclaringClass();
      if (declaring.getName().startsWith("org.covalue.")
          && !method.isSynthetic()
          && !method.isBridge()
          && !(method.getName().equals("equals") && method.getParameterCount() == 1)) {
        methods.add(method);
      }
    }
    methods.sort(Comparator.comparing(Method::toGenericString));
    return methods;
  }

  private void checkMethod(Class<?> type, Method method, @Nullable Supplier<?> receiver) {
    Parameter[] parameters = method.getParameters();
    AnnotatedType[] annotated = method.getAnnotatedParameterTypes();
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i].getType().isPrimitive()
          || annotated[i].isAnnotationPresent(Nullable.class)) {
        continue;
      }
      String name = type.getSimpleName() + "." + method.getName() + " parameter " + i;
      checked.add(name);
      if (isGeneratedCollectionParameter(method, i)) {
        expectNullPointer(name, method, receiver, i);
      } else if (isModelInput(type, method)) {
        expectInvalidModel(name, method, receiver, i);
      } else {
        expectNullPointer(name, method, receiver, i);
      }
    }
  }

  /**
   * Tells whether a null for this parameter is refused by Immutables' generated code with a plain
   * NullPointerException: a whole collection, array, map or optional (OptionalInt, OptionalLong and
   * OptionalDouble included) given to a generated builder's setter or a generated copy method
   * (docs/decisions/0010).
   */
  private static boolean isGeneratedCollectionParameter(Method method, int index) {
    Class<?> parameter = method.getParameterTypes()[index];
    boolean container =
        Iterable.class.isAssignableFrom(parameter)
            || Map.class.isAssignableFrom(parameter)
            || Map.Entry.class.isAssignableFrom(parameter)
            || Optional.class.isAssignableFrom(parameter)
            || parameter == OptionalInt.class
            || parameter == OptionalLong.class
            || parameter == OptionalDouble.class
            || parameter.isArray();
    boolean generated =
        method.getDeclaringClass().getName().contains(".Immutable")
            || Modifier.isAbstract(method.getModifiers());
    return container && generated;
  }

  private boolean isModelInput(Class<?> type, Method method) {
    String packageName = type.getPackageName();
    if (operations.contains(type.getName() + "#" + method.getName())) {
      return false;
    }
    boolean builder =
        type.getSimpleName().endsWith("Builder")
            || method.getDeclaringClass().getSimpleName().endsWith("Builder");
    if (analysisPackages.contains(packageName) && !builder) {
      return false;
    }
    if (type.isEnum() && method.getName().equals("valueOf")) {
      return false;
    }
    if (packageName.endsWith(".analysis")
        || type.getSimpleName().startsWith("Violation")
        || type.getSimpleName().equals("InvalidModelException")
        || type.getSimpleName().equals("HasFindings")) {
      return false;
    }
    if (type.getSimpleName().endsWith("Builder")
        || method.getDeclaringClass().getSimpleName().endsWith("Builder")) {
      return true;
    }
    boolean factory =
        Modifier.isStatic(method.getModifiers())
            && method.getReturnType().getPackageName().equals(packageName);
    boolean copy =
        !Modifier.isStatic(method.getModifiers()) && method.getReturnType().isAssignableFrom(type);
    return factory || copy;
  }

  private void expectNullPointer(
      String name, Method method, @Nullable Supplier<?> receiver, int index) {
    try {
      if (receiver == null) {
        tester.testMethodParameter(null, method, index);
      } else {
        tester.testMethodParameter(receiver.get(), method, index);
      }
    } catch (AssertionError | RuntimeException e) {
      failures.add(name + " should refuse null with a NullPointerException: " + e.getMessage());
    }
  }

  private void expectInvalidModel(
      String name, Method method, @Nullable Supplier<?> receiver, int index) {
    Object target = receiver == null ? null : receiver.get();
    Object[] arguments = new Object[method.getParameterCount()];
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < arguments.length; i++) {
      arguments[i] = i == index ? null : defaultOf(types[i]);
    }
    try {
      method.setAccessible(true);
      Object result = method.invoke(target, arguments);
      if (result != null && result == target && hasBuild(target)) {
        Method build = target.getClass().getMethod("build");
        build.setAccessible(true);
        build.invoke(target);
      }
      failures.add(name + " accepted null");
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (!(cause instanceof InvalidModelException)) {
        failures.add(
            name + " should refuse null with an InvalidModelException, but threw " + cause);
      } else if (cause.getMessage() == null || cause.getMessage().isBlank()) {
        failures.add(name + " refused null without a message");
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      failures.add(name + " could not be called: " + e);
    }
  }

  private static boolean hasBuild(Object target) {
    try {
      target.getClass().getMethod("build");
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private @Nullable Object defaultOf(Class<?> type) {
    Supplier<?> sample = samples.get(type);
    if (sample != null) {
      return sample.get();
    }
    if (type.isPrimitive()) {
      if (type == boolean.class) {
        return false;
      }
      if (type == double.class) {
        return 0.5;
      }
      if (type == long.class) {
        return 0L;
      }
      return 0;
    }
    if (type == String.class || type == Object.class || type == CharSequence.class) {
      return "x";
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type == Optional.class) {
      return Optional.empty();
    }
    if (type == Set.class) {
      return Set.of();
    }
    if (type == Map.class) {
      return Map.of();
    }
    if (Iterable.class.isAssignableFrom(type)) {
      return List.of();
    }
    if (type.isArray()) {
      return java.lang.reflect.Array.newInstance(type.getComponentType(), 0);
    }
    for (Map.Entry<Class<?>, Supplier<?>> entry : samples.entrySet()) {
      if (type.isAssignableFrom(entry.getKey())) {
        return entry.getValue().get();
      }
    }
    return null;
  }
}
