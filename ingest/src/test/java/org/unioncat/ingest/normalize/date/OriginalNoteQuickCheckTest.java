package org.unioncat.ingest.normalize.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link DateExtractor#mayNameOriginal} lets a note skip {@link DateExtractor#ORIGINAL_NOTE}; it
 * must say yes for every note the pattern finds something in. The seed is printed so a failure
 * can be replayed.
 */
class OriginalNoteQuickCheckTest {
  private static final String[] PIECES = {
    "Originally published", "ORIGINALLY PUBLISHED", "original issued", "Originally Issued",
    "Reprint of", "reprinted of", "Reprint. Orig", "Facsim. reprint", "facsimile reprod",
    "FACSIM. of", "Oorspr", "Erstausg", "éd. originale", "Éd. ORIGINALE", "原版", "初版", "原书",
    "据", "1936年版重印", "版影印", "1901", " ", ", ", ". ", "Includes index", "orig", "Repr",
    "published", "issued"
  };

  @Test
  void quickCheckPassesEveryNoteThePatternMatches() {
    long seed = System.nanoTime();
    System.out.println("OriginalNoteQuickCheckTest seed: " + seed);
    Random random = new Random(seed);
    int matched = 0;
    for (int n = 0; n < 30_000; n++) {
      StringBuilder note = new StringBuilder();
      int pieces = 1 + random.nextInt(5);
      for (int i = 0; i < pieces; i++) {
        note.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextBoolean()) {
          note.append(' ');
        }
      }
      String text = note.toString();
      if (DateExtractor.ORIGINAL_NOTE.matcher(text).find()) {
        matched++;
        assertThat(DateExtractor.mayNameOriginal(text)).as("seed %d, note \"%s\"", seed, text)
            .isTrue();
      }
    }
    assertThat(matched).isPositive();
  }
}
