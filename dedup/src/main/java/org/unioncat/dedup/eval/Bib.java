package org.unioncat.dedup.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unioncat.ingest.marc.CnmarcTags;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.Marc21Tags;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.marc.Subfield;

/**
 * A record being edited by the generator: its fields in a mutable list, with the edits catalogers
 * make named by what they mean (title, edition, coded and transcribed date, extent, ISBN, series)
 * and mapped to the right tag for the flavour. Not thread-safe; copies are independent.
 */
final class Bib {
  private static final Pattern NUMBER = Pattern.compile("(\\d+)(\\s*(?:p\\.|pages|S\\.|页|頁))");
  private static final Pattern YEAR = Pattern.compile("(1[5-9]|20)\\d\\d");

  final MarcFlavour flavour;
  Leader leader;
  final List<MarcField> fields;

  Bib(MarcFlavour flavour, Leader leader, List<MarcField> fields) {
    this.flavour = flavour;
    this.leader = leader;
    this.fields = new ArrayList<>(fields);
  }

  static Bib of(SeedRecord seed) {
    return new Bib(seed.flavour(), seed.record().leader(), seed.record().fields());
  }

  Bib copy() {
    return new Bib(flavour, leader, fields);
  }

  MarcRecord toRecord() {
    return new MarcRecord(leader, fields);
  }

  boolean chinese() {
    return flavour.isUnimarcFamily();
  }

  /** The tag for this flavour. */
  String tag(String marc21, String cnmarc) {
    return chinese() ? cnmarc : marc21;
  }

  // ---- generic field editing -------------------------------------------------------------

  List<DataField> all(String tag) {
    List<DataField> out = new ArrayList<>();
    for (MarcField f : fields) {
      if (f instanceof DataField d && d.tag().equals(tag)) {
        out.add(d);
      }
    }
    return out;
  }

  Optional<DataField> first(String tag) {
    return all(tag).stream().findFirst();
  }

  Optional<String> value(String tag, char code) {
    for (DataField f : all(tag)) {
      Optional<String> v = f.first(code);
      if (v.isPresent()) {
        return v;
      }
    }
    return Optional.empty();
  }

  void removeAll(String tag) {
    fields.removeIf(f -> f.tag().equals(tag));
  }

  /** Inserts after the last field whose tag sorts before or equal (records stay in tag order). */
  void add(MarcField field) {
    int at = fields.size();
    for (int i = fields.size() - 1; i >= 0; i--) {
      if (fields.get(i).tag().compareTo(field.tag()) <= 0) {
        at = i + 1;
        break;
      }
      at = i;
    }
    fields.add(at, field);
  }

  void replace(MarcField old, MarcField replacement) {
    int i = fields.indexOf(old);
    if (i < 0) {
      add(replacement);
    } else {
      fields.set(i, replacement);
    }
  }

  /** Sets the first {@code $code} of the first {@code tag} field, creating either as needed. */
  void set(String tag, char code, String value) {
    Optional<DataField> field = first(tag);
    if (field.isEmpty()) {
      add(DataField.of(tag, ' ', ' ', code, value));
      return;
    }
    replace(field.get(), withSubfield(field.get(), code, v -> value));
  }

  /** Applies {@code edit} to the first {@code $code} of the first {@code tag} field, if any. */
  void edit(String tag, char code, UnaryOperator<String> edit) {
    for (DataField f : all(tag)) {
      if (f.first(code).isPresent()) {
        replace(f, withSubfield(f, code, edit));
        return;
      }
    }
  }

  static DataField withSubfield(DataField field, char code, UnaryOperator<String> edit) {
    List<Subfield> subs = new ArrayList<>(field.subfields());
    for (int i = 0; i < subs.size(); i++) {
      if (subs.get(i).code() == code) {
        subs.set(i, new Subfield(code, edit.apply(subs.get(i).value())));
        return new DataField(field.tag(), field.ind1(), field.ind2(), subs);
      }
    }
    subs.add(new Subfield(code, edit.apply("")));
    return new DataField(field.tag(), field.ind1(), field.ind2(), subs);
  }

  static DataField without(DataField field, char code) {
    List<Subfield> subs = new ArrayList<>(field.subfields());
    subs.removeIf(s -> s.code() == code);
    return new DataField(field.tag(), field.ind1(), field.ind2(), subs);
  }

  void setControl(String tag, String data) {
    fields.removeIf(f -> f instanceof ControlField && f.tag().equals(tag));
    add(new ControlField(tag, data));
  }

  Optional<String> control(String tag) {
    for (MarcField f : fields) {
      if (f instanceof ControlField c && c.tag().equals(tag)) {
        return Optional.of(c.data());
      }
    }
    return Optional.empty();
  }

  // ---- what the causes change --------------------------------------------------------------

  String titleTag() {
    return tag(Marc21Tags.TITLE, CnmarcTags.TITLE);
  }

  String title() {
    return value(titleTag(), 'a').orElse("");
  }

  void setTitle(String title) {
    set(titleTag(), 'a', title);
  }

  String editionTag() {
    return tag(Marc21Tags.EDITION, CnmarcTags.EDITION);
  }

  void setEdition(String statement) {
    removeAll(editionTag());
    add(DataField.of(editionTag(), ' ', ' ', 'a', statement));
  }

  String noteTag() {
    return tag(Marc21Tags.GENERAL_NOTE, CnmarcTags.GENERAL_NOTE);
  }

  void addNote(String note) {
    add(DataField.of(noteTag(), ' ', ' ', 'a', note));
  }

  String extentTag() {
    return tag(Marc21Tags.EXTENT, CnmarcTags.EXTENT);
  }

  Optional<Integer> pages() {
    Optional<String> extent = value(extentTag(), 'a');
    if (extent.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = NUMBER.matcher(extent.get());
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  /** Replaces the page count in the extent, or writes a plain extent when there is none. */
  void setPages(int pages) {
    if (pages().isPresent()) {
      edit(extentTag(), 'a', e -> NUMBER.matcher(e).replaceFirst(pages + "$2"));
    } else {
      set(extentTag(), 'a', chinese() ? pages + "页" : pages + " p. ;");
    }
  }

  void setExtent(String extent) {
    set(extentTag(), 'a', extent);
  }

  // ---- dates: coded (008/07-10, 100$a/9-12) and transcribed (260/264$c, 210$d) ------------

  int codedYear() {
    String s = chinese() ? fixedCnmarc().substring(9, 13) : fixed008().substring(7, 11);
    return s.matches("\\d{4}") ? Integer.parseInt(s) : transcribedYear();
  }

  void setCodedYear(int year) {
    setCodedDates(chinese() ? fixedCnmarc().charAt(8) : fixed008().charAt(6), year, null);
  }

  /** Date type and dates in the fixed field; {@code date2} null leaves it blank. */
  void setCodedDates(char type, int date1, Integer date2) {
    String d2 = date2 == null ? "    " : String.format("%04d", date2);
    if (chinese()) {
      StringBuilder a = new StringBuilder(fixedCnmarc());
      a.setCharAt(8, type);
      a.replace(9, 17, String.format("%04d", date1) + d2);
      set(CnmarcTags.GENERAL_PROCESSING, 'a', a.toString());
    } else {
      StringBuilder f = new StringBuilder(fixed008());
      f.setCharAt(6, type);
      f.replace(7, 15, String.format("%04d", date1) + d2);
      setControl(Marc21Tags.FIXED_DATA, f.toString());
    }
  }

  String imprintTag() {
    if (chinese()) {
      return CnmarcTags.PUBLICATION;
    }
    return first(Marc21Tags.IMPRINT).isPresent() || first(Marc21Tags.PRODUCTION_PUBLICATION).isEmpty()
        ? Marc21Tags.IMPRINT
        : Marc21Tags.PRODUCTION_PUBLICATION;
  }

  char dateCode() {
    return chinese() ? 'd' : 'c';
  }

  int transcribedYear() {
    Matcher m = YEAR.matcher(value(imprintTag(), dateCode()).orElse(""));
    return m.find() ? Integer.parseInt(m.group()) : 2000;
  }

  /** Replaces the transcribed date with {@code date} as written (e.g. "2012.", "c2012", "2012.3"). */
  void setTranscribedDate(String date) {
    set(imprintTag(), dateCode(), date);
  }

  /** The year in the form the record already uses ("1994", "c1994.", "2005, c1999."). */
  String transcribedDateLike(int year) {
    String current = value(imprintTag(), dateCode()).orElse(chinese() ? "2000" : "2000.");
    Matcher m = YEAR.matcher(current);
    return m.find() ? m.replaceFirst(Integer.toString(year)) : Integer.toString(year);
  }

  String fixed008() {
    String f = control(Marc21Tags.FIXED_DATA).orElse("");
    return (f + " ".repeat(40)).substring(0, 40);
  }

  String fixedCnmarc() {
    String a = value(CnmarcTags.GENERAL_PROCESSING, 'a').orElse("");
    return (a + " ".repeat(36)).substring(0, 36);
  }

  // ---- ISBN ---------------------------------------------------------------------------------

  String isbnTag() {
    return tag(Marc21Tags.ISBN, CnmarcTags.ISBN);
  }

  /** The first ISBN's digits. */
  Optional<String> isbn() {
    for (DataField f : all(isbnTag())) {
      Optional<String> digits = f.first('a').flatMap(Isbns::digits);
      if (digits.isPresent()) {
        return digits;
      }
    }
    return Optional.empty();
  }

  /** Replaces all ISBN fields by one, written as given, with an optional qualifier. */
  void setIsbn(String written, String qualifier) {
    Optional<String> price = value(isbnTag(), chinese() ? 'd' : 'c');
    removeAll(isbnTag());
    addIsbn(written, qualifier, price.orElse(null));
  }

  /** Adds an ISBN field: 020 $a $q $c, or 010 $a $b $d. */
  void addIsbn(String written, String qualifier, String price) {
    List<Subfield> subs = new ArrayList<>();
    subs.add(new Subfield('a', written));
    if (qualifier != null) {
      subs.add(new Subfield(chinese() ? 'b' : 'q', qualifier));
    }
    if (price != null) {
      subs.add(new Subfield(chinese() ? 'd' : 'c', price));
    }
    add(new DataField(isbnTag(), ' ', ' ', subs));
  }

  // ---- names and series ---------------------------------------------------------------------

  String authorTag() {
    return tag(Marc21Tags.MAIN_PERSONAL_NAME, CnmarcTags.PERSONAL_NAME_PRIMARY);
  }

  String seriesTag() {
    return tag(Marc21Tags.SERIES_STATEMENT, CnmarcTags.SERIES);
  }

  String tracedSeriesTag() {
    return tag(Marc21Tags.SERIES_UNIFORM_TITLE, CnmarcTags.SERIES_LINK);
  }

  /** Language of the text: 008/35-37 or 101$a. */
  void setLanguage(String code) {
    if (chinese()) {
      set(CnmarcTags.LANGUAGE, 'a', code);
    } else {
      StringBuilder f = new StringBuilder(fixed008());
      f.replace(35, 38, code);
      setControl(Marc21Tags.FIXED_DATA, f.toString());
    }
  }
}
