package org.unioncat.ingest.normalize.series;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.unioncat.ingest.marc.CnmarcTags;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Marc21Tags;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.Correction;

/**
 * Extracts series statements from series fields and general notes, and proposes moving
 * note-only series into the series field (cause 8). Never throws on bad data. Stateless and
 * thread-safe.
 */
public final class SeriesExtractor {

  /** Reads the record's series; MARC21 or UNIMARC tags by {@code flavour}. */
  public SeriesData extract(MarcRecord record, MarcFlavour flavour) {
    boolean unimarc = flavour.isUnimarcFamily();
    List<SeriesEntry> fields = unimarc ? unimarcFields(record) : marc21Fields(record);
    String noteTag = unimarc ? CnmarcTags.GENERAL_NOTE : Marc21Tags.GENERAL_NOTE;
    List<SeriesEntry> notes = new ArrayList<>();
    for (DataField note : record.dataFields(noteTag)) {
      for (String text : note.all('a')) {
        Optional<String[]> parsed = SeriesNoteParser.parse(text);
        if (parsed.isPresent()) {
          SeriesEntry e = SeriesKeys.entry(parsed.get()[0], parsed.get()[1], noteTag + "$a", true);
          if (!e.key().isEmpty()) {
            notes.add(e);
          }
        }
      }
    }
    Set<String> keys = new LinkedHashSet<>();
    fields.forEach(e -> keys.add(e.key()));
    notes.forEach(e -> keys.add(e.key()));
    SeriesData withoutCorrections = new SeriesData(fields, notes, keys, List.of());
    String seriesTag = unimarc ? CnmarcTags.SERIES : Marc21Tags.SERIES_STATEMENT;
    List<Correction> corrections = new ArrayList<>();
    for (SeriesEntry e : withoutCorrections.seriesInNotesOnly()) {
      corrections.add(
          new Correction(
              seriesTag + "$a", "", e.title(),
              "the series belongs in the series field " + seriesTag + ", not in a note (cause 8)",
              "丛编应著录在" + seriesTag + "字段，而不是附注中（原因8）"));
      if (!e.numbering().isEmpty()) {
        corrections.add(
            new Correction(
                seriesTag + "$v", "", e.numbering(),
                "series numbering goes with the series in " + seriesTag + " (cause 8)",
                "丛编编号随丛编著录在" + seriesTag + "（原因8）"));
      }
      corrections.add(
          new Correction(
              e.source(), noteText(record, noteTag, e), "",
              "remove the series from the note once it is in " + seriesTag + " (cause 8)",
              "丛编移入" + seriesTag + "后删除该附注（原因8）"));
    }
    return new SeriesData(fields, notes, keys, corrections);
  }

  /**
   * The series a general note states, if the note is a series statement (the test the extractor
   * applies to each 500 / 300 $a): lets a merge find the note it moves into the series field.
   */
  public static Optional<SeriesEntry> fromNote(String noteText, String source) {
    return SeriesNoteParser.parse(noteText)
        .map(p -> SeriesKeys.entry(p[0], p[1], source, true))
        .filter(e -> !e.key().isEmpty());
  }

  private static List<SeriesEntry> marc21Fields(MarcRecord record) {
    List<SeriesEntry> out = new ArrayList<>();
    for (DataField f :
        record.dataFields(
            Marc21Tags.SERIES_OLD,
            Marc21Tags.SERIES_STATEMENT,
            Marc21Tags.SERIES_PERSONAL_NAME,
            Marc21Tags.SERIES_UNIFORM_TITLE)) {
      boolean personal = f.tag().equals(Marc21Tags.SERIES_PERSONAL_NAME);
      String title = personal ? f.join("tnp") : f.join(f.tag().equals(Marc21Tags.SERIES_STATEMENT) ? "a" : "anp");
      add(out, title, f.join("v"), f.tag() + (personal ? "$t" : "$a"));
    }
    return out;
  }

  private static List<SeriesEntry> unimarcFields(MarcRecord record) {
    List<SeriesEntry> out = new ArrayList<>();
    for (DataField f : record.dataFields(CnmarcTags.SERIES, CnmarcTags.SERIES_LINK)) {
      if (f.tag().equals(CnmarcTags.SERIES)) {
        add(out, f.join("ahi"), f.join("v"), f.tag() + "$a");
      } else {
        // 410 holds an embedded 200 ($1 2001 $a title $v number) or plain $a / $t
        Optional<String> title = f.first('a').or(() -> f.first('t'));
        title.ifPresent(t -> add(out, t, f.join("v"), f.tag() + (f.first('a').isPresent() ? "$a" : "$t")));
      }
    }
    return out;
  }

  private static void add(List<SeriesEntry> out, String title, String numbering, String source) {
    SeriesEntry e = SeriesKeys.entry(title, numbering, source, false);
    if (!e.key().isEmpty()) {
      out.add(e);
    }
  }

  private static String noteText(MarcRecord record, String noteTag, SeriesEntry entry) {
    for (DataField note : record.dataFields(noteTag)) {
      for (String text : note.all('a')) {
        Optional<String[]> parsed = SeriesNoteParser.parse(text);
        if (parsed.isPresent() && SeriesKeys.key(SeriesKeys.cleanTitle(parsed.get()[0])).equals(entry.key())) {
          return text;
        }
      }
    }
    return "";
  }
}
