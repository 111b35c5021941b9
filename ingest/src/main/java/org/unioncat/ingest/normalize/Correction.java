package org.unioncat.ingest.normalize;

/**
 * A correction a record needs on its own, as data a cataloger (or a later merge) can apply:
 * which field, what it holds now, what it should hold, and why. Example: field "020$a", before
 * "7-5058-1234-X", after "978-7-5058-1234-2", why "add the ISBN-13 form (cause 1)".
 *
 * @param field the field and subfield to change, e.g. "020$z", "490", "008/07-10"
 * @param before the current value ("" when the field is to be added)
 * @param after the value it should hold ("" when the field is to be removed)
 * @param why the reason, in English, naming the cause number where there is one
 * @param whyZh the reason in Chinese (zh-CN)
 */
public record Correction(String field, String before, String after, String why, String whyZh) {
  public Correction {
    if (field == null || before == null || after == null || why == null || whyZh == null) {
      throw new IllegalArgumentException("a correction needs field, before, after and reasons");
    }
  }
}
