package org.unioncat.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Whitespace} replaces {@code replaceAll("\\s+", ...)} calls and must match them exactly.
 * The seed is printed so a failure can be replayed.
 */
class WhitespaceTest {

  @Test
  void matchesTheRegexOnRandomText() {
    long seed = System.nanoTime();
    System.out.println("WhitespaceTest seed: " + seed);
    Random random = new Random(seed);
    // the six \s characters, Unicode spaces that \s does not match, and ordinary characters
    String alphabet = " \t\n\u000B\f\r\u00A0\u3000\u2028\u0085\u001Cab1(-";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(16);
      for (int i = 0; i < length; i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = s.toString();
      assertThat(Whitespace.removeAll(text)).as("seed %d", seed)
          .isEqualTo(text.replaceAll("\\s+", ""));
      assertThat(Whitespace.collapse(text)).as("seed %d", seed)
          .isEqualTo(text.replaceAll("\\s+", " "));
    }
  }
}
