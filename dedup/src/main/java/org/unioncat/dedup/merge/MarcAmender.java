package org.unioncat.dedup.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.marc.Subfield;
import org.unioncat.ingest.normalize.NormalizedRecord;
import org.unioncat.ingest.normalize.isbn.Isbn;
import org.unioncat.ingest.normalize.isbn.IsbnEntry;
import org.unioncat.ingest.normalize.series.SeriesEntry;
import org.unioncat.ingest.normalize.series.SeriesExtractor;

/**
 * What a merge writes into the kept record's MARC, in the kept record's own flavour:
 *
 * <ul>
 *   <li>every valid ISBN of every merged record, in both forms (cause 1): a missing ISBN-10 or
 *       ISBN-13 becomes a new 020 $a (CNMARC/UNIMARC 010 $a), with the qualifier the record that
 *       brought it gave ($q, CNMARC $b: "pbk.", "精装"); an ISBN the kept record lists as
 *       cancelled ($z) is left alone;
 *   <li>a series the kept record states only in a general note (500, CNMARC 300) moves into the
 *       series field (490 0_, CNMARC 225 2_ with $a title, $v numbering) and leaves the note
 *       (cause 8);
 *   <li>a series a merged record states (in its series field or a note) that the kept record does
 *       not state at all is added to the series field.
 * </ul>
 *
 * New fields go after the last field with the same tag, else before the first field with a
 * higher tag. Nothing else changes. Stateless and thread-safe.
 */
final class MarcAmender {
  private MarcAmender() {}

  /** The amended record and what was added or moved (for the audit entry and the answer). */
  record Amended(
      MarcRecord record, List<String> isbnsAdded, List<String> seriesAdded, List<String> notesMoved) {
    boolean changed() {
      return !isbnsAdded.isEmpty() || !seriesAdded.isEmpty() || !notesMoved.isEmpty();
    }
  }

  static Amended amend(
      MarcRecord kept, MarcFlavour flavour, NormalizedRecord keptView, List<NormalizedRecord> others) {
    boolean unimarc = flavour == MarcFlavour.UNIMARC || flavour == MarcFlavour.CNMARC;
    List<MarcField> fields = new ArrayList<>(kept.fields());
    List<String> isbnsAdded = addIsbns(fields, unimarc, keptView, others);
    List<String> notesMoved = new ArrayList<>();
    List<String> seriesAdded = addSeries(fields, unimarc, keptView, others, notesMoved);
    return new Amended(new MarcRecord(kept.leader(), fields), isbnsAdded, seriesAdded, notesMoved);
  }

  private static List<String> addIsbns(
      List<MarcField> fields, boolean unimarc, NormalizedRecord keptView, List<NormalizedRecord> others) {
    String tag = unimarc ? "010" : "020";
    char qualifierCode = unimarc ? 'b' : 'q';
    Set<String> has = new LinkedHashSet<>(); // forms present: the 10 or 13 digits
    Set<String> cancelled = new LinkedHashSet<>();
    Map<String, String> qualifiers = new LinkedHashMap<>(); // isbn13 -> qualifier, all records
    for (IsbnEntry e : keptView.isbns().entries()) {
      if (e.isbn().isEmpty()) {
        continue;
      }
      if (e.cancelled()) {
        cancelled.add(e.isbn().get().isbn13());
      } else {
        has.add(e.isTenDigitForm() ? e.isbn().get().isbn10().orElse("") : e.isbn().get().isbn13());
        qualifiers.putIfAbsent(e.isbn().get().isbn13(), e.qualifier());
      }
    }
    // In record order (the view's "valid" set need not keep it once stored as JSON).
    Set<Isbn> wanted = new LinkedHashSet<>();
    for (IsbnEntry e : keptView.isbns().entries()) {
      if (e.isbn().isPresent() && !e.cancelled()) {
        wanted.add(e.isbn().get());
      }
    }
    for (NormalizedRecord other : others) {
      for (IsbnEntry e : other.isbns().entries()) {
        if (e.isbn().isPresent() && !e.cancelled()) {
          wanted.add(e.isbn().get());
          qualifiers.putIfAbsent(e.isbn().get().isbn13(), e.qualifier());
        }
      }
    }
    List<String> added = new ArrayList<>();
    for (Isbn isbn : wanted) {
      if (cancelled.contains(isbn.isbn13())) {
        continue;
      }
      String qualifier = qualifiers.getOrDefault(isbn.isbn13(), "");
      Optional<String> ten = isbn.isbn10();
      if (ten.isPresent() && !has.contains(ten.get())) {
        insert(fields, isbnField(tag, ten.get(), qualifierCode, qualifier));
        has.add(ten.get());
        added.add(ten.get());
      }
      if (!has.contains(isbn.isbn13())) {
        insert(fields, isbnField(tag, isbn.isbn13(), qualifierCode, qualifier));
        has.add(isbn.isbn13());
        added.add(isbn.isbn13());
      }
    }
    return added;
  }

  private static DataField isbnField(String tag, String number, char qualifierCode, String qualifier) {
    List<Subfield> subfields = new ArrayList<>();
    subfields.add(new Subfield('a', number));
    if (qualifier != null && !qualifier.isBlank()) {
      subfields.add(new Subfield(qualifierCode, qualifier.trim()));
    }
    return new DataField(tag, ' ', ' ', subfields);
  }

  private static List<String> addSeries(
      List<MarcField> fields, boolean unimarc, NormalizedRecord keptView,
      List<NormalizedRecord> others, List<String> notesMoved) {
    String seriesTag = unimarc ? "225" : "490";
    String noteTag = unimarc ? "300" : "500";
    char ind1 = unimarc ? '2' : '0';
    Set<String> keys = new LinkedHashSet<>(keptView.series().keys());
    List<String> added = new ArrayList<>();
    Set<String> moveKeys = new LinkedHashSet<>();
    for (SeriesEntry e : keptView.series().seriesInNotesOnly()) {
      if (moveKeys.add(e.key())) {
        insert(fields, seriesField(seriesTag, ind1, e));
        added.add(label(e));
      }
    }
    if (!moveKeys.isEmpty()) {
      removeSeriesNotes(fields, noteTag, moveKeys, notesMoved);
    }
    for (NormalizedRecord other : others) {
      List<SeriesEntry> theirs = new ArrayList<>(other.series().fromSeriesFields());
      theirs.addAll(other.series().fromNotes());
      for (SeriesEntry e : theirs) {
        if (keys.add(e.key())) {
          insert(fields, seriesField(seriesTag, ind1, e));
          added.add(label(e));
        }
      }
    }
    return added;
  }

  private static DataField seriesField(String tag, char ind1, SeriesEntry e) {
    List<Subfield> subfields = new ArrayList<>();
    subfields.add(new Subfield('a', e.title()));
    if (!e.numbering().isEmpty()) {
      subfields.add(new Subfield('v', e.numbering()));
    }
    return new DataField(tag, ind1, ' ', subfields);
  }

  private static String label(SeriesEntry e) {
    return e.numbering().isEmpty() ? e.title() : e.title() + " ; " + e.numbering();
  }

  /** Drops the note $a that state a moved series; a note left with no $a is dropped whole. */
  private static void removeSeriesNotes(
      List<MarcField> fields, String noteTag, Set<String> keys, List<String> notesMoved) {
    for (int i = 0; i < fields.size(); i++) {
      if (!(fields.get(i) instanceof DataField note) || !note.tag().equals(noteTag)) {
        continue;
      }
      List<Subfield> kept = new ArrayList<>();
      boolean removed = false;
      for (Subfield s : note.subfields()) {
        boolean series = s.code() == 'a'
            && SeriesExtractor.fromNote(s.value(), noteTag + "$a")
                .filter(e -> keys.contains(e.key())).isPresent();
        if (series) {
          notesMoved.add(s.value());
          removed = true;
        } else {
          kept.add(s);
        }
      }
      if (!removed) {
        continue;
      }
      if (kept.stream().noneMatch(s -> s.code() == 'a')) {
        fields.remove(i--);
      } else {
        fields.set(i, new DataField(note.tag(), note.ind1(), note.ind2(), kept));
      }
    }
  }

  /** Puts {@code field} after the last field with its tag, else before the first higher tag. */
  private static void insert(List<MarcField> fields, DataField field) {
    int lastSame = -1;
    int firstHigher = -1;
    for (int i = 0; i < fields.size(); i++) {
      String tag = fields.get(i).tag();
      int cmp = tag.compareTo(field.tag());
      if (cmp == 0) {
        lastSame = i;
      } else if (cmp > 0 && firstHigher < 0) {
        firstHigher = i;
      }
    }
    if (lastSame >= 0) {
      fields.add(lastSame + 1, field);
    } else if (firstHigher >= 0) {
      fields.add(firstHigher, field);
    } else {
      fields.add(field);
    }
  }
}
