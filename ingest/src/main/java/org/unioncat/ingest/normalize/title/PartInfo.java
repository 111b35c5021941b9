package org.unioncat.ingest.normalize.title;

import java.util.List;

/**
 * The volume or part a record describes, from MARC21 245 $n $p or CNMARC 200 $h $i (cause 3:
 * different volumes are never duplicates). Immutable and thread-safe.
 *
 * @param numbers the part numbers in the order written, a range expanded ("v. 1-2" gives 1, 2);
 *     empty when none could be read
 * @param lastPart true for "下册" / "下" (the last part of a set whose size the title does not say);
 *     kept apart from {@code numbers} because "下" is 2 of 上下 but 3 of 上中下
 * @param name the part name ($p / $i) for display, or null
 * @param raw the part number as written ($n / $h), or null
 * @param source where the part came from, e.g. "245$n$p", "200$h", "200$a"; null when there is no
 *     part
 */
public record PartInfo(
    List<Integer> numbers, boolean lastPart, String name, String raw, String source) {

  /** No part: the record describes a whole work (or does not say which part). */
  public static final PartInfo NONE = new PartInfo(List.of(), false, null, null, null);

  public PartInfo {
    numbers = numbers == null ? List.of() : List.copyOf(numbers);
  }

  /** Whether the record names a part at all (numbered, last, or only by name). */
  public boolean present() {
    return !numbers.isEmpty() || lastPart || name != null || raw != null;
  }
}
