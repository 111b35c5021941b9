package org.unioncat.dedup.eval;

import java.util.List;
import java.util.Random;
import org.unioncat.ingest.marc.CnmarcTags;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.Marc21Tags;

/**
 * Records that look like another group's record but describe a different manifestation, so
 * linking them is a false merge. Each {@link #build} may adjust the original too (a volume number,
 * a generic title, a year in the title) and returns the negative.
 */
enum HardNegative {
  OTHER_EDITION,
  OTHER_VOLUME,
  TRANSLATION,
  SAME_TITLE_OTHER_AUTHOR,
  ELECTRONIC,
  AUDIO,
  ANNUAL_SERIES;

  /** The kinds that make sense for this flavour (translations are built for MARC21 only). */
  static List<HardNegative> forFlavour(boolean chinese) {
    return chinese
        ? List.of(OTHER_EDITION, OTHER_VOLUME, SAME_TITLE_OTHER_AUTHOR, ELECTRONIC, AUDIO, ANNUAL_SERIES)
        : List.of(values());
  }

  Bib build(Bib original, Random random) {
    Bib negative = original.copy();
    String isbn = original.isbn().map(Isbns::to13).orElseGet(() -> Isbns.random(random, original.chinese()));
    if (original.isbn().isEmpty()) {
      original.setIsbn(isbn, null);
    }
    int year = original.codedYear();
    switch (this) {
      case OTHER_EDITION -> {
        int newYear = year + 2 + random.nextInt(10);
        negative.setEdition(FindingMutations.secondEdition(original, random));
        negative.setIsbn(Isbns.sibling(isbn, 11 + random.nextInt(500)), null);
        negative.setCodedYear(newYear);
        negative.setTranscribedDate(negative.transcribedDateLike(newYear));
        negative.pages().ifPresent(p -> negative.setPages(p + 12 + random.nextInt(90)));
      }
      case OTHER_VOLUME -> {
        boolean words = original.chinese() && random.nextBoolean();
        FindingMutations.setPart(original, words ? "上册" : part(original, 1));
        FindingMutations.setPart(negative, words ? "下册" : part(original, 2));
        negative.setIsbn(Isbns.sibling(isbn, 1), null);
        negative.pages().ifPresent(p -> negative.setPages(Math.max(50, p - 40 + random.nextInt(80))));
      }
      case TRANSLATION -> {
        String[] target = Vocabulary.pick(random, List.of(
            new String[] {"ger", "German", "übersetzt von"}, new String[] {"fre", "French", "traduit par"},
            new String[] {"spa", "Spanish", "traducido por"}));
        String translator = Vocabulary.pick(random, Vocabulary.TRANSLATORS);
        String[] publisher = Vocabulary.pick(random, Vocabulary.PUBLISHERS);
        negative.setLanguage(target[0]);
        negative.add(DataField.of(Marc21Tags.LANGUAGE, '1', ' ', 'a', target[0], 'h', "eng"));
        negative.add(DataField.of(Marc21Tags.UNIFORM_TITLE, '1', '0', 'a',
            original.title().replaceAll("[\\s/:;.]+$", "") + ".", 'l', target[1] + "."));
        negative.edit(Marc21Tags.TITLE, 'c', c -> (c.isEmpty() ? "" : c.replaceAll("\\.$", "") + " ; ")
            + target[2] + " " + translator + ".");
        negative.add(DataField.of(Marc21Tags.ADDED_PERSONAL_NAME, '1', ' ', 'a',
            DuplicateMutations.directOrder(translator).contains(" ") ? invert(translator) : translator,
            'e', "translator."));
        negative.set(negative.imprintTag(), 'a', publisher[0] + " :");
        negative.set(negative.imprintTag(), 'b', publisher[1] + ",");
        negative.setIsbn(Isbns.random(random, false), null);
        int newYear = year + 1 + random.nextInt(15);
        negative.setCodedYear(newYear);
        negative.setTranscribedDate(newYear + ".");
      }
      case SAME_TITLE_OTHER_AUTHOR -> {
        String title = Vocabulary.pick(random,
            original.chinese() ? Vocabulary.GENERIC_TITLES_ZH : Vocabulary.GENERIC_TITLES);
        original.setTitle(original.chinese() ? title : title + " /");
        negative.setTitle(original.chinese() ? title : title + " /");
        negative.removeAll(negative.authorTag());
        negative.removeAll(original.chinese() ? "702" : Marc21Tags.ADDED_PERSONAL_NAME);
        if (original.chinese()) {
          String author = Vocabulary.pick(random, Vocabulary.AUTHORS_ZH);
          negative.add(DataField.of(CnmarcTags.PERSONAL_NAME_PRIMARY, ' ', '0', 'a', author, '4', "著"));
          negative.set(CnmarcTags.TITLE, 'f', author + "著");
          String[] publisher = Vocabulary.pick(random, Vocabulary.PUBLISHERS_ZH);
          negative.set(CnmarcTags.PUBLICATION, 'a', publisher[0]);
          negative.set(CnmarcTags.PUBLICATION, 'c', publisher[1]);
        } else {
          String[] author = Vocabulary.pick(random, Vocabulary.AUTHORS);
          negative.add(DataField.of(Marc21Tags.MAIN_PERSONAL_NAME, '1', ' ', 'a', author[0] + "."));
          negative.set(Marc21Tags.TITLE, 'c', author[1] + ".");
          String[] publisher = Vocabulary.pick(random, Vocabulary.PUBLISHERS);
          negative.set(negative.imprintTag(), 'a', publisher[0] + " :");
          negative.set(negative.imprintTag(), 'b', publisher[1] + ",");
        }
        negative.setIsbn(Isbns.random(random, original.chinese()), null);
        int newYear = year - 20 + random.nextInt(40);
        negative.setCodedYear(newYear);
        negative.setTranscribedDate(negative.transcribedDateLike(newYear));
        negative.pages().ifPresent(p -> negative.setPages(80 + random.nextInt(500)));
      }
      case ELECTRONIC -> electronic(original, negative, isbn, random);
      case AUDIO -> audio(original, negative, isbn, random);
      case ANNUAL_SERIES -> {
        String base = original.title().replaceAll("[\\s/:;.]+$", "");
        if (original.chinese()) {
          int yy = year % 100;
          original.setTitle(String.format("'%02d%s", yy, base));
          negative.setTitle(String.format("'%02d%s", (yy + 1) % 100, base));
        } else {
          original.setTitle(base + ". " + year + " /");
          negative.setTitle(base + ". " + (year + 1) + " /");
        }
        negative.setIsbn(Isbns.sibling(isbn, 1), null);
        negative.setCodedYear(year + 1);
        negative.setTranscribedDate(negative.transcribedDateLike(year + 1));
      }
      default -> throw new IllegalStateException(name());
    }
    return negative;
  }

  private static String part(Bib bib, int v) {
    return bib.chinese() ? "第" + v + "册" : "v. " + v;
  }

  private static String invert(String name) {
    int space = name.lastIndexOf(' ');
    return name.substring(space + 1) + ", " + name.substring(0, space) + ",";
  }

  /** Print vs electronic: same title, e-ISBN (or the print ISBN), online-resource extent. */
  private static void electronic(Bib original, Bib negative, String isbn, Random random) {
    boolean samePrintIsbn = random.nextInt(3) == 0; // e-reproductions often keep the print ISBN
    String eIsbn = samePrintIsbn ? isbn : Isbns.sibling(isbn, 500 + random.nextInt(400));
    String pages = original.pages().map(Object::toString).orElse("300");
    if (original.chinese()) {
      negative.setIsbn(eIsbn, "电子版");
      negative.set(CnmarcTags.TITLE, 'b', "电子资源");
      negative.setExtent("1在线资源 (" + pages + "页)");
    } else {
      negative.setIsbn(eIsbn, random.nextBoolean() ? "(ebook)" : "(PDF)");
      StringBuilder fixed = new StringBuilder(negative.fixed008());
      fixed.setCharAt(23, 'o');
      negative.setControl(Marc21Tags.FIXED_DATA, fixed.toString());
      negative.setExtent("1 online resource (" + pages + " pages)");
      negative.add(DataField.of("337", ' ', ' ', 'a', "computer", '2', "rdamedia"));
      negative.add(DataField.of("338", ' ', ' ', 'a', "online resource", '2', "rdacarrier"));
    }
    negative.add(DataField.of("856", '4', '0', 'u',
        "https://ebooks.example.org/" + Long.toHexString(random.nextLong() & 0xffffffL)));
  }

  /** Audiobook vs print: same title and author, sound-recording leader and extent. */
  private static void audio(Bib original, Bib negative, String isbn, Random random) {
    StringBuilder leader = new StringBuilder(negative.leader.value());
    leader.setCharAt(6, 'i');
    negative.leader = new Leader(leader.toString());
    int discs = 2 + random.nextInt(9);
    if (original.chinese()) {
      negative.set(CnmarcTags.TITLE, 'b', "录音制品");
      negative.setExtent(discs + "张光盘 (" + (discs * 70) + "分钟)");
    } else {
      negative.setExtent(discs + " audio discs (ca. " + (discs * 70) + " min.) : digital ; 4 3/4 in.");
      negative.add(DataField.of("336", ' ', ' ', 'a', "spoken word", '2', "rdacontent"));
      negative.add(DataField.of("511", '0', ' ', 'a', "Read by " + Vocabulary.pick(random, Vocabulary.TRANSLATORS) + "."));
    }
    negative.setIsbn(Isbns.sibling(isbn, 900 + random.nextInt(90)), null);
  }
}
