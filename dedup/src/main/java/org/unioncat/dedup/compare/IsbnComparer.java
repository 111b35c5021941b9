package org.unioncat.dedup.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.unioncat.config.MatchRules;
import org.unioncat.ingest.normalize.isbn.Binding;
import org.unioncat.ingest.normalize.isbn.Isbn;
import org.unioncat.ingest.normalize.isbn.IsbnData;
import org.unioncat.ingest.normalize.isbn.IsbnEntry;

/**
 * ISBNs, folded to ISBN-13. A shared ISBN is strong evidence but never enough on its own (a set
 * ISBN printed on every volume, a reused ISBN, a stale copy of another edition: the guards and the
 * other fields decide). ISBN-10 in one record and ISBN-13 in the other is cause 1; different ISBNs
 * qualified hardcover and paperback are cause 2; different ISBNs with no such explanation count
 * against the pair.
 */
final class IsbnComparer {
  private final MatchRules rules;
  private final Set<String> unreliable;

  /**
   * @param unreliable ISBN-13s that do not count as evidence: found shared by clearly different
   *     books in the catalog, or listed by the consortium as known to be bad
   */
  IsbnComparer(MatchRules rules, Set<String> unreliable) {
    this.rules = rules;
    this.unreliable = Set.copyOf(unreliable);
  }

  void compare(IsbnData a, IsbnData b, Tally t) {
    Set<Isbn> va = reliable(a.valid(), t);
    Set<Isbn> vb = reliable(b.valid(), t);
    Binding pa = primaryBinding(a);
    Binding pb = primaryBinding(b);
    boolean bindingsDiffer = isPrint(pa) && isPrint(pb) && pa != pb;
    if (checkDigitOnly(a, b, t) || checkDigitOnly(b, a, t)) {
      if (bindingsDiffer) {
        t.bindingDiffers = true;
        t.add("binding", "bindings " + name(pa) + " vs " + name(pb),
            "装帧 " + nameZh(pa) + " 对 " + nameZh(pb), 0);
      }
      return;
    }
    if (va.isEmpty() || vb.isEmpty()) {
      if (bindingsDiffer) {
        t.bindingDiffers = true;
        t.add("binding", "bindings " + name(pa) + " vs " + name(pb),
            "装帧 " + nameZh(pa) + " 对 " + nameZh(pb), 0);
      }
      if (!va.isEmpty() || !vb.isEmpty()) {
        String which = va.isEmpty() ? "second" : "first";
        String whichZh = va.isEmpty() ? "第二条" : "第一条";
        t.add("isbn", "ISBN only in the " + which + " record", "仅" + whichZh + "记录有 ISBN", 0);
      }
      return;
    }
    List<Isbn> shared = new ArrayList<>();
    for (Isbn i : va) {
      if (vb.contains(i)) {
        shared.add(i);
      }
    }
    if (!shared.isEmpty()) {
      t.isbnShared = true;
      t.corroborate();
      Isbn isbn = shared.get(0);
      int formsA = forms(a, isbn);
      int formsB = forms(b, isbn);
      if ((formsA & formsB) == 0 && formsA != 0 && formsB != 0 && isbn.isbn10().isPresent()) {
        t.isbnFormsDiffer = true;
        String tenIn = formsA == 1 ? "first" : "second";
        String tenInZh = formsA == 1 ? "第一条" : "第二条";
        t.add(
            "isbn",
            "same ISBN in two forms: ISBN-10 " + isbn.isbn10().get() + " in the " + tenIn
                + " record, ISBN-13 " + isbn + " in the other",
            "同一 ISBN 的两种形式：" + tenInZh + "记录为 ISBN-10 " + isbn.isbn10().get()
                + "，另一条为 ISBN-13 " + isbn,
            rules.isbnSame());
      } else {
        t.add(
            "isbn",
            "same ISBN-13 after folding " + isbn,
            "折算后 ISBN-13 相同 " + isbn,
            rules.isbnSame());
      }
      if (bindingsDiffer) {
        t.bindingDiffers = true;
        t.add("binding", "bindings " + name(pa) + " vs " + name(pb),
            "装帧 " + nameZh(pa) + " 对 " + nameZh(pb), 0);
      } else {
        oneBinding(pa, pb, t);
      }
      return;
    }
    String first = va.iterator().next().isbn13();
    String second = vb.iterator().next().isbn13();
    if (bindingsDiffer) {
      t.bindingDiffers = true;
      t.add(
          "binding",
          "different ISBNs " + first + " vs " + second + " explained by binding: " + name(pa)
              + " vs " + name(pb),
          "ISBN 不同（" + first + " 对 " + second + "），装帧不同：" + nameZh(pa) + " 对 " + nameZh(pb),
          0);
    } else if (isPrint(pa) || isPrint(pb)) {
      t.add(
          "isbn",
          "different ISBNs " + first + " vs " + second + ", binding named in one record only",
          "ISBN 不同（" + first + " 对 " + second + "），仅一条记录注明装帧",
          rules.isbnDifferentOneBinding());
      oneBinding(pa, pb, t);
    } else {
      t.isbnsUnexplained = true;
      t.add(
          "isbn",
          "different ISBNs " + first + " vs " + second,
          "ISBN 不同 " + first + " 对 " + second,
          rules.isbnDifferent());
    }
  }

  /** The ISBNs that count; each one left out is said once in the evidence. */
  private Set<Isbn> reliable(Set<Isbn> isbns, Tally t) {
    if (unreliable.isEmpty()) {
      return isbns;
    }
    Set<Isbn> out = new LinkedHashSet<>();
    for (Isbn i : isbns) {
      if (unreliable.contains(i.isbn13())) {
        String note = "ISBN " + i.isbn13() + " is shared by different books (reused, or printed on a"
            + " whole set): not counted";
        if (t.evidence.stream().noneMatch(e -> e.en().equals(note))) {
          t.add("isbn", note, "ISBN " + i.isbn13() + " 为不同的书共用（重复使用或整套共用）：不计入", 0);
        }
      } else {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * An ISBN of {@code bad} that fails its check digit but whose body (ISBN-10 digits 1-9, or
   * ISBN-13 digits 1-12) is that of a valid ISBN of {@code good}, when the two share no valid
   * ISBN: a mistyped or hand-converted check digit (cause 1 when the forms differ). No valid ISBN
   * has the same body, so this is nearly as strong as a shared ISBN.
   */
  private boolean checkDigitOnly(IsbnData bad, IsbnData good, Tally t) {
    for (Isbn i : bad.valid()) {
      if (good.valid().contains(i)) {
        return false;
      }
    }
    for (IsbnEntry e : bad.invalid()) {
      String body = body(e.digits());
      if (body == null) {
        continue;
      }
      for (IsbnEntry g : good.entries()) {
        if (g.cancelled() || g.isbn().isEmpty() || !g.isbn().get().isbn13().startsWith(body)) {
          continue;
        }
        boolean formsDiffer = e.isTenDigitForm() != g.isTenDigitForm();
        t.isbnShared = true;
        t.isbnFormsDiffer |= formsDiffer;
        t.corroborate();
        t.add(
            "isbn",
            "ISBN " + e.digits() + " has a wrong check digit; otherwise it is "
                + (formsDiffer ? "the other form of " : "") + g.isbn().get(),
            "ISBN " + e.digits() + " 校验位错误；除校验位外与 " + g.isbn().get()
                + (formsDiffer ? "（另一种形式）" : "") + " 相同",
            rules.isbnSame() - 1);
        return true;
      }
    }
    return false;
  }

  /** The first twelve digits of the ISBN-13 the number would be, or null. */
  private static String body(String digits) {
    if (digits == null) {
      return null;
    }
    if (digits.length() == 10 && IsbnChecksumsView.allDigits(digits, 9)) {
      return "978" + digits.substring(0, 9);
    }
    if (digits.length() == 13 && IsbnChecksumsView.allDigits(digits, 13)
        && (digits.startsWith("978") || digits.startsWith("979"))) {
      return digits.substring(0, 12);
    }
    return null;
  }

  /** Bit 1: the record writes {@code isbn} as ISBN-10; bit 2: as ISBN-13. */
  private static int forms(IsbnData data, Isbn isbn) {
    int forms = 0;
    for (IsbnEntry e : data.entries()) {
      if (!e.cancelled() && e.isbn().isPresent() && e.isbn().get().equals(isbn)) {
        forms |= e.isTenDigitForm() ? 1 : 2;
      }
    }
    return forms;
  }

  /**
   * A binding (精装, "hardcover", "pbk.") named in one record only: the other record left it out,
   * or describes the other binding without saying so. Either way the correction is cause 2's (merge,
   * keep the binding and both ISBNs on the surviving record).
   */
  private static void oneBinding(Binding pa, Binding pb, Tally t) {
    if (isPrint(pa) == isPrint(pb)) {
      return;
    }
    Binding named = isPrint(pa) ? pa : pb;
    String which = isPrint(pa) ? "first" : "second";
    String whichZh = isPrint(pa) ? "第一条" : "第二条";
    t.bindingOneSide = true;
    t.add("binding", "binding " + name(named) + " named in the " + which + " record only",
        "仅" + whichZh + "记录注明装帧：" + nameZh(named), 0);
  }

  /** The binding of the record's first ISBN in $a: the one the record describes. */
  static Binding primaryBinding(IsbnData data) {
    for (IsbnEntry e : data.entries()) {
      if (!e.cancelled()) {
        return e.binding();
      }
    }
    return Binding.UNKNOWN;
  }

  /** Digit checks (the ingest's IsbnChecksums is package-private). */
  private static final class IsbnChecksumsView {
    static boolean allDigits(String s, int n) {
      for (int i = 0; i < n; i++) {
        if (s.charAt(i) < '0' || s.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }
  }

  private static boolean isPrint(Binding b) {
    return b == Binding.HARDCOVER || b == Binding.PAPERBACK;
  }

  private static String name(Binding b) {
    return b == Binding.HARDCOVER ? "hardcover" : "paperback";
  }

  private static String nameZh(Binding b) {
    return b == Binding.HARDCOVER ? "精装" : "平装";
  }
}
