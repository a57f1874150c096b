package org.covalue.journey.log;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/** Sorting and adding of the counts that the analytics report, so that results are canonical. */
final class Tallies {

  private Tallies() {}

  /** Orders lists of labels element by element, a shorter prefix first. */
  static final Comparator<List<String>> PATH_ORDER =
      (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
          int order = a.get(i).compareTo(b.get(i));
          if (order != 0) {
            return order;
          }
        }
        return Integer.compare(a.size(), b.size());
      };

  /** Returns counts, most first, ties by key; unmodifiable. Keys with a zero count are left out. */
  static <K extends Comparable<? super K>> Map<K, Long> byCount(Map<K, Long> counts) {
    List<Map.Entry<K, Long>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(
        Map.Entry.<K, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    Map<K, Long> sorted = new LinkedHashMap<>();
    for (Map.Entry<K, Long> entry : entries) {
      if (entry.getValue() != 0) {
        sorted.put(entry.getKey(), entry.getValue());
      }
    }
    return Collections.unmodifiableMap(sorted);
  }

  /** Returns the sum of two tallies, most first. */
  static <K extends Comparable<? super K>> Map<K, Long> plus(Map<K, Long> a, Map<K, Long> b) {
    Map<K, Long> sum = new HashMap<>(a);
    b.forEach((key, count) -> sum.merge(key, count, Long::sum));
    return byCount(sum);
  }

  /** Returns the sum of two histograms, by key in ascending order. */
  static SortedMap<Integer, Long> plusSorted(
      SortedMap<Integer, Long> a, SortedMap<Integer, Long> b) {
    SortedMap<Integer, Long> sum = new TreeMap<>(a);
    b.forEach((key, count) -> sum.merge(key, count, Long::sum));
    return Collections.unmodifiableSortedMap(sum);
  }

  /**
   * Returns the union of two lists of keyed items, items with the same key combined, sorted; the
   * lists must each hold a key at most once.
   */
  static <T, K> List<T> plus(
      List<T> a,
      List<T> b,
      Function<T, K> key,
      java.util.function.BinaryOperator<T> combine,
      Comparator<T> order) {
    Map<K, T> byKey = new LinkedHashMap<>();
    for (T item : a) {
      byKey.put(key.apply(item), item);
    }
    for (T item : b) {
      byKey.merge(key.apply(item), item, combine);
    }
    List<T> items = new ArrayList<>(byKey.values());
    items.sort(order);
    return Collections.unmodifiableList(items);
  }

  /** Orders transitions most frequent first, ties by from and then to. */
  static <T extends Comparable<? super T>> Comparator<Transition<T>> transitionOrder() {
    return Comparator.comparingLong((Transition<T> t) -> t.count())
        .reversed()
        .thenComparing(Transition::from)
        .thenComparing(Transition::to);
  }

  /** Orders moves most frequent first, ties by from and then to. */
  static <T extends Comparable<? super T>> Comparator<Move<T>> moveOrder() {
    return Comparator.comparingLong((Move<T> m) -> m.count())
        .reversed()
        .thenComparing(Move::from)
        .thenComparing(Move::to);
  }

  /** Orders variants most frequent first, ties by path. */
  static final Comparator<Variant> VARIANT_ORDER =
      Comparator.comparingLong(Variant::cases).reversed().thenComparing(Variant::path, PATH_ORDER);
}
