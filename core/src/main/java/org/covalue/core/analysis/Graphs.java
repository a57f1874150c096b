package org.covalue.core.analysis;

import java.util.Arrays;
import java.util.List;

/** Graph algorithms and bounded listings shared by the analyses and the validator. */
final class Graphs {

  /** How many members of a group a finding or a violation names. */
  static final int NAMED_MEMBERS = 10;

  private Graphs() {}

  /** Returns the first {@link #NAMED_MEMBERS} elements of a list. */
  static <T> List<T> firstOf(List<T> members) {
    return List.copyOf(members.subList(0, Math.min(members.size(), NAMED_MEMBERS)));
  }

  /**
   * Lists named members for a message: "a, b, c", or for a larger group "a, b, …, j and 15 more".
   */
  static String listed(List<?> named, int total) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < named.size(); i++) {
      if (i > 0) {
        text.append(", ");
      }
      text.append(named.get(i));
    }
    if (total > named.size()) {
      text.append(" and ").append(total - named.size()).append(" more");
    }
    return text.toString();
  }

  /**
   * Tarjan's strongly connected components, iteratively.
   *
   * @return the component number of each vertex
   */
  static int[] stronglyConnectedComponents(int[][] successors) {
    int n = successors.length;
    int[] order = new int[n];
    int[] low = new int[n];
    int[] component = new int[n];
    Arrays.fill(order, -1);
    boolean[] onStack = new boolean[n];
    int[] stack = new int[n];
    int stackSize = 0;
    int[] callVertex = new int[n];
    int[] callEdge = new int[n];
    int counter = 0;
    int components = 0;
    for (int root = 0; root < n; root++) {
      if (order[root] >= 0) {
        continue;
      }
      int depth = 0;
      callVertex[0] = root;
      callEdge[0] = 0;
      order[root] = counter;
      low[root] = counter;
      counter++;
      stack[stackSize++] = root;
      onStack[root] = true;
      while (depth >= 0) {
        int v = callVertex[depth];
        if (callEdge[depth] < successors[v].length) {
          int w = successors[v][callEdge[depth]++];
          if (order[w] < 0) {
            order[w] = counter;
            low[w] = counter;
            counter++;
            stack[stackSize++] = w;
            onStack[w] = true;
            depth++;
            callVertex[depth] = w;
            callEdge[depth] = 0;
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], order[w]);
          }
        } else {
          if (low[v] == order[v]) {
            int w;
            do {
              w = stack[--stackSize];
              onStack[w] = false;
              component[w] = components;
            } while (w != v);
            components++;
          }
          depth--;
          if (depth >= 0) {
            int parent = callVertex[depth];
            low[parent] = Math.min(low[parent], low[v]);
          }
        }
      }
    }
    return component;
  }
}
