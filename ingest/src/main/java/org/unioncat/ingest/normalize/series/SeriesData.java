package org.unioncat.ingest.normalize.series;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.unioncat.ingest.normalize.Correction;

/**
 * All series statements of a record. Immutable and thread-safe.
 *
 * @param fromSeriesFields entries from 490/440/800/830 or 225/410, in record order
 * @param fromNotes entries found in 500 / 300 notes, in record order
 * @param keys the keys of all entries (the matcher compares these)
 * @param corrections move each series found only in a note into the series field (cause 8)
 */
public record SeriesData(
    List<SeriesEntry> fromSeriesFields,
    List<SeriesEntry> fromNotes,
    Set<String> keys,
    List<Correction> corrections) {

  public SeriesData {
    fromSeriesFields = List.copyOf(fromSeriesFields);
    fromNotes = List.copyOf(fromNotes);
    keys = Collections.unmodifiableSet(new LinkedHashSet<>(keys));
    corrections = List.copyOf(corrections);
  }

  /**
   * Series found in a note and not in any series field of the record (validation reports
   * SERIES_IN_NOTE from these; cause 8).
   */
  public List<SeriesEntry> seriesInNotesOnly() {
    Set<String> fieldKeys = new LinkedHashSet<>();
    fromSeriesFields.forEach(e -> fieldKeys.add(e.key()));
    List<SeriesEntry> out = new ArrayList<>();
    for (SeriesEntry e : fromNotes) {
      if (!fieldKeys.contains(e.key())) {
        out.add(e);
      }
    }
    return out;
  }
}
