package org.unioncat.ingest.normalize.edition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unioncat.ingest.marc.CnmarcTags;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Marc21Tags;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.Correction;

/**
 * Extracts the edition (250 / 205) and the printing (edition field, notes 500/534 or 300/305,
 * 008/06 'r', 100$a/8 'e') of a record. Never throws on bad data. Stateless and thread-safe.
 */
public final class EditionExtractor {
  private static final char MARC21_REPRINT = 'r';
  private static final char UNIMARC_REPRODUCTION = 'e';

  /** Reads the record's edition and printing; MARC21 or UNIMARC tags by {@code flavour}. */
  public EditionInfo extract(MarcRecord record, MarcFlavour flavour) {
    boolean unimarc = flavour.isUnimarcFamily();
    String editionTag = unimarc ? CnmarcTags.EDITION : Marc21Tags.EDITION;
    String noteTag = unimarc ? CnmarcTags.GENERAL_NOTE : Marc21Tags.GENERAL_NOTE;
    Optional<DataField> field = record.dataField(editionTag);
    String statement = field.flatMap(f -> f.first('a')).orElse("").trim();
    String source = statement.isEmpty() ? "" : editionTag + "$a";
    String printingText = field.map(f -> f.join("ab")).orElse("");
    ParsedEdition parsed = EditionStatementParser.parse(statement, source);
    Printing printing =
        merge(parsed.printing(), PrintingParser.parse(printingText, source, false));
    for (DataField note : notes(record, unimarc)) {
      String text = note.join("abcdept");
      String noteSource = note.tag().equals(Marc21Tags.ORIGINAL_VERSION_NOTE) ? note.tag() : note.tag() + "$a";
      printing = merge(printing, PrintingParser.parse(text, noteSource, true));
    }
    printing = merge(printing, codedReprint(record, unimarc));
    boolean printingOnly = parsed.printingOnly();
    List<Correction> corrections = new ArrayList<>(2);
    if (printingOnly) {
      corrections.add(
          new Correction(
              source, statement, "",
              "a printing statement is not an edition statement: remove it from " + source
                  + " (cause 6)",
              "印次不是版本说明：从" + source + "删除（原因6）"));
      corrections.add(
          new Correction(
              noteTag + "$a", "", statement,
              "keep the printing statement as a note (cause 6)",
              "将印次信息移入附注" + noteTag + "（原因6）"));
    }
    Integer number = parsed.number();
    return new EditionInfo(
        statement,
        source,
        number == null || number < 1 ? 1 : number,
        parsed.revised(),
        number != null && number >= 1,
        printing,
        corrections,
        printingOnly);
  }

  private static List<DataField> notes(MarcRecord record, boolean unimarc) {
    return unimarc
        ? record.dataFields(CnmarcTags.EDITION_HISTORY_NOTE, CnmarcTags.GENERAL_NOTE)
        : record.dataFields(Marc21Tags.GENERAL_NOTE, Marc21Tags.ORIGINAL_VERSION_NOTE);
  }

  private static Printing codedReprint(MarcRecord record, boolean unimarc) {
    if (unimarc) {
      Optional<String> a = record.firstValue(CnmarcTags.GENERAL_PROCESSING, 'a');
      if (a.isPresent() && a.get().length() > 8 && a.get().charAt(8) == UNIMARC_REPRODUCTION) {
        return new Printing(true, null, year(a.get(), 9), "", "100$a/8");
      }
      return Printing.NONE;
    }
    Optional<ControlField> f = record.controlField(Marc21Tags.FIXED_DATA);
    if (f.isPresent() && f.get().charAt(6) == MARC21_REPRINT) {
      return new Printing(true, null, year(f.get().data(), 7), "", "008/06");
    }
    return Printing.NONE;
  }

  private static Integer year(String data, int from) {
    if (data.length() < from + 4) {
      return null;
    }
    String four = data.substring(from, from + 4);
    return four.chars().allMatch(c -> c >= '0' && c <= '9') ? Integer.valueOf(four) : null;
  }

  /** The first statement found keeps its text and source; later ones fill a missing number/year. */
  private static Printing merge(Printing first, Printing next) {
    if (!first.present()) {
      return next;
    }
    if (!next.present()) {
      return first;
    }
    return new Printing(
        true,
        first.number() != null ? first.number() : next.number(),
        first.year() != null ? first.year() : next.year(),
        first.text(),
        first.source());
  }
}
