package org.unioncat.dedup.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.unioncat.ingest.normalize.edition.EditionExtractor;
import org.unioncat.ingest.normalize.edition.EditionInfo;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.MarcField;

/**
 * Records that must be reported rather than merged: multi-volume sets cataloged inconsistently
 * (3), stale copies of an earlier edition (5), new editions with the old coded date (7), and
 * records with no title (11). Cause 10 is assembled by the generator from two seeds.
 */
final class FindingMutations {
  private FindingMutations() {}

  /**
   * Cause 3: either a set-level record followed by volume records, or two records that split the
   * set (vols 1-2 and 3-4). The first record returned is the set (or first part).
   */
  static List<Bib> multiVolume(Bib seed, Random random) {
    List<Bib> out = new ArrayList<>();
    String setIsbn = Isbns.to13(DuplicateMutations.ensureIsbn10able(seed, random));
    int pages = seed.pages().orElse(300);
    if (random.nextInt(3) > 0) {
      int volumes = 2 + random.nextInt(3);
      Bib set = seed.copy();
      set.setExtent(seed.chinese() ? volumes + "册" : volumes + " v. ;");
      out.add(set);
      int emitted = 2 + random.nextInt(volumes - 1);
      boolean ownIsbns = random.nextBoolean(); // else every volume carries the set's ISBN
      for (int v = 1; v <= emitted; v++) {
        Bib volume = seed.copy();
        volume.edit(volume.titleTag(), volume.chinese() ? 'h' : 'n', n -> "");
        setPart(volume, volumePart(seed, v, volumes, random.nextBoolean()));
        volume.setPages(Math.max(40, pages - 30 + random.nextInt(60)));
        if (ownIsbns) {
          volume.setIsbn(Isbns.sibling(setIsbn, v), null);
        }
        out.add(volume);
      }
    } else {
      for (int half = 0; half < 2; half++) {
        Bib part = seed.copy();
        String range = half == 0 ? "1-2" : "3-4";
        setPart(part, seed.chinese() ? "第" + range + "册" : "v. " + range);
        part.setExtent(seed.chinese() ? "2册" : "2 v. ;");
        out.add(part);
      }
    }
    return out;
  }

  private static String volumePart(Bib seed, int v, int of, boolean words) {
    if (seed.chinese()) {
      if (words && of == 2) {
        return v == 1 ? "上册" : "下册";
      }
      if (words && of == 3) {
        return new String[] {"上册", "中册", "下册"}[v - 1];
      }
      return "第" + v + "册";
    }
    String lang = seed.fixed008().substring(35, 38);
    return switch (lang) {
      case "ger" -> "Bd. " + v;
      case "fre" -> "t. " + v;
      default -> words ? "Vol. " + v : "v. " + v;
    };
  }

  /** The part number: 245 $n after $a (MARC21), 200 $h (CNMARC). */
  static void setPart(Bib bib, String part) {
    bib.first(bib.titleTag()).ifPresent(title -> {
      List<org.unioncat.ingest.marc.Subfield> subs = new ArrayList<>();
      boolean placed = false;
      for (org.unioncat.ingest.marc.Subfield s : title.subfields()) {
        if (s.code() == (bib.chinese() ? 'h' : 'n')) {
          continue;
        }
        subs.add(s);
        if (!placed && s.code() == 'a') {
          subs.add(new org.unioncat.ingest.marc.Subfield(bib.chinese() ? 'h' : 'n', part));
          placed = true;
        }
      }
      bib.replace(title, new DataField(title.tag(), title.ind1(), title.ind2(), subs));
    });
  }

  /**
   * The next edition's statement in the record's language: the 2nd (or a revised one) after a
   * first edition, edition n+1 after a record that already states edition n — otherwise a seed
   * that is already a 2nd edition would get a "new" edition identical to itself.
   */
  static String secondEdition(Bib bib, Random random) {
    EditionInfo edition = new EditionExtractor().extract(bib.toRecord(), bib.flavour);
    int current = edition.number();
    int next = current + 1;
    // After a numbered or already revised edition, only a new number says "another edition".
    boolean numbered = current > 1 || edition.revised();
    if (bib.chinese()) {
      return numbered || random.nextBoolean() ? "第" + next + "版" : "修订版";
    }
    return switch (bib.fixed008().substring(35, 38)) {
      case "ger" -> next + "., überarb. Aufl.";
      case "fre" -> next + "e éd.";
      default -> numbered || random.nextBoolean() ? ordinal(next) + " ed." : "Rev. ed.";
    };
  }

  private static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix =
        mod100 >= 11 && mod100 <= 13
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }

  /**
   * Cause 5: copied from the 1st edition, relabeled 2nd edition; ISBN, pages and series left
   * stale, and either both dates stale or only one of them updated.
   */
  static Bib staleCopy(Bib first, Random random) {
    Bib stale = first.copy();
    stale.setEdition(secondEdition(first, random));
    int newYear = first.codedYear() + 2 + random.nextInt(6);
    switch (random.nextInt(3)) {
      case 0 -> { } // only the edition statement changed
      case 1 -> stale.setCodedYear(newYear);
      default -> stale.setTranscribedDate(stale.transcribedDateLike(newYear));
    }
    return stale;
  }

  /**
   * Cause 7: a properly recataloged new edition (new ISBN, pages, edition, transcribed date) whose
   * coded date still says the first edition's year.
   */
  static Bib staleCodedDate(Bib first, Random random) {
    Bib next = first.copy();
    int year = first.codedYear();
    int newYear = year + 2 + random.nextInt(8);
    next.setEdition(secondEdition(first, random));
    next.setTranscribedDate(next.transcribedDateLike(newYear));
    next.setCodedYear(year);
    String isbn = first.isbn().map(Isbns::to13).orElseGet(() -> Isbns.random(random, first.chinese()));
    next.setIsbn(Isbns.sibling(isbn, 7 + random.nextInt(400)), null);
    next.pages().ifPresent(p -> next.setPages(p + 10 + random.nextInt(80)));
    return next;
  }

  /**
   * Cause 11: a record left without a title: the client's "REQUIRED FIELD" placeholder, an empty
   * title, a record cut short by a dropped connection, or (CNMARC) a record read as MARC21 so
   * that the client added a placeholder 245 next to the real 200.
   */
  static Bib noTitle(Bib seed, Random random) {
    Bib bad = seed.copy();
    String titleTag = bad.titleTag();
    int variant = random.nextInt(seed.chinese() ? 4 : 3);
    switch (variant) {
      case 0 -> {
        bad.removeAll(titleTag);
        bad.add(DataField.of(titleTag, '1', '0', 'a', "REQUIRED FIELD"));
        keepOnly(bad, random, 4);
      }
      case 1 -> {
        bad.removeAll(titleTag);
        bad.add(DataField.of(titleTag, '1', ' ', 'a', ""));
        keepOnly(bad, random, 3);
      }
      case 2 -> { // saved mid-way: the first few fields only, title never reached
        List<MarcField> head = new ArrayList<>();
        for (MarcField f : bad.fields) {
          if (f.tag().compareTo(titleTag) >= 0) {
            break;
          }
          head.add(f);
        }
        bad.fields.clear();
        bad.fields.addAll(head);
      }
      default -> bad.add(DataField.of("245", '0', '0', 'a', "REQUIRED FIELD"));
    }
    return bad;
  }

  /** Keeps control fields, the ISBN, the title and {@code extra} more random data fields. */
  private static void keepOnly(Bib bib, Random random, int extra) {
    List<MarcField> kept = new ArrayList<>();
    List<MarcField> others = new ArrayList<>();
    for (MarcField f : bib.fields) {
      if (f instanceof ControlField || f.tag().equals(bib.isbnTag()) || f.tag().equals(bib.titleTag())) {
        kept.add(f);
      } else {
        others.add(f);
      }
    }
    java.util.Collections.shuffle(others, random);
    kept.addAll(others.subList(0, Math.min(random.nextInt(extra + 1), others.size())));
    kept.sort(java.util.Comparator.comparing(MarcField::tag));
    bib.fields.clear();
    bib.fields.addAll(kept);
  }
}
