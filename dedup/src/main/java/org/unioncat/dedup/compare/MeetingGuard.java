package org.unioncat.dedup.compare;

import java.util.ArrayList;
import java.util.List;
import org.unioncat.ingest.normalize.NormalizedRecord;
import org.unioncat.ingest.normalize.name.AuthorEntry;
import org.unioncat.ingest.normalize.name.NameKind;

/**
 * Conference proceedings: the same meeting name with another number or date (111/711 $n, $d;
 * "Conference on World Affairs (12th : 2001)" vs "(13th : 2003)") is another meeting, so its
 * proceedings are another work even when the title, editor and publisher are the same — a hard
 * guard, CANNOT_LINK. Meetings with different names are left to the author comparison.
 */
final class MeetingGuard {

  void compare(NormalizedRecord a, NormalizedRecord b, Tally t) {
    AuthorEntry ma = meeting(a);
    AuthorEntry mb = meeting(b);
    if (ma == null || mb == null) {
      return;
    }
    String baseA = withoutNumbers(ma.key());
    String baseB = withoutNumbers(mb.key());
    if (baseA.isEmpty() || !baseA.equals(baseB)) {
      return;
    }
    List<String> na = numbers(ma);
    List<String> nb = numbers(mb);
    if (na.isEmpty() || nb.isEmpty() || na.equals(nb)) {
      return;
    }
    t.cannotLink(null);
    t.add("author", "different meetings: " + show(ma) + " vs " + show(mb),
        "会议届次或日期不同：" + show(ma) + " 对 " + show(mb), 0);
  }

  /** The main entry's meeting, else the first meeting name; null when none. */
  private static AuthorEntry meeting(NormalizedRecord r) {
    AuthorEntry first = null;
    for (AuthorEntry e : r.authors()) {
      if (e.kind() == NameKind.MEETING && !e.key().isEmpty()) {
        if (e.main()) {
          return e;
        }
        if (first == null) {
          first = e;
        }
      }
    }
    return first;
  }

  private static String show(AuthorEntry e) {
    return e.dates() == null || e.dates().isBlank() ? e.display() : e.display() + " " + e.dates();
  }

  /** The digit runs of the name (the meeting's number) followed by those of its date. */
  private static List<String> numbers(AuthorEntry e) {
    List<String> out = new ArrayList<>();
    digitRuns(e.key(), out);
    if (e.dates() != null) {
      digitRuns(e.dates(), out);
    }
    return out;
  }

  private static void digitRuns(String s, List<String> out) {
    int i = 0;
    while (i < s.length()) {
      if (Character.isDigit(s.charAt(i))) {
        int start = i;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
          i++;
        }
        out.add(s.substring(start, i));
      } else {
        i++;
      }
    }
  }

  /** The key without digits and the ordinal endings glued to them ("12th" -> ""). */
  private static String withoutNumbers(String key) {
    StringBuilder out = new StringBuilder();
    for (String word : key.split(" ")) {
      if (word.isEmpty() || Character.isDigit(word.charAt(0))) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(word);
    }
    return out.toString();
  }
}
