package org.unioncat.dedup.eval;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.Random;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.MarcField;

/**
 * Mild noise that real records carry and that is no reason to treat two records as different:
 * ISBD punctuation, trailing periods, case, a dropped diacritic, full-width punctuation, and
 * traditional characters in a simplified-Chinese record. Touches only titles, names and imprint
 * text, never identifiers, dates, edition or extent.
 */
final class Noise {
  private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  private Noise() {}

  /** With probability {@code rate}, applies one or two noise edits to {@code bib}. */
  static void apply(Bib bib, Random random, double rate) {
    if (random.nextDouble() >= rate) {
      return;
    }
    int edits = 1 + random.nextInt(2);
    for (int i = 0; i < edits; i++) {
      if (bib.chinese()) {
        chinese(bib, random);
      } else {
        western(bib, random);
      }
    }
  }

  private static void western(Bib bib, Random random) {
    String title = bib.titleTag();
    switch (random.nextInt(5)) {
      case 0 -> bib.edit(title, 'a', a -> a.matches(".*\\s[/:;=]$") ? a.substring(0, a.length() - 2) : a + " :");
      case 1 -> bib.edit(bib.imprintTag(), 'b', b -> b.endsWith(",") ? b.substring(0, b.length() - 1) : b + ",");
      case 2 -> bib.edit(title, 'a', a -> a.isEmpty() ? a : a.substring(0, 1) + a.substring(1).toLowerCase(java.util.Locale.ROOT));
      case 3 -> dropDiacritic(bib, random);
      default -> bib.edit(bib.authorTag(), 'a', a -> a.endsWith(".") || a.endsWith(",") ? a.substring(0, a.length() - 1) : a + ".");
    }
  }

  private static void chinese(Bib bib, Random random) {
    switch (random.nextInt(3)) {
      case 0 -> bib.edit(bib.titleTag(), 'a', TO_TRADITIONAL::transliterate);
      case 1 -> bib.edit(bib.titleTag(), 'e', e -> e.isEmpty() ? e : "：" + e.replaceFirst("^[:：]", ""));
      default -> bib.edit(bib.titleTag(), 'f', f -> f.replace("著", " 著").replace("编", " 编"));
    }
  }

  /** Drops the first combining mark of the title or main name (e.g. "Mühll" -> "Muhll"). */
  private static void dropDiacritic(Bib bib, Random random) {
    String tag = random.nextBoolean() ? bib.titleTag() : bib.authorTag();
    for (MarcField field : bib.fields) {
      if (field instanceof DataField d && d.tag().equals(tag)) {
        bib.replace(d, Bib.withSubfield(d, 'a', Noise::withoutFirstMark));
        return;
      }
    }
  }

  static String withoutFirstMark(String value) {
    String decomposed = NFD.normalize(value);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean dropped = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (!dropped && Character.getType(c) == Character.NON_SPACING_MARK) {
        dropped = true;
        continue;
      }
      out.append(c);
    }
    return NFC.normalize(out);
  }
}
