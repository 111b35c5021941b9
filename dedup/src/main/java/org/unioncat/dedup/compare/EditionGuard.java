package org.unioncat.dedup.compare;

import org.unioncat.dedup.Cause;
import org.unioncat.ingest.normalize.NormalizedRecord;
import org.unioncat.ingest.normalize.edition.EditionInfo;
import org.unioncat.ingest.normalize.edition.Printing;

/**
 * Editions. Two editions are never one record (causes 5 and 7; merging them destroys holdings
 * information), so a difference is a hard guard: CANNOT_LINK. What counts as a difference:
 *
 * <ul>
 *   <li>different edition numbers (an unstated edition counts as the 1st);
 *   <li>"revised"/"new" without a number against a plain or numbered edition: we cannot know it
 *       is the same one. Two statements with the same explicit number where only one says
 *       "revised" are the same edition only if pages and year agree;
 *   <li>a version named in one statement and not the other ("Large print ed.", "Abridged ed.",
 *       "Student ed.", "大字本", "插图本": see {@link EditionVersions}).
 * </ul>
 *
 * A printing or reprint statement ("3rd printing", "第3次印刷", "Reprinted with corrections") is
 * NOT a new edition: it is the same record (cause 6). When the editions differ, the cause is 5 (a
 * stale copy: the ISBN, or the pages and year, are the other edition's) or 7 (a proper new edition
 * whose coded date still carries the old year: a date conflict in the later edition).
 */
final class EditionGuard {

  void compare(NormalizedRecord a, NormalizedRecord b, Tally t) {
    EditionInfo ea = a.edition();
    EditionInfo eb = b.edition();
    String printing = printingNote(ea.printing(), eb.printing());
    boolean unknownA = printingOnly(ea);
    boolean unknownB = printingOnly(eb);
    boolean differ;
    boolean versionsDiffer =
        !EditionVersions.of(ea.statement()).equals(EditionVersions.of(eb.statement()));
    if (versionsDiffer) {
      differ = true; // "Large print ed." vs none, "Abridged ed." vs "2nd ed."
    } else if (unknownA || unknownB) {
      differ = false; // "Reprinted with corrections." says nothing about which edition
    } else if (ea.number() != eb.number()) {
      differ = true;
    } else if (ea.explicit() && eb.explicit() && ea.number() > 1) {
      // "2nd ed." vs "2nd rev. ed.": often two transcriptions of one statement, but also a
      // revised issue of that edition. The same edition only if the pages and year agree.
      differ = ea.revised() != eb.revised() && imprintDisagrees(a, b);
    } else {
      differ = ea.revised() != eb.revised();
    }
    String en = "edition " + describe(ea) + " vs " + describe(eb);
    String zh = "版次 " + describeZh(ea) + " 对 " + describeZh(eb);
    if (!differ) {
      if (ea.printing().present() || eb.printing().present()) {
        t.reprint = true;
      }
      if (!ea.statement().isEmpty() || !eb.statement().isEmpty() || !printing.isEmpty()) {
        t.add("edition", en + printing, zh + printingNoteZh(ea.printing(), eb.printing()), 0);
      }
      return;
    }
    Cause cause = null;
    NormalizedRecord later = laterEdition(a, b);
    NormalizedRecord earlier = later == a ? b : a;
    String why = "";
    String whyZh = "";
    if (t.isbnShared) {
      cause = Cause.STALE_EDITION;
      why = "; the ISBN is the other edition's: a stale copy";
      whyZh = "；ISBN 沿用另一版次：字段未更新的复制记录";
    } else if (a.extent().pages() != null && a.extent().pages().equals(b.extent().pages())) {
      cause = Cause.STALE_EDITION;
      why = "; the pages are the other edition's: a stale copy";
      whyZh = "；页数沿用另一版次：字段未更新的复制记录";
    } else if (later.dates().conflict()
        || later.dates().coded() != null && earlier.dates().trusted() != null
            && earlier.dates().trusted().equals(later.dates().coded().date1())) {
      cause = Cause.EDITION_DATE_CONFUSED;
      why = "; the later edition's coded date still has the earlier edition's year";
      whyZh = "；新版次的编码日期仍为旧版次的出版年";
    }
    t.cannotLink(cause);
    t.add("edition", "different editions: " + en + why, "版次不同：" + zh + whyZh, 0);
  }

  /**
   * Pages differing beyond a reprint's few pages, or years more than one apart: signs of another
   * edition when the edition statements alone cannot tell.
   */
  private static boolean imprintDisagrees(NormalizedRecord a, NormalizedRecord b) {
    Integer pa = a.extent().pages();
    Integer pb = b.extent().pages();
    if (pa != null && pb != null && Math.abs(pa - pb) > Math.max(6, 0.03 * Math.max(pa, pb))) {
      return true;
    }
    Integer ya = a.dates().trusted();
    Integer yb = b.dates().trusted();
    return ya != null && yb != null && Math.abs(ya - yb) > 1;
  }

  /** An edition field that holds only a printing statement: the edition is not known. */
  private static boolean printingOnly(EditionInfo e) {
    return e.printingInEditionField() && !e.explicit() && !e.revised();
  }

  /** The record with the higher edition (or the revised one); {@code a} when undecided. */
  private static NormalizedRecord laterEdition(NormalizedRecord a, NormalizedRecord b) {
    EditionInfo ea = a.edition();
    EditionInfo eb = b.edition();
    if (ea.number() != eb.number()) {
      return ea.number() > eb.number() ? a : b;
    }
    return eb.revised() && !ea.revised() ? b : a;
  }

  private static String describe(EditionInfo e) {
    String s = Integer.toString(e.number());
    if (e.revised()) {
      s += " revised";
    }
    if (!EditionVersions.of(e.statement()).isEmpty()) {
      s += " \"" + e.statement() + "\"";
    }
    if (!e.explicit() && !e.revised()) {
      s += e.statement().isEmpty() ? " (not stated)" : "";
    }
    return s;
  }

  private static String describeZh(EditionInfo e) {
    String s = Integer.toString(e.number());
    if (e.revised()) {
      s += "（修订）";
    }
    if (!EditionVersions.of(e.statement()).isEmpty()) {
      s += "“" + e.statement() + "”";
    }
    if (!e.explicit() && !e.revised() && e.statement().isEmpty()) {
      s += "（未著录）";
    }
    return s;
  }

  private static String printingNote(Printing pa, Printing pb) {
    if (!pa.present() && !pb.present()) {
      return "";
    }
    StringBuilder out = new StringBuilder(" (");
    if (pa.present()) {
      out.append("first is a reprint").append(printingDetail(pa));
    }
    if (pb.present()) {
      out.append(pa.present() ? ", " : "").append("second is a reprint").append(printingDetail(pb));
    }
    return out.append(')').toString();
  }

  private static String printingDetail(Printing p) {
    StringBuilder out = new StringBuilder();
    if (p.number() != null) {
      out.append(", ").append(Texts.ordinal(p.number())).append(" printing");
    }
    if (p.year() != null) {
      out.append(", ").append(p.year());
    }
    return out.toString();
  }

  private static String printingNoteZh(Printing pa, Printing pb) {
    if (!pa.present() && !pb.present()) {
      return "";
    }
    StringBuilder out = new StringBuilder("（");
    if (pa.present()) {
      out.append("第一条为重印").append(printingDetailZh(pa));
    }
    if (pb.present()) {
      out.append(pa.present() ? "，" : "").append("第二条为重印").append(printingDetailZh(pb));
    }
    return out.append('）').toString();
  }

  private static String printingDetailZh(Printing p) {
    StringBuilder out = new StringBuilder();
    if (p.number() != null) {
      out.append("，第").append(p.number()).append("次印刷");
    }
    if (p.year() != null) {
      out.append("，").append(p.year()).append("年");
    }
    return out.toString();
  }
}
