package org.covalue.testkit.laws.fuzz;

import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import org.covalue.core.InvalidModelException;
import org.jspecify.annotations.Nullable;

/**
 * Random input for any parameter of a covalue builder or factory, biased towards what breaks code:
 * nulls, blank and invisible text, control characters, lone surrogates, very long text, extreme and
 * non-finite numbers, empty and null-holding collections, and nested covalue values that are
 * themselves built from random input.
 *
 * <p>A whole collection, array, map or {@code Optional} is never null: docs/decisions/0010 makes
 * such a null a programming error ({@link NullPointerException}), not model input.
 */
final class FuzzInput {

  /** How much larger than the default build a run is: the system property covalue.fuzz.scale. */
  static final int SCALE = Math.max(1, Integer.getInteger("covalue.fuzz.scale", 1));

  private static final String[] TEXT = {
    "",
    " ",
    "\t\n",
    "a",
    "x-1",
    "Customer",
    "ORGANIZATION",
    "HIGH",
    "CO_CREATE",
    "sp ace",
    "\u200B",
    "\u00A0name\u00A0",
    "\u0000",
    "bell\u0007",
    "line\nbreak",
    "\uD800",
    "\uDC00x",
    "emoji \uD83D\uDE00",
    "\u202Eevil",
    "caf\u00e9",
    "1.5",
    "-1",
    "NaN",
    "null",
    "${jndi:x}",
    "<script>",
    "1.2.4",
    "EUR",
    "eur",
    "2026-11-27T10:15:30Z",
  };

  private FuzzInput() {}

  /** Number of cases for a law whose default build runs {@code base} cases. */
  static int cases(int base) {
    return base * SCALE;
  }

  /**
   * Returns a random value for a parameter of the given type.
   *
   * @param depth how many covalue values deep the value is nested; values are built no deeper than
   *     2
   */
  static @Nullable Object value(Type type, Random random, int depth) {
    if (type instanceof WildcardType wildcard) {
      return value(wildcard.getUpperBounds()[0], random, depth);
    }
    if (type instanceof GenericArrayType array) {
      Type component = array.getGenericComponentType();
      Class<?> raw = raw(component);
      int length = random.nextInt(4);
      Object result = Array.newInstance(raw, length);
      for (int i = 0; i < length; i++) {
        Array.set(result, i, value(component, random, depth));
      }
      return result;
    }
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      Type[] arguments = parameterized.getActualTypeArguments();
      if (raw == Map.Entry.class) {
        return new AbstractMap.SimpleEntry<>(
            value(arguments[0], random, depth), value(arguments[1], random, depth));
      }
      if (raw == Optional.class) {
        return Optional.ofNullable(value(arguments[0], random, depth));
      }
      if (Map.class.isAssignableFrom(raw)) {
        Map<@Nullable Object, @Nullable Object> map = new LinkedHashMap<>();
        int size = random.nextInt(3);
        for (int i = 0; i < size; i++) {
          map.put(value(arguments[0], random, depth), value(arguments[1], random, depth));
        }
        return map;
      }
      if (Iterable.class.isAssignableFrom(raw)) {
        return elements(arguments[0], random, depth);
      }
      return value(raw, random, depth);
    }
    return value((Class<?>) type, random, depth);
  }

  private static List<@Nullable Object> elements(Type element, Random random, int depth) {
    List<@Nullable Object> list = new ArrayList<>();
    int size = random.nextInt(4);
    for (int i = 0; i < size; i++) {
      Object value = value(element, random, depth);
      list.add(value);
      if (value != null && random.nextInt(8) == 0) {
        list.add(value);
      }
    }
    return list;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType parameterized) {
      return (Class<?>) parameterized.getRawType();
    }
    return Object.class;
  }

  @SuppressWarnings("JavaUtilDate")
  private static @Nullable Object value(Class<?> type, Random random, int depth) {
    if (type.isPrimitive()) {
      return primitive(type, random);
    }
    if (type.isArray()) {
      int length = random.nextInt(4);
      Object result = Array.newInstance(type.getComponentType(), length);
      for (int i = 0; i < length; i++) {
        Object element = value(type.getComponentType(), random, depth);
        if (element != null || !type.getComponentType().isPrimitive()) {
          Array.set(result, i, element);
        }
      }
      return result;
    }
    if (type == Optional.class) {
      return Optional.empty();
    }
    if (type == OptionalDouble.class) {
      return random.nextBoolean() ? OptionalDouble.empty() : OptionalDouble.of(number(random));
    }
    if (type == OptionalInt.class) {
      return random.nextBoolean() ? OptionalInt.empty() : OptionalInt.of((int) integer(random));
    }
    if (type == OptionalLong.class) {
      return random.nextBoolean() ? OptionalLong.empty() : OptionalLong.of(integer(random));
    }
    if (Collection.class.isAssignableFrom(type) || type == Iterable.class) {
      return type == Set.class ? Set.of() : List.of();
    }
    if (Map.class.isAssignableFrom(type)) {
      return Map.of();
    }
    if (type == Map.Entry.class) {
      return new AbstractMap.SimpleEntry<>(text(random), text(random));
    }
    if (random.nextInt(10) == 0) {
      return null;
    }
    if (type == String.class || type == CharSequence.class || type == Object.class) {
      return text(random);
    }
    if (type == Integer.class || type == Long.class || type == Double.class) {
      return primitive(
          type == Integer.class ? int.class : type == Long.class ? long.class : double.class,
          random);
    }
    if (type == Boolean.class) {
      return random.nextBoolean();
    }
    if (type == BigDecimal.class) {
      return decimal(random);
    }
    if (type == BigInteger.class) {
      return decimal(random).toBigInteger();
    }
    if (type == Duration.class) {
      return new Duration[] {
            Duration.ZERO,
            Duration.ofSeconds(-1),
            Duration.ofDays(3),
            Duration.ofSeconds(Long.MAX_VALUE)
          }
          [random.nextInt(4)];
    }
    if (type == Period.class) {
      return new Period[] {Period.ZERO, Period.ofDays(-1), Period.ofYears(1000)}[random.nextInt(3)];
    }
    if (type == Instant.class) {
      return new Instant[] {
            Instant.EPOCH, Instant.MIN, Instant.MAX, Instant.parse("2026-11-27T10:00:00Z")
          }
          [random.nextInt(4)];
    }
    if (type == LocalDate.class) {
      return new LocalDate[] {LocalDate.MIN, LocalDate.MAX, LocalDate.of(2026, 11, 27)}
          [random.nextInt(3)];
    }
    if (type == LocalDateTime.class) {
      return LocalDateTime.of(2026, 11, 27, 10, 0);
    }
    if (type == OffsetDateTime.class) {
      return OffsetDateTime.of(2026, 11, 27, 10, 0, 0, 0, ZoneOffset.UTC);
    }
    if (type == ZoneId.class) {
      return random.nextBoolean() ? ZoneOffset.UTC : ZoneId.of("Europe/Paris");
    }
    if (type.isEnum()) {
      Object[] constants = type.getEnumConstants();
      return constants[random.nextInt(constants.length)];
    }
    if (type.getName().startsWith("org.covalue.") && depth < 2) {
      return covalueValue(type, random, depth + 1);
    }
    return null;
  }

  private static Object primitive(Class<?> type, Random random) {
    if (type == boolean.class) {
      return random.nextBoolean();
    }
    if (type == char.class) {
      return "a,;\"\n\u0000\uD800".charAt(random.nextInt(8));
    }
    if (type == double.class || type == float.class) {
      double number = number(random);
      return type == double.class ? number : (Object) (float) number;
    }
    long integer = integer(random);
    if (type == long.class) {
      return integer;
    }
    if (type == int.class) {
      return (int) integer;
    }
    if (type == short.class) {
      return (short) integer;
    }
    return (byte) integer;
  }

  private static double number(Random random) {
    double[] special = {
      0,
      -0.0,
      1,
      -1,
      0.5,
      0.999999,
      1.000001,
      100,
      1e300,
      -1e300,
      Double.MIN_VALUE,
      Double.MAX_VALUE,
      Double.NaN,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY
    };
    return random.nextInt(4) == 0
        ? random.nextDouble() * 10 - 5
        : special[random.nextInt(special.length)];
  }

  private static long integer(Random random) {
    long[] special = {
      0, 1, -1, 2, 7, 100, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE
    };
    return random.nextInt(4) == 0
        ? random.nextInt(20) - 5
        : special[random.nextInt(special.length)];
  }

  private static BigDecimal decimal(Random random) {
    String[] special = {
      "0", "-1", "0.01", "12.345", "1E+400", "-1E+400", "1E-400", "99999999999999999999.99"
    };
    return new BigDecimal(special[random.nextInt(special.length)]);
  }

  /** Random text: a hostile sample, sometimes very long or a mix of samples. */
  static String text(Random random) {
    return switch (random.nextInt(8)) {
      case 0 -> "x".repeat(1 + random.nextInt(20_000));
      case 1 -> TEXT[random.nextInt(TEXT.length)] + TEXT[random.nextInt(TEXT.length)];
      case 2 -> "id-" + random.nextInt(5);
      default -> TEXT[random.nextInt(TEXT.length)];
    };
  }

  /**
   * Builds a covalue value from random input: through its builder when it has one, otherwise
   * through a static factory; null when none gives a value.
   */
  static @Nullable Object covalueValue(Class<?> type, Random random, int depth) {
    try {
      Method builder = type.getMethod("builder");
      if (Modifier.isStatic(builder.getModifiers())) {
        Object instance = builder.invoke(null);
        for (Method setter : setters(instance.getClass())) {
          if (random.nextInt(3) != 0) {
            setter.invoke(instance, value(setter.getGenericParameterTypes()[0], random, depth));
          }
        }
        return instance.getClass().getMethod("build").invoke(instance);
      }
    } catch (NoSuchMethodException noBuilder) {
      // a factory below, then
    } catch (InvocationTargetException e) {
      return rethrowUnlessInvalidModel(e, "the builder of " + type.getName());
    } catch (IllegalAccessException e) {
      throw new LinkageError("Cannot call the builder of " + type.getName(), e);
    }
    List<Method> factories = factories(type);
    if (factories.isEmpty()) {
      return null;
    }
    Method factory = factories.get(random.nextInt(factories.size()));
    try {
      return factory.invoke(null, arguments(factory, random, depth));
    } catch (InvocationTargetException e) {
      return rethrowUnlessInvalidModel(e, factory.toString());
    } catch (IllegalAccessException e) {
      throw new LinkageError("Cannot call " + factory, e);
    }
  }

  private static @Nullable Object rethrowUnlessInvalidModel(
      InvocationTargetException e, String called) {
    if (e.getCause() instanceof InvalidModelException) {
      return null;
    }
    throw new AssertionError(called + " threw " + e.getCause(), e.getCause());
  }

  /** Random arguments for every parameter of a method. */
  static @Nullable Object[] arguments(Method method, Random random, int depth) {
    Type[] types = method.getGenericParameterTypes();
    @Nullable Object[] arguments = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      arguments[i] = value(types[i], random, depth);
    }
    return arguments;
  }

  /** The public one-argument methods of a builder that return the builder: its setters. */
  static List<Method> setters(Class<?> builderType) {
    List<Method> setters = new ArrayList<>();
    for (Method method : builderType.getMethods()) {
      if (!Modifier.isStatic(method.getModifiers())
          && method.getParameterCount() == 1
          && method.getDeclaringClass() != Object.class
          && method.getReturnType().isAssignableFrom(builderType)) {
        setters.add(method);
      }
    }
    setters.sort((a, b) -> a.toGenericString().compareTo(b.toGenericString()));
    return setters;
  }

  /**
   * The public static factories of a value type: methods named of or parse returning it. The {@code
   * of} methods of analyses (in analysis packages) take model objects as arguments, not model
   * input, and are left out: a null there is a programming error (conventions.md).
   */
  static List<Method> factories(Class<?> type) {
    List<Method> factories = new ArrayList<>();
    if (type.getPackageName().endsWith(".analysis")) {
      return factories;
    }
    for (Method method : type.getMethods()) {
      if (Modifier.isStatic(method.getModifiers())
          && method.getDeclaringClass() == type
          && !type.isEnum()
          && type.isAssignableFrom(method.getReturnType())
          && method.getParameterCount() > 0
          && List.of("of", "parse").contains(method.getName())) {
        factories.add(method);
      }
    }
    factories.sort((a, b) -> a.toGenericString().compareTo(b.toGenericString()));
    return factories;
  }
}
