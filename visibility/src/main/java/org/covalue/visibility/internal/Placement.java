package org.covalue.visibility.internal;

/** Where a party's lines put an element, for one relationship or target consumer group. */
public enum Placement {
  /** In front of the line: the other side sees it. */
  SHOWN,
  /** Behind the line: hidden from the other side. */
  HIDDEN,
  /** No applicable line places it. */
  UNPLACED
}
