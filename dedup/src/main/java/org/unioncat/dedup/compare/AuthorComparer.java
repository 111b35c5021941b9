package org.unioncat.dedup.compare;

import java.util.ArrayList;
import java.util.List;
import org.unioncat.config.MatchRules;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.ingest.normalize.name.AuthorEntry;

/**
 * Authors: every name access point (1XX/7XX, 70X) plus the name in the statement of
 * responsibility (245 $c / 200 $f), so a record without a heading still meets one with it (cause
 * 4). Latin keys are "surname initials": the same surname with compatible initials ("tolkien j"
 * / "tolkien jrr") is a partial agreement. When the names agree but one record has the authorized
 * heading (dates, fuller form, authority link) and the other a free form or none, that is cause 4.
 * Both records naming authors with none in common is a conflict: same title, other author
 * ("Poems", "中国通史") is a different book.
 */
final class AuthorComparer {
  private static final int NONE = 0;
  private static final int PARTIAL = 1;
  private static final int FULL = 2;

  private final MatchRules rules;

  AuthorComparer(MatchRules rules) {
    this.rules = rules;
  }

  void compare(DedupRecord a, DedupRecord b, Tally t) {
    List<Name> na = names(a);
    List<Name> nb = names(b);
    if (na.isEmpty() || nb.isEmpty()) {
      if (!na.isEmpty() || !nb.isEmpty()) {
        t.add("author", "author named in one record only", "仅一条记录有责任者", 0);
      }
      return;
    }
    int best = NONE;
    Name bestA = null;
    Name bestB = null;
    for (Name x : na) {
      for (Name y : nb) {
        int m = match(x.key, y.key);
        if (m > best) {
          best = m;
          bestA = x;
          bestB = y;
        }
      }
    }
    if (best == NONE) {
      if (scriptsDiffer(na, nb)) {
        String pinyin = pinyinMatch(a, b);
        if (pinyin == null) {
          t.add("author", "authors in different scripts, not compared", "责任者文种不同，未比较", 0);
          return;
        }
        // A romanized heading that is the pinyin of the other record's name in characters: the
        // same name as far as pinyin can tell (homophones exist, so partial). Within one flavour
        // it is also a heading form problem: CNMARC enters Chinese persons in characters, MARC21
        // in pinyin with the characters in 880 — a record that has only the other form has not the
        // authorized heading (cause 4). Across flavours each form is right where it is.
        t.corroborate();
        boolean sameFamily = a.normalized().flavour().isUnimarcFamily() == b.normalized().flavour().isUnimarcFamily();
        t.authorFormDiffers |= sameFamily;
        t.add("author", "author agrees across scripts: pinyin \"" + pinyin + "\""
                + (sameFamily ? " (one record's heading is romanized, the other's in characters)" : ""),
            "责任者拼音一致：" + pinyin + (sameFamily ? "（一条记录的检索点为拼音，另一条为汉字）" : ""),
            rules.authorPartial());
        return;
      }
      t.authorConflict = true;
      t.add(
          "author",
          "different authors: " + na.get(0).display + " vs " + nb.get(0).display,
          "责任者不同：" + na.get(0).display + " 对 " + nb.get(0).display,
          rules.authorConflict());
      return;
    }
    t.corroborate();
    boolean authA = authorized(a);
    boolean authB = authorized(b);
    boolean headingA = hasMainHeading(a);
    boolean headingB = hasMainHeading(b);
    String form = "";
    String formZh = "";
    if (authA == authB && headingA && headingB && a.normalized().flavour().isUnimarcFamily()
        == b.normalized().flavour().isUnimarcFamily()) {
      AuthorEntry ha = firstMainPerson(a);
      AuthorEntry hb = firstMainPerson(b);
      if (ha != null && hb != null && !a.matchKeys().headingForm().equals(b.matchKeys().headingForm())) {
        // Both records have a heading for the person and the names agree, but the headings are
        // written differently: romanized vs characters (CNMARC enters Chinese persons in Han),
        // surname and forename split into $a/$b vs one $a, another spelling (case, diacritics,
        // punctuation and traditional/simplified are folded first). One of them is not the
        // authorized form (cause 4); which one needs the authority file, so neither is named.
        t.authorFormDiffers = true;
        t.add("author", "headings written differently: \"" + ha.display() + "\" (" + ha.source() + ") vs \""
                + hb.display() + "\" (" + hb.source() + ")",
            "检索点形式不同：“" + ha.display() + "”（" + ha.source() + "）对“" + hb.display() + "”（" + hb.source() + "）", 0);
      }
    }
    if (authA != authB || headingA != headingB) {
      t.authorFormDiffers = true;
      String authorized = authA || (!authB && headingA) ? "first" : "second";
      String authorizedZh = authorized.equals("first") ? "第一条" : "第二条";
      Name other = authorized.equals("first") ? bestB : bestA;
      form = " (authorized heading in the " + authorized + " record, "
          + (other.fromStatement ? "name only in the statement of responsibility" : "free form \"" + other.display + "\"")
          + " in the other)";
      formZh = "（" + authorizedZh + "记录为规范检索点，另一条"
          + (other.fromStatement ? "仅在责任说明中著录" : "为非规范形式“" + other.display + "”") + "）";
    }
    if (best == FULL) {
      t.add("author", "author agrees: " + bestA.display + form,
          "责任者一致：" + bestA.display + formZh, rules.authorSame());
    } else {
      t.add("author", "author compatible: " + bestA.display + " / " + bestB.display + form,
          "责任者相容：" + bestA.display + " / " + bestB.display + formZh, rules.authorPartial());
    }
  }

  private record Name(String key, String display, boolean fromStatement) {}

  private static List<Name> names(DedupRecord r) {
    List<Name> out = new ArrayList<>();
    for (AuthorEntry e : r.normalized().authors()) {
      if (!e.key().isEmpty()) {
        out.add(new Name(e.key(), e.display(), false));
      }
    }
    String resp = r.matchKeys().responsibilityKey();
    if (!resp.isEmpty()) {
      out.add(new Name(resp, r.normalized().title().responsibility(), true));
    }
    return out;
  }

  private static boolean authorized(DedupRecord r) {
    for (AuthorEntry e : r.normalized().authors()) {
      if (e.main() && e.authorizedForm()) {
        return true;
      }
    }
    return false;
  }

  private static AuthorEntry firstMainPerson(DedupRecord r) {
    for (AuthorEntry e : r.normalized().authors()) {
      if (e.main() && e.kind() == org.unioncat.ingest.normalize.name.NameKind.PERSONAL) {
        return e;
      }
    }
    return null;
  }

  private static boolean hasMainHeading(DedupRecord r) {
    for (AuthorEntry e : r.normalized().authors()) {
      if (e.main()) {
        return true;
      }
    }
    return false;
  }

  /** The pinyin both records share (one in characters, the other romanized), or null. */
  private static String pinyinMatch(DedupRecord a, DedupRecord b) {
    for (String p : a.matchKeys().hanPinyin()) {
      if (b.matchKeys().latinLetters().contains(p)) {
        return p;
      }
    }
    for (String p : b.matchKeys().hanPinyin()) {
      if (a.matchKeys().latinLetters().contains(p)) {
        return p;
      }
    }
    return null;
  }

  private static boolean scriptsDiffer(List<Name> na, List<Name> nb) {
    boolean aCjk = na.stream().anyMatch(n -> Texts.hasCjk(n.key));
    boolean bCjk = nb.stream().anyMatch(n -> Texts.hasCjk(n.key));
    boolean aLatin = na.stream().anyMatch(n -> !Texts.hasCjk(n.key));
    boolean bLatin = nb.stream().anyMatch(n -> !Texts.hasCjk(n.key));
    return aCjk && !aLatin && bLatin && !bCjk || bCjk && !bLatin && aLatin && !aCjk;
  }

  /** FULL for equal keys, PARTIAL for the same surname with compatible initials. */
  static int match(String x, String y) {
    if (x.equals(y)) {
      return FULL;
    }
    if (Texts.hasCjk(x) || Texts.hasCjk(y)) {
      String shorter = x.length() <= y.length() ? x : y;
      String longer = shorter == x ? y : x;
      return shorter.codePointCount(0, shorter.length()) >= 2 && longer.contains(shorter)
          ? PARTIAL : NONE;
    }
    int sx = x.lastIndexOf(' ');
    int sy = y.lastIndexOf(' ');
    String surX = sx < 0 ? x : x.substring(0, sx);
    String surY = sy < 0 ? y : y.substring(0, sy);
    String iniX = sx < 0 ? "" : x.substring(sx + 1);
    String iniY = sy < 0 ? "" : y.substring(sy + 1);
    if (surX.equals(surY) && (iniX.startsWith(iniY) || iniY.startsWith(iniX))) {
      return PARTIAL;
    }
    // one key has no initials: "tolkien" vs "tolkien jrr"
    if (sx < 0 && x.equals(surY) || sy < 0 && y.equals(surX)) {
      return PARTIAL;
    }
    // a name keyed whole in direct order ("john smith") vs "surname initials" ("smith j")
    return directOrderMatches(surX, iniX, y) || directOrderMatches(surY, iniY, x) ? PARTIAL : NONE;
  }

  /** Whether {@code whole} is forenames then {@code surname}, forenames fitting {@code initials}. */
  private static boolean directOrderMatches(String surname, String initials, String whole) {
    if (initials.isEmpty() || !whole.endsWith(" " + surname)) {
      return false;
    }
    String forenames = whole.substring(0, whole.length() - surname.length() - 1);
    StringBuilder firstLetters = new StringBuilder();
    for (String w : forenames.split(" ")) {
      if (!w.isEmpty()) {
        firstLetters.append(w.charAt(0));
      }
    }
    String other = firstLetters.toString();
    return !other.isEmpty() && (other.startsWith(initials) || initials.startsWith(other));
  }
}
