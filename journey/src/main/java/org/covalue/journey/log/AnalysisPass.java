package org.covalue.journey.log;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.covalue.journey.CustomerJourneyStep;
import org.jspecify.annotations.Nullable;

/**
 * The one pass over a {@link JourneyLog} that computes {@link JourneyAnalytics}: every figure is
 * tallied in primitive arrays indexed by activity codes, pairs of codes and variant numbers, and
 * turned into labelled, sorted results only at the end.
 */
@SuppressWarnings("EnumOrdinal") // steps index arrays by their order in the journey, on purpose
final class AnalysisPass {

  private static final CustomerJourneyStep[] STEPS = CustomerJourneyStep.values();
  private static final int STEP_COUNT = STEPS.length;
  private static final int REALIZE = CustomerJourneyStep.REALIZE.ordinal();

  private AnalysisPass() {}

  static JourneyAnalytics run(JourneyAnalyzer settings, JourneyLog log) {
    int[] caseStarts = log.caseStartsArray();
    int[] activity = log.activityCodesArray();
    long[] time = log.timesArray();
    int activityCount = log.activityCount();
    int caseCount = log.caseCount();
    double accuracy = settings.relativeAccuracy();

    long[] eventsPerActivity = new long[activityCount];
    long[] startCounts = new long[activityCount];
    long[] endCounts = new long[activityCount];
    long[] abandonedAt = new long[activityCount];
    int[] seenInCase = new int[activityCount];
    byte[] stepOf = new byte[activityCount];
    boolean[] isFinal = new boolean[activityCount];
    boolean mapped = !settings.mapping().isEmpty();
    for (int code = 0; code < activityCount; code++) {
      String label = log.activityLabel(code);
      stepOf[code] = (byte) settings.mapping().step(label).map(Enum::ordinal).orElse(-1).intValue();
      isFinal[code] = settings.finalActivities().contains(label);
    }
    boolean hasEnd = settings.hasEnd();

    PairTally pairs = new PairTally(activityCount, accuracy);
    PairTally stepPairs = new PairTally(STEP_COUNT, accuracy);
    PairTally dwell = new PairTally(STEP_COUNT, accuracy);
    VariantTable variants = new VariantTable(activity);
    long returns = 0;
    long casesWithReturns = 0;
    long[] returnsPerCase = new long[8];
    long stepReturns = 0;
    long casesWithStepReturns = 0;
    long[] stepReturnsPerCase = new long[8];
    long unmapped = 0;
    long abandoned = 0;
    long withoutRealize = 0;

    for (int c = 0; c < caseCount; c++) {
      int start = caseStarts[c];
      int end = caseStarts[c + 1];
      int stamp = c + 1;
      startCounts[activity[start]]++;
      endCounts[activity[end - 1]]++;
      int caseReturns = 0;
      boolean reachedEnd = false;
      int previous = activity[start];
      long previousTime = time[start];
      long hash = VariantTable.SEED;
      for (int i = start; i < end; i++) {
        int current = activity[i];
        long now = time[i];
        eventsPerActivity[current]++;
        hash = VariantTable.step(hash, current);
        reachedEnd |= isFinal[current];
        if (i > start) {
          int slot = pairs.slot(previous, current);
          pairs.add(slot, now - previousTime);
          if (seenInCase[current] == stamp && previous != current) {
            caseReturns++;
            pairs.returns[slot]++;
          }
        }
        seenInCase[current] = stamp;
        previous = current;
        previousTime = now;
      }
      variants.add(hash, start, end);
      if (caseReturns > 0) {
        casesWithReturns++;
        returns += caseReturns;
        returnsPerCase = count(returnsPerCase, caseReturns);
      }
      if (mapped) {
        int previousStep = -1;
        long previousStepTime = 0;
        int stayStep = -1;
        long stayStart = 0;
        int caseStepReturns = 0;
        boolean reachedRealize = false;
        for (int i = start; i < end; i++) {
          int step = stepOf[activity[i]];
          if (step < 0) {
            unmapped++;
            continue;
          }
          long now = time[i];
          if (previousStep >= 0) {
            int slot = stepPairs.slot(previousStep, step);
            stepPairs.add(slot, now - previousStepTime);
            if (step < previousStep) {
              caseStepReturns++;
              stepPairs.returns[slot]++;
            }
          }
          if (step != stayStep) {
            if (stayStep >= 0) {
              dwell.add(dwell.slot(stayStep, stayStep), now - stayStart);
            }
            stayStep = step;
            stayStart = now;
          }
          reachedRealize |= step == REALIZE;
          previousStep = step;
          previousStepTime = now;
        }
        if (caseStepReturns > 0) {
          casesWithStepReturns++;
          stepReturns += caseStepReturns;
          stepReturnsPerCase = count(stepReturnsPerCase, caseStepReturns);
        }
        if (!reachedRealize) {
          withoutRealize++;
        }
        reachedEnd |= reachedRealize;
      } else {
        unmapped += end - start;
      }
      if (hasEnd && !reachedEnd) {
        abandoned++;
        abandonedAt[activity[end - 1]]++;
      }
    }

    List<String> labels = log.activityLabels();
    List<Double> percentiles = settings.percentiles();
    List<Transition<String>> directlyFollows = new ArrayList<>();
    List<Move<String>> moves = new ArrayList<>();
    for (int slot = 0; slot < pairs.size; slot++) {
      String from = labels.get(pairs.from[slot]);
      String to = labels.get(pairs.to[slot]);
      directlyFollows.add(new Transition<>(from, to, pairs.stats(slot, percentiles)));
      if (pairs.returns[slot] > 0) {
        moves.add(new Move<>(from, to, pairs.returns[slot]));
      }
    }
    List<Transition<CustomerJourneyStep>> stepFollows = new ArrayList<>();
    List<Move<CustomerJourneyStep>> stepMoves = new ArrayList<>();
    for (int slot = 0; slot < stepPairs.size; slot++) {
      CustomerJourneyStep from = STEPS[stepPairs.from[slot]];
      CustomerJourneyStep to = STEPS[stepPairs.to[slot]];
      stepFollows.add(new Transition<>(from, to, stepPairs.stats(slot, percentiles)));
      if (stepPairs.returns[slot] > 0) {
        stepMoves.add(new Move<>(from, to, stepPairs.returns[slot]));
      }
    }
    Map<CustomerJourneyStep, DurationStats> dwellTimes = new EnumMap<>(CustomerJourneyStep.class);
    for (int slot = 0; slot < dwell.size; slot++) {
      dwellTimes.put(STEPS[dwell.from[slot]], dwell.stats(slot, percentiles));
    }
    directlyFollows.sort(Tallies.transitionOrder());
    stepFollows.sort(Tallies.transitionOrder());
    moves.sort(Tallies.moveOrder());
    stepMoves.sort(Tallies.moveOrder());

    return new JourneyAnalytics(
        settings,
        caseCount,
        activity.length,
        tally(labels, eventsPerActivity),
        variants.variants(labels),
        Collections.unmodifiableList(directlyFollows),
        Collections.unmodifiableList(stepFollows),
        tally(labels, startCounts),
        tally(labels, endCounts),
        new Loops<>(casesWithReturns, returns, histogram(returnsPerCase), unmodifiable(moves)),
        new Loops<>(
            casesWithStepReturns,
            stepReturns,
            histogram(stepReturnsPerCase),
            unmodifiable(stepMoves)),
        Collections.unmodifiableMap(dwellTimes),
        unmapped,
        mapped ? withoutRealize : JourneyAnalytics.NOT_COUNTED,
        hasEnd ? new Abandonment(abandoned, tally(labels, abandonedAt)) : null);
  }

  private static <T> List<T> unmodifiable(List<T> list) {
    return Collections.unmodifiableList(list);
  }

  private static long[] count(long[] histogram, int value) {
    long[] counts = histogram;
    if (value >= counts.length) {
      counts = Arrays.copyOf(counts, Math.max(value + 1, counts.length * 2));
    }
    counts[value]++;
    return counts;
  }

  private static SortedMap<Integer, Long> histogram(long[] counts) {
    SortedMap<Integer, Long> histogram = new TreeMap<>();
    for (int value = 1; value < counts.length; value++) {
      if (counts[value] > 0) {
        histogram.put(value, counts[value]);
      }
    }
    return Collections.unmodifiableSortedMap(histogram);
  }

  /** Returns the counts by label, most first; {@link Tallies#byCount} leaves out zero counts. */
  private static Map<String, Long> tally(List<String> labels, long[] counts) {
    Map<String, Long> tally = new HashMap<>();
    for (int code = 0; code < counts.length; code++) {
      tally.put(labels.get(code), counts[code]);
    }
    return Tallies.byCount(tally);
  }

  /**
   * Counts, totals, extremes, sketches and returns of pairs of codes, each pair in a slot given at
   * its first sight. Pairs of up to 256 codes each are found through a dense table, larger ones
   * through an open-addressing hash table of longs.
   */
  static final class PairTally {
    private final int codes;
    private final double accuracy;
    private final int @Nullable [] dense;
    private long[] keys = new long[0];
    private int[] keySlots = new int[0];
    int size;
    int[] from = new int[16];
    int[] to = new int[16];
    long[] count = new long[16];
    long[] total = new long[16];
    long[] min = new long[16];
    long[] max = new long[16];
    long[] returns = new long[16];
    DurationSketch[] sketches = new DurationSketch[16];

    PairTally(int codes, double accuracy) {
      this.codes = codes;
      this.accuracy = accuracy;
      if ((long) codes * codes <= 65536) {
        int[] table = new int[codes * codes];
        Arrays.fill(table, -1);
        dense = table;
      } else {
        dense = null;
        keys = new long[1024];
        Arrays.fill(keys, -1);
        keySlots = new int[1024];
      }
    }

    int slot(int a, int b) {
      int[] table = dense;
      if (table != null) {
        int index = a * codes + b;
        int slot = table[index];
        if (slot < 0) {
          slot = newSlot(a, b);
          table[index] = slot;
        }
        return slot;
      }
      long key = ((long) a << 32) | b;
      int mask = keys.length - 1;
      int position = (int) mix(key) & mask;
      while (keys[position] != -1) {
        if (keys[position] == key) {
          return keySlots[position];
        }
        position = (position + 1) & mask;
      }
      int slot = newSlot(a, b);
      keys[position] = key;
      keySlots[position] = slot;
      if (size * 2 > keys.length) {
        rehash();
      }
      return slot;
    }

    void add(int slot, long millis) {
      count[slot]++;
      total[slot] += millis;
      if (millis < min[slot]) {
        min[slot] = millis;
      }
      if (millis > max[slot]) {
        max[slot] = millis;
      }
      sketches[slot].add(millis);
    }

    DurationStats stats(int slot, List<Double> percentiles) {
      return new DurationStats(
          count[slot], total[slot], min[slot], max[slot], sketches[slot], percentiles);
    }

    private int newSlot(int a, int b) {
      if (size == from.length) {
        int capacity = size * 2;
        from = Arrays.copyOf(from, capacity);
        to = Arrays.copyOf(to, capacity);
        count = Arrays.copyOf(count, capacity);
        total = Arrays.copyOf(total, capacity);
        min = Arrays.copyOf(min, capacity);
        max = Arrays.copyOf(max, capacity);
        returns = Arrays.copyOf(returns, capacity);
        sketches = Arrays.copyOf(sketches, capacity);
      }
      from[size] = a;
      to[size] = b;
      min[size] = Long.MAX_VALUE;
      max[size] = Long.MIN_VALUE;
      sketches[size] = new DurationSketch(accuracy);
      return size++;
    }

    private void rehash() {
      long[] oldKeys = keys;
      int[] oldSlots = keySlots;
      keys = new long[oldKeys.length * 2];
      Arrays.fill(keys, -1);
      keySlots = new int[keys.length];
      int mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != -1) {
          int position = (int) mix(oldKeys[i]) & mask;
          while (keys[position] != -1) {
            position = (position + 1) & mask;
          }
          keys[position] = oldKeys[i];
          keySlots[position] = oldSlots[i];
        }
      }
    }
  }

  /** Spreads every bit of a value over all bits of the result: the finalizer of MurmurHash3. */
  static long mix(long value) {
    long h = value;
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h;
  }

  /**
   * The distinct paths of the cases, found through a 64-bit hash of each case's codes in an
   * open-addressing table; a hash match is confirmed by comparing the codes with the path kept for
   * that variant in a compact pool (which stays in cache, unlike the first case of the path far
   * away in the log), so two paths with one hash stay two variants.
   */
  static final class VariantTable {
    static final long SEED = 0x2545F4914F6CDD1DL;

    private final int[] activity;
    private long[] hashes = new long[1024];
    private int[] ids = new int[1024];
    private int size;
    private int[] pool = new int[256];
    private int poolSize;
    private int[] pathStart = new int[64];
    private int[] pathEnd = new int[64];
    private long[] cases = new long[64];

    VariantTable(int[] activity) {
      this.activity = activity;
      Arrays.fill(ids, -1);
    }

    static long step(long hash, int code) {
      return (hash ^ code) * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
    }

    void add(long pathHash, int start, int end) {
      long hash = mix(pathHash ^ (end - start));
      int mask = ids.length - 1;
      int position = (int) hash & mask;
      while (ids[position] >= 0) {
        int id = ids[position];
        if (hashes[position] == hash && samePath(id, start, end)) {
          cases[id]++;
          return;
        }
        position = (position + 1) & mask;
      }
      if (size == cases.length) {
        pathStart = Arrays.copyOf(pathStart, size * 2);
        pathEnd = Arrays.copyOf(pathEnd, size * 2);
        cases = Arrays.copyOf(cases, size * 2);
      }
      int length = end - start;
      if (poolSize + length > pool.length) {
        pool = Arrays.copyOf(pool, Math.max(poolSize + length, pool.length * 2));
      }
      System.arraycopy(activity, start, pool, poolSize, length);
      pathStart[size] = poolSize;
      poolSize += length;
      pathEnd[size] = poolSize;
      cases[size] = 1;
      hashes[position] = hash;
      ids[position] = size++;
      if (size * 2 > ids.length) {
        rehash();
      }
    }

    private boolean samePath(int id, int start, int end) {
      return pathEnd[id] - pathStart[id] == end - start
          && Arrays.equals(activity, start, end, pool, pathStart[id], pathEnd[id]);
    }

    private void rehash() {
      long[] oldHashes = hashes;
      int[] oldIds = ids;
      hashes = new long[oldHashes.length * 2];
      ids = new int[hashes.length];
      Arrays.fill(ids, -1);
      int mask = ids.length - 1;
      for (int i = 0; i < oldIds.length; i++) {
        if (oldIds[i] >= 0) {
          int position = (int) oldHashes[i] & mask;
          while (ids[position] >= 0) {
            position = (position + 1) & mask;
          }
          hashes[position] = oldHashes[i];
          ids[position] = oldIds[i];
        }
      }
    }

    List<Variant> variants(List<String> labels) {
      List<Variant> variants = new ArrayList<>(size);
      for (int id = 0; id < size; id++) {
        List<String> path = new ArrayList<>(pathEnd[id] - pathStart[id]);
        for (int i = pathStart[id]; i < pathEnd[id]; i++) {
          path.add(labels.get(pool[i]));
        }
        variants.add(new Variant(Collections.unmodifiableList(path), cases[id]));
      }
      variants.sort(Tallies.VARIANT_ORDER);
      return Collections.unmodifiableList(variants);
    }
  }
}
