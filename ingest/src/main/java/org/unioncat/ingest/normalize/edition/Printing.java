package org.unioncat.ingest.normalize.edition;

/**
 * A printing (impression, reprint) statement. A printing is not a new edition (cause 6).
 * Immutable and thread-safe.
 *
 * @param present whether any printing or reprint statement was found
 * @param number the printing number ("第3次印刷" gives 3), or null
 * @param year the printing year ("reprinted 2010", "2005年3月第2次印刷"), or null
 * @param text the statement the printing was read from ("" when none)
 * @param source where: "250$a", "205$a", "500$a", "534", "300$a", "305$a", "008/06",
 *     "100$a/8" ("" when none)
 */
public record Printing(boolean present, Integer number, Integer year, String text, String source) {
  /** No printing statement. */
  public static final Printing NONE = new Printing(false, null, null, "", "");
}
