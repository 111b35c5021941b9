package org.unioncat.dedup.compare;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.unioncat.dedup.Cause;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.ingest.normalize.NormalizedRecord;
import org.unioncat.ingest.normalize.title.PartInfo;

/**
 * Volumes and parts (cause 3). Different volumes are never duplicates, and one ISBN printed on a
 * whole set does not make them so. A hard guard, CANNOT_LINK with cause MULTI_VOLUME, when:
 *
 * <ul>
 *   <li>both records name a part (245 $n $p, 200 $h $i) and the parts differ (numbers, "下册" as
 *       the last part, or names);
 *   <li>one record names a part and the other does not: set-level vs volume-level cataloging is a
 *       policy decision for the center, reported as a finding, not merged;
 *   <li>both state a number of volumes (300 "3 v.", 215 "3册") and the numbers differ;
 *   <li>neither title names a part, but the ISBN qualifiers do, and name different volumes
 *       ("0415022096 (v. 1)" vs "041502210X (v. 2)", 010 $b 上册/下册), or name every volume in
 *       one record and one volume in the other.
 * </ul>
 *
 * A set of several volumes against a record of one volume with no part named is not a guard (the
 * record may just not say which volume), but caps the verdict at POSSIBLE.
 */
final class VolumeGuard {

  void compare(DedupRecord ra, DedupRecord rb, Tally t) {
    NormalizedRecord a = ra.normalized();
    NormalizedRecord b = rb.normalized();
    PartInfo pa = a.title().part();
    PartInfo pb = b.title().part();
    if (pa.present() && pb.present()) {
      if (samePart(pa, pb)) {
        t.add("part", "same part " + show(pa), "分册相同 " + show(pa), 0);
      } else if (years(pa) && years(pb)) {
        // "中国统计年鉴. 2019" / "2020" with the year as the part: other issues of an annual, kept
        // apart like any other year of a serial-like title, but not a multi-volume set (cause 3
        // would tell the library to fix its set-level cataloging)
        t.cannotLink(null);
        t.add("part", "other years of an annual: " + show(pa) + " vs " + show(pb),
            "年刊（年鉴）不同年份：" + show(pa) + " 对 " + show(pb), 0);
        return;
      } else {
        t.cannotLink(Cause.MULTI_VOLUME);
        t.add("part", "different volumes or parts: " + show(pa) + " vs " + show(pb),
            "分册不同：" + show(pa) + " 对 " + show(pb), 0);
        return;
      }
    } else if (pa.present() || pb.present()) {
      PartInfo part = pa.present() ? pa : pb;
      String which = pa.present() ? "first" : "second";
      String whichZh = pa.present() ? "第一条" : "第二条";
      t.cannotLink(Cause.MULTI_VOLUME);
      t.add(
          "part",
          "set vs volume: the " + which + " record describes part " + show(part)
              + ", the other the whole work",
          "整套与分册：" + whichZh + "记录著录分册 " + show(part) + "，另一条著录整套",
          0);
      return;
    }
    Set<Integer> qa = ra.matchKeys().isbnVolumes();
    Set<Integer> qb = rb.matchKeys().isbnVolumes();
    if (!qa.isEmpty() && !qb.isEmpty() && !qa.equals(qb)) {
      // no part in the titles, but the ISBNs say which volumes: "(v. 1)" / "(v. 2)", or all the
      // volumes' ISBNs (a set record) against one volume's
      t.cannotLink(Cause.MULTI_VOLUME);
      t.add("part", "the ISBN qualifiers name different volumes",
          "ISBN 限定说明所指分册不同", 0);
      return;
    }
    Integer va = a.extent().volumes();
    Integer vb = b.extent().volumes();
    if (va != null && vb != null && !va.equals(vb) && (va > 1 || vb > 1)) {
      t.cannotLink(Cause.MULTI_VOLUME);
      t.add("part", "different numbers of volumes: " + va + " vs " + vb,
          "册数不同：" + va + " 对 " + vb, 0);
    } else if ((va != null && va > 1 && vb == null) || (vb != null && vb > 1 && va == null)) {
      t.atMostPossible = true;
      int n = va != null ? va : vb;
      t.add("part", n + " volumes in one record, one volume in the other",
          "一条记录为 " + n + " 册，另一条为单册", 0);
    }
  }

  /** A part numbered only by years (1800-2100): an issue of an annual, not a volume of a set. */
  private static boolean years(PartInfo p) {
    if (p.numbers().isEmpty() || p.lastPart()) {
      return false;
    }
    for (int n : p.numbers()) {
      if (n < 1800 || n > 2100) {
        return false;
      }
    }
    return true;
  }

  private static boolean samePart(PartInfo pa, PartInfo pb) {
    if (!pa.numbers().isEmpty() || !pb.numbers().isEmpty()) {
      return new TreeSet<>(pa.numbers()).equals(new TreeSet<>(pb.numbers()))
          && pa.lastPart() == pb.lastPart();
    }
    if (pa.lastPart() || pb.lastPart()) {
      return pa.lastPart() == pb.lastPart();
    }
    String na = simple(pa.name() != null ? pa.name() : pa.raw());
    String nb = simple(pb.name() != null ? pb.name() : pb.raw());
    return na.equals(nb);
  }

  private static String simple(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    s.toLowerCase(Locale.ROOT).codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  private static String show(PartInfo p) {
    StringBuilder out = new StringBuilder();
    if (p.raw() != null) {
      out.append(p.raw());
    } else if (!p.numbers().isEmpty()) {
      out.append(p.numbers());
    } else if (p.lastPart()) {
      out.append("下");
    }
    if (p.name() != null) {
      out.append(out.length() > 0 ? " " : "").append(p.name());
    }
    return "\"" + out + "\"";
  }
}
