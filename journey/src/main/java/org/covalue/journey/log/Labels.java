package org.covalue.journey.log;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A dictionary of texts, each kept once as UTF-8 bytes in one array and known by a code given in
 * order of first appearance: no object per text. Interning while building uses an open-addressing
 * hash table of codes; a {@linkplain #frozen() frozen} copy keeps only the bytes and their offsets.
 *
 * <p>Instances being built are mutable and not thread-safe; a frozen copy is never changed.
 */
final class Labels {

  private static final int[] NO_TABLE = new int[0];

  private byte[] data;
  private int dataSize;

  /** starts[code] is where the text of code begins; starts[size] is where the next one would. */
  private int[] starts;

  private int size;

  /** Codes plus one, by hash slot; 0 marks an empty slot. Empty once frozen. */
  private int[] table;

  private int[] hashes;

  /**
   * Texts of at most 8 bytes, none of them 0, packed into a long that is their own key: pairs of
   * (key, code plus one) by hash slot (the key spread by {@link AnalysisPass#mix}), so that one
   * look-up touches one cache line. Empty once frozen.
   */
  private long[] shortSlots;

  private int shortCount;
  private byte[] scratch = new byte[64];

  Labels() {
    data = new byte[256];
    starts = new int[17];
    hashes = new int[16];
    table = new int[32];
    shortSlots = new long[64];
  }

  private Labels(byte[] data, int[] starts, int size) {
    this.data = data;
    this.starts = starts;
    this.size = size;
    this.dataSize = starts[size];
    this.table = NO_TABLE;
    this.hashes = NO_TABLE;
    this.shortSlots = new long[0];
  }

  /** Returns how many distinct texts the dictionary holds. */
  int size() {
    return size;
  }

  /** Returns the text of a code. */
  String label(int code) {
    return new String(data, starts[code], starts[code + 1] - starts[code], StandardCharsets.UTF_8);
  }

  /** Returns the UTF-8 length of the text of a code. */
  int byteLength(int code) {
    return starts[code + 1] - starts[code];
  }

  /** Returns the code of a text given as UTF-8 bytes, adding the text if it is new. */
  int intern(byte[] bytes, int offset, int length) {
    if (length <= 8) {
      long key = 0;
      int i = 0;
      while (i < length && bytes[offset + i] != 0) {
        key |= (bytes[offset + i] & 0xFFL) << (8 * i);
        i++;
      }
      if (i == length && length > 0) {
        return internShort(key, bytes, offset, length);
      }
    }
    int hash = hash(bytes, offset, length);
    int mask = table.length - 1;
    int slot = hash & mask;
    while (true) {
      int entry = table[slot];
      if (entry == 0) {
        break;
      }
      int code = entry - 1;
      if (hashes[code] == hash && equalsAt(code, bytes, offset, length)) {
        return code;
      }
      slot = (slot + 1) & mask;
    }
    int code = add(bytes, offset, length, hash);
    table[slot] = code + 1;
    if ((size - shortCount) * 2 > table.length) {
      rehash();
    }
    return code;
  }

  /**
   * What the first pass of {@link #internAll} read, kept (and not private) so that neither the JIT
   * nor a linter takes the reads for dead code.
   */
  long touched;

  /**
   * Interns many texts, slices of one byte array, at once: a first pass reads the hash slot of each
   * short text, so that the processor fetches their cache lines side by side, and a second pass
   * interns them in order. Gives the same codes as interning one by one.
   */
  void internAll(byte[] bytes, int[] offsets, int[] lengths, int count, int[] codes) {
    long sum = 0;
    int mask = (shortSlots.length >> 1) - 1;
    for (int i = 0; i < count; i++) {
      int length = lengths[i];
      if (length > 0 && length <= 8) {
        long key = 0;
        int offset = offsets[i];
        for (int k = 0; k < length; k++) {
          key |= (bytes[offset + k] & 0xFFL) << (8 * k);
        }
        sum += shortSlots[2 * ((int) AnalysisPass.mix(key) & mask)];
      }
    }
    touched += sum;
    for (int i = 0; i < count; i++) {
      codes[i] = intern(bytes, offsets[i], lengths[i]);
    }
  }

  private int internShort(long key, byte[] bytes, int offset, int length) {
    int mask = (shortSlots.length >> 1) - 1;
    int slot = (int) AnalysisPass.mix(key) & mask;
    while (true) {
      long entry = shortSlots[2 * slot + 1];
      if (entry == 0) {
        break;
      }
      if (shortSlots[2 * slot] == key) {
        return (int) entry - 1;
      }
      slot = (slot + 1) & mask;
    }
    int code = add(bytes, offset, length, 0);
    shortSlots[2 * slot] = key;
    shortSlots[2 * slot + 1] = code + 1L;
    shortCount++;
    if (shortCount * 4 > shortSlots.length) {
      rehashShort();
    }
    return code;
  }

  private void rehashShort() {
    long[] old = shortSlots;
    long[] bigger = new long[old.length * 2];
    int mask = (bigger.length >> 1) - 1;
    for (int i = 0; i < old.length; i += 2) {
      if (old[i + 1] != 0) {
        int slot = (int) AnalysisPass.mix(old[i]) & mask;
        while (bigger[2 * slot + 1] != 0) {
          slot = (slot + 1) & mask;
        }
        bigger[2 * slot] = old[i];
        bigger[2 * slot + 1] = old[i + 1];
      }
    }
    shortSlots = bigger;
  }

  /** Returns the code of a text, adding the text if it is new. */
  int intern(CharSequence text) {
    int length = text.length();
    if (scratch.length < length) {
      scratch = new byte[Math.max(length, scratch.length * 2)];
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        return intern(utf8, 0, utf8.length);
      }
      scratch[i] = (byte) c;
    }
    return intern(scratch, 0, length);
  }

  /** Returns the code of a text if the dictionary holds it, or -1. */
  int find(CharSequence text) {
    byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
    for (int code = 0; code < size; code++) {
      if (equalsAt(code, utf8, 0, utf8.length)) {
        return code;
      }
    }
    return -1;
  }

  /** Returns a copy trimmed to its contents, without the hash table: read-only. */
  Labels frozen() {
    return new Labels(Arrays.copyOf(data, dataSize), Arrays.copyOf(starts, size + 1), size);
  }

  /** Returns a read-only copy that holds only the given codes, renumbered in that order. */
  Labels frozen(int[] codes) {
    int bytes = 0;
    for (int code : codes) {
      bytes += starts[code + 1] - starts[code];
    }
    byte[] keptData = new byte[bytes];
    int[] keptStarts = new int[codes.length + 1];
    for (int i = 0; i < codes.length; i++) {
      int length = starts[codes[i] + 1] - starts[codes[i]];
      System.arraycopy(data, starts[codes[i]], keptData, keptStarts[i], length);
      keptStarts[i + 1] = keptStarts[i] + length;
    }
    return new Labels(keptData, keptStarts, codes.length);
  }

  /** Returns an estimate of the bytes of heap the dictionary holds. */
  long heapBytes() {
    return 16L
        + data.length
        + 4L * starts.length
        + 4L * table.length
        + 4L * hashes.length
        + 8L * shortSlots.length;
  }

  private boolean equalsAt(int code, byte[] bytes, int offset, int length) {
    int start = starts[code];
    return starts[code + 1] - start == length
        && Arrays.equals(data, start, start + length, bytes, offset, offset + length);
  }

  private int add(byte[] bytes, int offset, int length, int hash) {
    if (dataSize + length > data.length) {
      long wanted = Math.max((long) dataSize + length, (long) data.length * 2);
      if (wanted > Integer.MAX_VALUE - 16) {
        throw new IllegalStateException("A journey log holds at most 2 GiB of label text");
      }
      data = Arrays.copyOf(data, (int) wanted);
    }
    System.arraycopy(bytes, offset, data, dataSize, length);
    dataSize += length;
    if (size + 2 > starts.length) {
      starts = Arrays.copyOf(starts, starts.length * 2);
    }
    if (size + 1 > hashes.length) {
      hashes = Arrays.copyOf(hashes, hashes.length * 2);
    }
    hashes[size] = hash;
    int code = size++;
    starts[size] = dataSize;
    return code;
  }

  private void rehash() {
    int[] bigger = new int[table.length * 2];
    int mask = bigger.length - 1;
    for (int entry : table) {
      if (entry == 0) {
        continue;
      }
      int slot = hashes[entry - 1] & mask;
      while (bigger[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      bigger[slot] = entry;
    }
    table = bigger;
  }

  /** A 32-bit hash of bytes, mixed so that the low bits used for slots spread well. */
  static int hash(byte[] bytes, int offset, int length) {
    int h = 0x9E3779B9 ^ length;
    for (int i = offset, end = offset + length; i < end; i++) {
      h = 31 * h + bytes[i];
    }
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    return h;
  }
}
