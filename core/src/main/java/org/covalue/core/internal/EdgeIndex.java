package org.covalue.core.internal;

import java.util.List;
import java.util.function.Function;

/**
 * A list of directed edges as arrays: each end numbered densely by an {@link ObjectIndex} (the tail
 * of each edge before its head, in edge order), the two end numbers of every edge, and for every
 * node the numbers of the edges it is the tail of and the head of, each run in edge order
 * (compressed rows). Built in one pass with two lookups per edge; every later question is answered
 * from the arrays, without hashing. About 40 bytes per edge. Instances are effectively immutable
 * once built and thread-safe.
 *
 * @param <T> the type of the nodes, with value-based {@code equals} and {@code hashCode}
 */
public final class EdgeIndex<T> {

  private final ObjectIndex<T> nodes;
  private final int[] tail;
  private final int[] head;
  private final int[] tailStart;
  private final int[] asTail;
  private final int[] headStart;
  private final int[] asHead;

  private EdgeIndex(ObjectIndex<T> nodes, int[] tail, int[] head) {
    this.nodes = nodes;
    this.tail = tail;
    this.head = head;
    tailStart = new int[nodes.size() + 1];
    asTail = rows(tail, tailStart);
    headStart = new int[nodes.size() + 1];
    asHead = rows(head, headStart);
  }

  /**
   * Indexes edges.
   *
   * @param edges the edges
   * @param tailOf gives an edge's tail; never null
   * @param headOf gives an edge's head; never null
   * @param <E> the type of the edges
   * @param <T> the type of the nodes
   * @return the index
   */
  public static <E, T> EdgeIndex<T> of(
      List<E> edges, Function<? super E, T> tailOf, Function<? super E, T> headOf) {
    int n = edges.size();
    ObjectIndex<T> nodes = new ObjectIndex<>(n + 1);
    int[] tail = new int[n];
    int[] head = new int[n];
    for (int e = 0; e < n; e++) {
      E edge = edges.get(e);
      tail[e] = nodes.add(tailOf.apply(edge));
      head[e] = nodes.add(headOf.apply(edge));
    }
    return new EdgeIndex<>(nodes, tail, head);
  }

  /** Groups edge numbers by node, keeping edge order within each node. */
  private static int[] rows(int[] nodeOf, int[] start) {
    for (int node : nodeOf) {
      start[node + 1]++;
    }
    for (int p = 1; p < start.length; p++) {
      start[p] += start[p - 1];
    }
    int[] next = start.clone();
    int[] numbers = new int[nodeOf.length];
    for (int e = 0; e < nodeOf.length; e++) {
      numbers[next[nodeOf[e]]++] = e;
    }
    return numbers;
  }

  /**
   * Returns the numbering of the nodes.
   *
   * @return the nodes, numbered in the order they first appear (tail before head)
   */
  public ObjectIndex<T> nodes() {
    return nodes;
  }

  /**
   * Returns the number of an edge's tail.
   *
   * @param edge an edge's number
   * @return its tail's number
   */
  public int tail(int edge) {
    return tail[edge];
  }

  /**
   * Returns the number of an edge's head.
   *
   * @param edge an edge's number
   * @return its head's number
   */
  public int head(int edge) {
    return head[edge];
  }

  /**
   * Returns how many edges a node is the tail of.
   *
   * @param node a node's number
   * @return the count
   */
  public int tailCount(int node) {
    return tailStart[node + 1] - tailStart[node];
  }

  /**
   * Returns the number of the i-th edge, in edge order, that a node is the tail of.
   *
   * @param node a node's number
   * @param i from 0 to {@code tailCount(node) - 1}
   * @return the edge's number
   */
  public int tailEdge(int node, int i) {
    return asTail[tailStart[node] + i];
  }

  /**
   * Returns how many edges a node is the head of.
   *
   * @param node a node's number
   * @return the count
   */
  public int headCount(int node) {
    return headStart[node + 1] - headStart[node];
  }

  /**
   * Returns the number of the i-th edge, in edge order, that a node is the head of.
   *
   * @param node a node's number
   * @param i from 0 to {@code headCount(node) - 1}
   * @return the edge's number
   */
  public int headEdge(int node, int i) {
    return asHead[headStart[node] + i];
  }
}
