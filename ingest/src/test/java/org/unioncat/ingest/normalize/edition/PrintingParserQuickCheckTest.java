package org.unioncat.ingest.normalize.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PrintingParser#parse} skips its patterns when the text holds no printing fragment; that
 * quick check must never change a result. Random text is assembled from pieces of printing
 * statements and near misses; the seed is printed so a failure can be replayed.
 */
class PrintingParserQuickCheckTest {
  private static final String[] PIECES = {
    "2nd", "3", "1998", "2005", "printing", "Printing", "impression", "impr.", "print.", "pr.",
    "Druck", "Nachdr.", "nachdruck", "tirage", "tir.", "Nouv. tir", "opl.", "oplag", "ristampa",
    "reimpresión", "Réimpr.", "reimpr.", "Repr.", "reprint", "Reprinted", "reprinted in", "reissue",
    "Facsim.", "photo-reprint", "second", "third", "2005年", "3月", "第2次印刷", "重印", "印",
    "第", "次", "ＰＲＩＮＴ", "Press", "Pr", "ed.", "Originally published", " ", " ", ", ", "; ",
    "(", "[", "'", "-", "е", "th", "ème", "and"
  };

  @Test
  void quickCheckNeverChangesTheResult() {
    long seed = System.nanoTime();
    System.out.println("PrintingParserQuickCheckTest seed: " + seed);
    Random random = new Random(seed);
    int found = 0;
    for (int n = 0; n < 30_000; n++) {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(6);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextBoolean()) {
          text.append(' ');
        }
      }
      String t = text.toString();
      if (t.isBlank()) {
        continue;
      }
      String s = Normalizer.normalize(t, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
      for (boolean note : new boolean[] {false, true}) {
        Printing expected = PrintingParser.parseNormalized(s, t, "250", note);
        assertThat(PrintingParser.parse(t, "250", note))
            .as("seed %d, note %s, text \"%s\"", seed, note, t)
            .isEqualTo(expected);
        found += expected.present() ? 1 : 0;
      }
    }
    assertThat(found).isPositive();
  }
}
