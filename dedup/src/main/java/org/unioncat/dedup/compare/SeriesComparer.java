package org.unioncat.dedup.compare;

import org.unioncat.config.MatchRules;
import org.unioncat.ingest.normalize.series.SeriesData;
import org.unioncat.ingest.normalize.series.SeriesEntry;

/**
 * Series, from the series fields (490/830, 225/410) and from notes (500, 300): the keys are the
 * same wherever the series was written, so a series in a note in one record and in the series
 * field in the other agrees, and is cause 8. The same series with different numbers is two books
 * of the series (or two volumes of a set numbered in the series field): points against and at
 * most POSSIBLE; two different series count a little against the pair.
 */
final class SeriesComparer {
  private final MatchRules rules;

  SeriesComparer(MatchRules rules) {
    this.rules = rules;
  }

  void compare(SeriesData a, SeriesData b, Tally t) {
    if (a.keys().isEmpty() || b.keys().isEmpty()) {
      return;
    }
    String shared = null;
    for (String k : a.keys()) {
      if (b.keys().contains(k)) {
        shared = k;
        break;
      }
    }
    if (shared == null) {
      t.add("series", "different series", "丛书不同", rules.seriesConflict());
      return;
    }
    SeriesEntry ea = entry(a, shared);
    SeriesEntry eb = entry(b, shared);
    if (ea.number() != null && eb.number() != null && !ea.number().equals(eb.number())) {
      t.add("series", "same series \"" + ea.title() + "\", different numbers " + ea.numbering()
              + " vs " + eb.numbering(),
          "丛书相同“" + ea.title() + "”，丛书编号不同 " + ea.numbering() + " 对 " + eb.numbering(),
          rules.seriesNumberConflict());
      // Two numbers of one series under one title are two volumes of a set cataloged with the
      // volume in 490 $v / 225 $v: never merged on the other fields' agreement alone.
      t.atMostPossible = true;
      return;
    }
    t.corroborate();
    boolean noteA = inNoteOnly(a, shared);
    boolean noteB = inNoteOnly(b, shared);
    if (noteA != noteB) {
      t.seriesInNote = true;
      String which = noteA ? "first" : "second";
      String whichZh = noteA ? "第一条" : "第二条";
      SeriesEntry note = noteA ? ea : eb;
      t.add(
          "series",
          "same series \"" + ea.title() + "\": in a note (" + note.source() + ") in the " + which
              + " record, in the series field in the other",
          "丛书相同“" + ea.title() + "”：" + whichZh + "记录著录在附注（" + note.source()
              + "），另一条著录在丛书项",
          rules.seriesSame());
    } else {
      t.add("series", "same series \"" + ea.title() + "\"", "丛书相同“" + ea.title() + "”",
          rules.seriesSame());
    }
  }

  /** The entry with this key, preferring the series field. */
  private static SeriesEntry entry(SeriesData d, String key) {
    for (SeriesEntry e : d.fromSeriesFields()) {
      if (e.key().equals(key)) {
        return e;
      }
    }
    for (SeriesEntry e : d.fromNotes()) {
      if (e.key().equals(key)) {
        return e;
      }
    }
    throw new IllegalStateException("no series entry with key " + key);
  }

  private static boolean inNoteOnly(SeriesData d, String key) {
    for (SeriesEntry e : d.fromSeriesFields()) {
      if (e.key().equals(key)) {
        return false;
      }
    }
    return true;
  }
}
