package org.unioncat.dedup.eval;

import java.util.Locale;

/** What a generated record is within its group (see {@code docs/eval-generator.md}). */
public enum Role {
  /** The first record of its group; every group has exactly one. */
  ORIGINAL,
  /** Describes the same manifestation as its group's original: should be merged with it. */
  DUPLICATE,
  /**
   * Concerns its group's manifestation but must be reported, not merged (a record with no title,
   * a wrong record): pairs with it are neither required nor penalized.
   */
  FINDING;

  /** The lower-case name written in truth.csv. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
