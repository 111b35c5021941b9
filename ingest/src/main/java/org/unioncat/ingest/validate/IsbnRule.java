package org.unioncat.ingest.validate;

import java.util.ArrayList;
import java.util.List;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.FindingCode;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.NormalizedRecord;
import org.unioncat.ingest.normalize.isbn.Isbn;
import org.unioncat.ingest.normalize.isbn.IsbnEntry;

/**
 * ISBNs in $a that are not valid ISBNs (wrong check digit, wrong length, not 978/979): $z is where
 * a wrong ISBN printed on the item belongs, so the finding says to move it. And cause 1: a valid
 * ISBN recorded in only one of its two forms, so that a search or duplicate check by the other
 * form misses it.
 */
final class IsbnRule implements ContentRule {
  @Override
  public List<Finding> check(MarcRecord record, NormalizedRecord normalized) {
    List<Finding> out = new ArrayList<>();
    for (IsbnEntry e : normalized.isbns().invalid()) {
      if (e.cancelled()) {
        continue; // already in $z, where an invalid ISBN belongs
      }
      String tag = tagOf(e.source());
      switch (e.problem()) {
        case CHECKSUM:
          out.add(Finding.of(FindingCode.ISBN_CHECKSUM, tag, 'a', e.raw(), "z"));
          break;
        case LENGTH:
          out.add(Finding.of(FindingCode.ISBN_LENGTH, tag, 'a', e.raw(), e.digits().length(), "z"));
          break;
        case PREFIX:
          out.add(Finding.of(FindingCode.ISBN_PREFIX, tag, 'a', e.raw(), "z"));
          break;
        default:
          break;
      }
    }
    for (Isbn isbn : normalized.isbns().singleFormOnly()) {
      String tag = normalized.flavour().isUnimarcFamily() ? "010" : "020";
      boolean has13 = hasThirteenDigitForm(normalized, isbn);
      String present = has13 ? "ISBN-13" : "ISBN-10";
      String shown = has13 ? isbn.isbn13() : isbn.isbn10().orElse(isbn.isbn13());
      String missing = has13 ? "ISBN-10 " + isbn.isbn10().orElse("") : "ISBN-13 " + isbn.isbn13();
      out.add(Finding.of(FindingCode.ISBN_SINGLE_FORM, tag, 'a', present, shown, missing.trim()));
    }
    return out;
  }

  private static boolean hasThirteenDigitForm(NormalizedRecord normalized, Isbn isbn) {
    for (IsbnEntry e : normalized.isbns().entries()) {
      if (e.isbn().isPresent() && e.isbn().get().equals(isbn) && !e.isTenDigitForm()) {
        return true;
      }
    }
    return false;
  }

  /** "020$a" → "020". */
  static String tagOf(String source) {
    return source == null || source.length() < 3 ? null : source.substring(0, 3);
  }
}
