package org.unioncat.ingest.normalize.isbn;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.unioncat.ingest.marc.CnmarcTags;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Marc21Tags;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.marc.Subfield;
import org.unioncat.ingest.normalize.Correction;

/**
 * Extracts a record's ISBNs from 020 $a/$z/$q (MARC21) or 010 $a/$z/$b (UNIMARC, CNMARC) and
 * proposes corrections. Never throws on bad data. Stateless and thread-safe.
 */
public final class IsbnExtractor {

  /** Reads the record's ISBN fields; MARC21 or UNIMARC tags by {@code flavour}. */
  public IsbnData extract(MarcRecord record, MarcFlavour flavour) {
    boolean unimarc = flavour.isUnimarcFamily();
    String tag = unimarc ? CnmarcTags.ISBN : Marc21Tags.ISBN;
    char qualifierCode = unimarc ? 'b' : 'q';
    List<IsbnEntry> entries = new ArrayList<>();
    for (DataField field : record.dataFields(tag)) {
      String fieldQualifier = String.join(" ; ", field.all(qualifierCode));
      for (Subfield sub : field.subfields()) {
        if (sub.code() != 'a' && sub.code() != 'z') {
          continue;
        }
        IsbnEntry entry =
            IsbnEntry.of(sub.value(), tag + "$" + sub.code(), fieldQualifier, sub.code() == 'z');
        if (!entry.digits().isEmpty()) {
          entries.add(entry); // a subfield without any digit has no number to match or move
        }
      }
    }
    Set<Isbn> valid = new LinkedHashSet<>();
    List<IsbnEntry> invalid = new ArrayList<>();
    for (IsbnEntry e : entries) {
      if (e.isbn().isPresent() && !e.cancelled()) {
        valid.add(e.isbn().get());
      } else if (e.problem() != IsbnProblem.NONE) {
        invalid.add(e);
      }
    }
    List<Isbn> singleForm = new ArrayList<>();
    List<Correction> corrections = new ArrayList<>();
    for (Isbn isbn : valid) {
      if (isbn.isbn10().isEmpty()) {
        continue; // a 979 ISBN has one form only
      }
      boolean has10 = false;
      boolean has13 = false;
      for (IsbnEntry e : entries) {
        if (!e.cancelled() && e.isbn().filter(isbn::equals).isPresent()) {
          has10 |= e.isTenDigitForm();
          has13 |= !e.isTenDigitForm();
        }
      }
      if (has10 != has13) {
        singleForm.add(isbn);
        String missing = has10 ? isbn.isbn13() : isbn.isbn10().get();
        corrections.add(
            new Correction(
                tag + "$a",
                "",
                missing,
                "add the " + (has10 ? "ISBN-13" : "ISBN-10")
                    + " form so that both forms find this record (cause 1)",
                "补充" + (has10 ? "ISBN-13" : "ISBN-10") + "形式，使两种形式都能检索到本记录（原因1）"));
      }
    }
    for (IsbnEntry e : invalid) {
      if (!e.cancelled()) {
        corrections.add(
            new Correction(
                tag + "$a", e.raw(), "", "remove the invalid ISBN (" + e.problem() + ") from $a",
                "从$a删除无效ISBN（" + e.problem() + "）"));
        corrections.add(
            new Correction(
                tag + "$z", "", e.raw(), "keep the invalid ISBN as cancelled/invalid in $z",
                "将无效ISBN移入$z（错误ISBN）"));
      }
    }
    return new IsbnData(entries, valid, invalid, singleForm, corrections);
  }
}
