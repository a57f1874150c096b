package org.covalue.core.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Groups elements by an enum key, keeping every key and the elements' order. */
final class EnumGroups {

  private EnumGroups() {}

  static <K extends Enum<K>, E, V> Map<K, List<V>> group(
      Class<K> keyType, List<E> elements, Function<E, K> key, Function<E, V> value) {
    Map<K, List<V>> groups = new EnumMap<>(keyType);
    for (K constant : keyType.getEnumConstants()) {
      groups.put(constant, new ArrayList<>());
    }
    for (E element : elements) {
      groups.computeIfAbsent(key.apply(element), k -> new ArrayList<>()).add(value.apply(element));
    }
    groups.replaceAll((k, list) -> Collections.unmodifiableList(list));
    return Collections.unmodifiableMap(groups);
  }
}
