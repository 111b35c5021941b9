package org.unioncat.dedup.compare;

import org.unioncat.config.MatchRules;
import org.unioncat.ingest.normalize.NormalizedRecord;
import org.unioncat.ingest.normalize.date.DateInfo;

/**
 * Publication years: the year each record's flavour trusts (MARC21 the coded 008 date, CNMARC the
 * 210 $d). Different years are explained by a reprint when either record states a printing or
 * the other's year is this one's original, copyright or second coded date (cause 6: a reprint is
 * the same record). A record whose two date places disagree is reported (causes 5 and 7).
 */
final class DateComparer {
  private final MatchRules rules;

  DateComparer(MatchRules rules) {
    this.rules = rules;
  }

  void compare(NormalizedRecord a, NormalizedRecord b, Tally t) {
    Integer ya = a.dates().trusted();
    Integer yb = b.dates().trusted();
    conflictNote(a.dates(), "first", "第一条", t);
    conflictNote(b.dates(), "second", "第二条", t);
    if (ya == null || yb == null) {
      if (ya != null || yb != null) {
        t.add("date", "year in one record only", "仅一条记录有出版年", 0);
      }
      return;
    }
    if (ya.equals(yb)) {
      t.sameYear = true;
      t.corroborate();
      t.add("date", "year " + ya + " in both", "出版年均为 " + ya, rules.yearSame());
      if (statesPrinting(a) != statesPrinting(b)) {
        // the same year, but one record says it describes a later printing ("1999(2001重印)",
        // "2003年第2次印刷"): a reprint cataloged as a new record, cause 6
        t.reprint = true;
        t.add("date", "a printing stated in the " + (statesPrinting(a) ? "first" : "second") + " record only",
            (statesPrinting(a) ? "仅第一条" : "仅第二条") + "记录著录印次", 0);
      }
      return;
    }
    boolean printing = a.edition().printing().present() || b.edition().printing().present();
    if (printing || explains(a.dates(), yb) || explains(b.dates(), ya)) {
      t.reprint = true;
      t.corroborate();
      t.add("date", "years " + ya + " vs " + yb + " (a reprint of the same edition)",
          "出版年 " + ya + " 对 " + yb + "（同版重印）", rules.yearReprint());
      return;
    }
    double pts = Math.abs(ya - yb) == 1 ? rules.yearOffByOne() : rules.yearOffMore();
    t.yearsDiffer = Math.abs(ya - yb) > 1;
    t.add("date", "years differ " + ya + " vs " + yb, "出版年不同 " + ya + " 对 " + yb, pts);
  }

  /** A printing statement (250/205/500...), or a reprint named in the transcribed date (210$d). */
  private static boolean statesPrinting(NormalizedRecord r) {
    if (r.edition().printing().present()) {
      return true;
    }
    String raw = r.dates().transcribed() == null ? null : r.dates().transcribed().raw();
    if (raw == null) {
      return false;
    }
    String lower = raw.toLowerCase(java.util.Locale.ROOT);
    return raw.contains("重印") || raw.contains("印刷") || raw.contains("次印") || lower.contains("reprint")
        || lower.contains("printing");
  }

  /** Whether {@code other} is one of the years this record also states. */
  private static boolean explains(DateInfo d, int other) {
    if (d.originalYear() != null && d.originalYear() == other) {
      return true;
    }
    if (d.transcribed() != null) {
      if (d.transcribed().copyrightYear() != null && d.transcribed().copyrightYear() == other) {
        return true;
      }
      if (d.transcribed().year() != null && d.transcribed().year() == other) {
        return true;
      }
    }
    if (d.coded() != null) {
      return d.coded().date1() != null && d.coded().date1() == other
          || d.coded().date2() != null && d.coded().date2() == other;
    }
    return false;
  }

  private static void conflictNote(DateInfo d, String which, String whichZh, Tally t) {
    if (!d.conflict()) {
      return;
    }
    String coded = d.coded() == null ? "?" : Texts.orNone(d.coded().date1());
    String transcribed = d.transcribed() == null ? "?" : d.transcribed().raw();
    String codedAt = d.coded() == null ? "" : " (" + d.coded().source() + ")";
    String transcribedAt = d.transcribed() == null ? "" : " (" + d.transcribed().source() + ")";
    t.add(
        "date",
        "the " + which + " record's dates disagree: coded " + coded + codedAt + " vs transcribed \""
            + transcribed + "\"" + transcribedAt,
        whichZh + "记录日期不一致：编码日期 " + coded + codedAt + " 对著录日期“" + transcribed + "”"
            + transcribedAt,
        0);
  }
}
