package org.unioncat.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TextFolder#fold} takes a hand-written path for pure ASCII text; it must give exactly what
 * the ICU path gives. Random inputs use a fresh seed each run, printed so a failure can be
 * replayed.
 */
class TextFolderAsciiFastPathTest {

  @Test
  void everyAsciiCharacterFoldsAsTheUnicodePathFoldsIt() {
    for (char c = 0; c < 0x80; c++) {
      for (String s : new String[] {"" + c, "a" + c + "b", c + "Z" + c, "1" + c + c + "2"}) {
        assertThat(TextFolder.foldAscii(s)).as("U+%04X in \"%s\"", (int) c, s)
            .isEqualTo(TextFolder.foldUnicode(s));
      }
    }
  }

  @Test
  void randomAsciiTextFoldsAsTheUnicodePathFoldsIt() {
    long seed = System.nanoTime();
    System.out.println("TextFolderAsciiFastPathTest seed: " + seed);
    Random random = new Random(seed);
    // letters, digits and the separators catalogers type, plus any ASCII character now and then
    String common = "aZ9 .,:;/=-()[]&'\"?!\t";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        s.append(
            random.nextInt(4) == 0
                ? (char) random.nextInt(0x80)
                : random.nextBoolean()
                    ? (char) ((random.nextBoolean() ? 'a' : 'A') + random.nextInt(26))
                    : common.charAt(random.nextInt(common.length())));
      }
      String text = s.toString();
      assertThat(TextFolder.fold(text)).as("seed %d, text \"%s\"", seed, text)
          .isEqualTo(TextFolder.foldUnicode(text));
    }
  }

  @Test
  void noHanBeforeTheQuickCheckBound() {
    for (int cp = 0; cp < TextFolder.FIRST_HAN; cp++) {
      assertThat(Character.UnicodeScript.of(cp)).as("U+%04X", cp)
          .isNotEqualTo(Character.UnicodeScript.HAN);
    }
    assertThat(TextFolder.containsHan("\u2E80")).isTrue();
  }

  @Test
  void nonAsciiTextStillTakesTheUnicodePath() {
    assertThat(TextFolder.fold("Müller, Hans")).isEqualTo("muller hans");
    assertThat(TextFolder.fold("Ä")).isEqualTo(TextFolder.foldUnicode("Ä"));
  }
}
