package org.unioncat.ingest.normalize.isbn;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.unioncat.ingest.normalize.Correction;

/**
 * All ISBNs of one record, as the matcher and validation need them. Immutable and thread-safe.
 *
 * @param entries every ISBN subfield with at least one digit, in record order
 * @param valid the valid ISBNs from $a (not $z), folded to ISBN-13, in record order: the record's
 *     ISBN keys (causes 1, 12)
 * @param invalid entries whose number fails length, prefix or check digit ($a and $z)
 * @param singleFormOnly valid 978 ISBNs the record carries in one form only (ISBN-10 or ISBN-13
 *     but not both): cause 1
 * @param corrections add the missing ISBN form; move an invalid ISBN from $a to $z
 */
public record IsbnData(
    List<IsbnEntry> entries,
    Set<Isbn> valid,
    List<IsbnEntry> invalid,
    List<Isbn> singleFormOnly,
    List<Correction> corrections) {

  public IsbnData {
    entries = List.copyOf(entries);
    valid = Collections.unmodifiableSet(new LinkedHashSet<>(valid));
    invalid = List.copyOf(invalid);
    singleFormOnly = List.copyOf(singleFormOnly);
    corrections = List.copyOf(corrections);
  }
}
