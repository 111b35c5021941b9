package org.unioncat.dedup.eval;

import java.util.Optional;
import java.util.Random;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Marc21Tags;

/**
 * The edits that turn a copy of a record into a duplicate of it (causes 1, 2, 4, 6, 8), each the
 * way catalogers make it and each with several variants chosen by the seeded random. Every method
 * edits {@code original} and {@code duplicate} in place; they start as equal copies.
 */
final class DuplicateMutations {
  private DuplicateMutations() {}

  /** Gives a record without a usable ISBN-10 form a plausible ISBN of its publisher's group. */
  static String ensureIsbn10able(Bib bib, Random random) {
    Optional<String> isbn = bib.isbn();
    if (isbn.isPresent() && Isbns.to10(isbn.get()).isPresent()) {
      return isbn.get();
    }
    String fresh = Isbns.random(random, bib.chinese());
    bib.setIsbn(fresh, null);
    return fresh;
  }

  /** Cause 1: ISBN-10 in one record, ISBN-13 in the other (hyphens and qualifiers vary). */
  static void isbnForms(Bib original, Bib duplicate, Random random) {
    String isbn = ensureIsbn10able(original, random);
    String ten = Isbns.to10(isbn).orElseThrow();
    String thirteen = Isbns.to13(isbn);
    String qualifier = original.value(original.isbnTag(), original.chinese() ? 'b' : 'q').orElse(null);
    boolean originalHasTen = random.nextInt(3) > 0; // old record first, usually
    original.setIsbn(written(originalHasTen ? ten : thirteen, random), qualifier);
    String dupQualifier = random.nextInt(3) == 0 ? null : qualifier;
    String dupWritten = written(originalHasTen ? thirteen : ten, random);
    if (!duplicate.chinese() && random.nextInt(4) == 0 && dupQualifier == null) {
      dupWritten = dupWritten + " (pbk.)"; // pre-2006 style: qualifier inside $a
    }
    duplicate.setIsbn(dupWritten, dupQualifier);
  }

  private static String written(String isbn, Random random) {
    return random.nextBoolean() ? Isbns.hyphenate(isbn) : isbn;
  }

  /** Cause 2: hardcover and paperback, usually different ISBNs, everything else equal. */
  static void binding(Bib original, Bib duplicate, Random random) {
    String isbn = Isbns.to13(ensureIsbn10able(original, random));
    boolean sameIsbn = random.nextInt(5) == 0;
    String other = sameIsbn ? isbn : Isbns.sibling(isbn, 1 + random.nextInt(3));
    boolean chinese = original.chinese();
    String hard = chinese ? "精装" : Vocabulary.pick(random, java.util.List.of("hardcover", "hbk.", "cloth"));
    String soft = chinese ? "平装" : Vocabulary.pick(random, java.util.List.of("paperback", "pbk."));
    String hardPrice = chinese ? "CNY" + (40 + random.nextInt(60)) + ".00" : null;
    String softPrice = chinese ? "CNY" + (15 + random.nextInt(25)) + ".00" : null;
    original.removeAll(original.isbnTag());
    duplicate.removeAll(duplicate.isbnTag());
    original.addIsbn(written(isbn, random), hard, hardPrice);
    if (!chinese && random.nextBoolean()) {
      duplicate.addIsbn(written(other, random) + " (" + soft.replace(".", "") + ".)", null, null);
    } else {
      duplicate.addIsbn(written(other, random), soft, softPrice);
    }
    if (!sameIsbn && random.nextInt(4) == 0) {
      // The publisher printed both ISBNs; each library put its own binding first.
      original.addIsbn(written(other, random), soft, null);
      duplicate.addIsbn(written(isbn, random), hard, null);
    }
  }

  /** Cause 4: authorized heading in one record, a free form (or none) in the other. */
  static void authorForms(Bib original, Bib duplicate, Random random) {
    if (original.chinese()) {
      cnmarcAuthorForms(original, duplicate, random);
      return;
    }
    DataField main =
        original.first(Marc21Tags.MAIN_PERSONAL_NAME)
            .orElseGet(() -> DataField.of(Marc21Tags.MAIN_PERSONAL_NAME, '1', ' ', 'a',
                Vocabulary.pick(random, Vocabulary.AUTHORS)[0] + ","));
    String inverted = main.first('a').orElse("Smith, John").replaceAll("[,.\\s]+$", "");
    DataField authorized = main;
    if (main.first('d').isEmpty()) {
      int born = 1900 + random.nextInt(70);
      authorized =
          Bib.withSubfield(Bib.withSubfield(main, 'a', a -> inverted + ","), 'd', d -> born + "-");
    }
    original.removeAll(Marc21Tags.MAIN_PERSONAL_NAME);
    original.add(authorized);
    duplicate.removeAll(Marc21Tags.MAIN_PERSONAL_NAME);
    String direct = directOrder(inverted);
    switch (random.nextInt(3)) {
      case 0 -> { // no heading at all: the author only in the statement of responsibility
        duplicate.edit(Marc21Tags.TITLE, 'c', c -> c.isEmpty() ? direct + "." : c);
        if (duplicate.value(Marc21Tags.TITLE, 'c').isEmpty()) {
          duplicate.edit(Marc21Tags.TITLE, 'a', a -> a + " /");
        }
      }
      case 1 -> duplicate.add(DataField.of(Marc21Tags.MAIN_PERSONAL_NAME, '1', ' ', 'a',
          shortInverted(inverted) + "."));
      default -> duplicate.add(DataField.of(Marc21Tags.MAIN_PERSONAL_NAME, '0', ' ', 'a',
          direct + "."));
    }
  }

  private static void cnmarcAuthorForms(Bib original, Bib duplicate, Random random) {
    String tag = original.authorTag();
    DataField main =
        original.first(tag).orElseGet(() -> DataField.of(tag, ' ', '0', 'a',
            Vocabulary.pick(random, Vocabulary.AUTHORS_ZH), '4', "著"));
    DataField authorized =
        main.first('f').isPresent()
            ? main
            : withDatesAfterName(main, "(" + (1900 + random.nextInt(60)) + "- )");
    original.removeAll(tag);
    original.add(authorized);
    duplicate.removeAll(tag);
    switch (random.nextInt(3)) {
      case 0 -> duplicate.add(Bib.without(authorized, 'f'));
      case 1 -> { } // no 7XX: the name only in 200$f
      default -> duplicate.add(new DataField("702", ' ', '0',
          Bib.without(authorized, 'f').subfields()));
    }
    String name = authorized.first('a').orElse("");
    duplicate.edit(original.titleTag(), 'f', f -> f.isEmpty() ? name + "著" : f);
    if (duplicate.value(original.titleTag(), 'f').isEmpty()) {
      duplicate.set(original.titleTag(), 'f', name + "著");
    }
  }

  /** 701 $a name, $f dates, then the rest ($4 relator ...), as CNMARC orders them. */
  private static DataField withDatesAfterName(DataField name, String dates) {
    java.util.List<org.unioncat.ingest.marc.Subfield> subs = new java.util.ArrayList<>();
    for (org.unioncat.ingest.marc.Subfield s : name.subfields()) {
      subs.add(s);
      if (s.code() == 'a' && subs.size() == 1) {
        subs.add(new org.unioncat.ingest.marc.Subfield('f', dates));
      }
    }
    return new DataField(name.tag(), name.ind1(), name.ind2(), subs);
  }

  static String directOrder(String inverted) {
    int comma = inverted.indexOf(", ");
    if (comma < 0) {
      return inverted;
    }
    String forename = inverted.substring(comma + 2).replaceAll("\\s*\\(.*\\)", "");
    return forename + " " + inverted.substring(0, comma);
  }

  private static String shortInverted(String inverted) {
    int comma = inverted.indexOf(", ");
    if (comma < 0) {
      return inverted;
    }
    String forename = inverted.substring(comma + 2).replaceAll("\\s*\\(.*\\)", "").trim();
    String first = forename.split("[\\s.]+")[0];
    return inverted.substring(0, comma) + ", " + first;
  }

  /** Cause 6: a new printing of the same edition recorded as a new record. */
  static void reprint(Bib original, Bib duplicate, Random random) {
    int year = original.codedYear();
    int reprintYear = Math.min(year + 1 + random.nextInt(8), 2024);
    int printing = 2 + random.nextInt(6);
    if (duplicate.chinese()) {
      switch (random.nextInt(3)) {
        case 0 -> duplicate.addNote(reprintYear + "年" + (1 + random.nextInt(12)) + "月第" + printing + "次印刷");
        case 1 -> duplicate.setEdition("第1版 第" + printing + "次印刷");
        default -> {
          duplicate.setTranscribedDate(reprintYear + "." + (1 + random.nextInt(12)));
          duplicate.setCodedYear(reprintYear);
          duplicate.addNote("第" + printing + "次印刷");
        }
      }
    } else {
      switch (random.nextInt(3)) {
        case 0 -> {
          duplicate.addNote("Reprinted " + reprintYear + ".");
          duplicate.setCodedDates('r', reprintYear, year);
        }
        case 1 -> {
          duplicate.setEdition("Reprinted with corrections.");
          duplicate.setTranscribedDate(reprintYear + ", c" + year + ".");
        }
        default -> {
          duplicate.addNote("Reprint. Originally published: " + year + ".");
          duplicate.setTranscribedDate(reprintYear + " printing.");
        }
      }
    }
    if (random.nextBoolean()) {
      int delta = (1 + random.nextInt(6)) * (random.nextBoolean() ? 1 : -1);
      duplicate.pages().ifPresent(p -> duplicate.setPages(Math.max(1, p + delta)));
    }
    if (random.nextInt(5) == 0) {
      duplicate.isbn().ifPresent(isbn -> duplicate.setIsbn(Isbns.to13(isbn), null));
    }
  }

  /** Cause 8: the series in the series fields in one record and in a general note in the other. */
  static void seriesInNote(Bib original, Bib duplicate, Random random) {
    String name;
    String number;
    Optional<DataField> series = original.first(original.seriesTag());
    if (series.isPresent() && series.get().first('a').isPresent()) {
      name = series.get().first('a').get().replaceAll("[\\s;,.]+$", "");
      number = series.get().first('v').orElse("");
    } else {
      name = Vocabulary.pick(random, original.chinese() ? Vocabulary.SERIES_ZH : Vocabulary.SERIES);
      number = Integer.toString(1 + random.nextInt(120));
    }
    original.removeAll(original.seriesTag());
    original.removeAll(original.tracedSeriesTag());
    if (original.chinese()) {
      original.add(number.isEmpty()
          ? DataField.of(original.seriesTag(), '2', ' ', 'a', name)
          : DataField.of(original.seriesTag(), '2', ' ', 'a', name, 'v', number));
      original.add(DataField.of(original.tracedSeriesTag(), ' ', '0', '1', "2001 ", 'a', name));
    } else {
      String v = number.isEmpty() ? "" : number;
      original.add(v.isEmpty()
          ? DataField.of(Marc21Tags.SERIES_STATEMENT, '1', ' ', 'a', name)
          : DataField.of(Marc21Tags.SERIES_STATEMENT, '1', ' ', 'a', name + " ;", 'v', v));
      original.add(v.isEmpty()
          ? DataField.of(Marc21Tags.SERIES_UNIFORM_TITLE, ' ', '0', 'a', name + ".")
          : DataField.of(Marc21Tags.SERIES_UNIFORM_TITLE, ' ', '0', 'a', name + " ;", 'v', v + "."));
    }
    for (String tag : new String[] {duplicate.seriesTag(), duplicate.tracedSeriesTag(),
        Marc21Tags.SERIES_OLD, Marc21Tags.SERIES_PERSONAL_NAME}) {
      if (!duplicate.chinese() || tag.equals(duplicate.seriesTag())
          || tag.equals(duplicate.tracedSeriesTag())) {
        duplicate.removeAll(tag);
      }
    }
    String suffix = number.isEmpty() ? "" : number;
    if (duplicate.chinese()) {
      duplicate.addNote(switch (random.nextInt(3)) {
        case 0 -> "丛书名：" + name + (suffix.isEmpty() ? "" : "；" + suffix);
        case 1 -> "本书为" + name + "之一";
        default -> "（" + name + (suffix.isEmpty() ? "" : "；" + suffix) + "）";
      });
    } else {
      duplicate.addNote(switch (random.nextInt(3)) {
        case 0 -> "(" + name + (suffix.isEmpty() ? "" : " ; " + suffix) + ")";
        case 1 -> "Series: " + name + (suffix.isEmpty() ? "" : ", no. " + suffix) + ".";
        default -> "Originally issued in the series: " + name + ".";
      });
    }
  }
}
