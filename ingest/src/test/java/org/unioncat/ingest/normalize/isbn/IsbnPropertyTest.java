package org.unioncat.ingest.normalize.isbn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Randomised properties with a printed seed: a failure names the seed so it can be replayed by
 * setting {@code -Disbn.seed=<seed>}.
 */
class IsbnPropertyTest {
  private static final int RUNS = 5_000;
  private static final String NOISE = "0123456789Xx-– ()（）:;$.,pbk精装平装ISBN SBN\t年Ⅻ０９";

  private static long seed() {
    String fixed = System.getProperty("isbn.seed");
    return fixed != null ? Long.parseLong(fixed) : System.nanoTime();
  }

  @Test
  void everyValidIsbn10RoundTripsThrough13() {
    long seed = seed();
    Random random = new Random(seed);
    for (int i = 0; i < RUNS; i++) {
      String nine = digits(random, 9);
      String isbn10 = nine + IsbnChecksums.isbn10CheckDigit(nine);
      Isbn isbn = Isbn.ofDigits(isbn10).orElseThrow();
      assertThat(isbn.isbn10()).as("seed %d, isbn10 %s", seed, isbn10).contains(isbn10);
    }
  }

  @Test
  void every978Isbn13RoundTripsThrough10() {
    long seed = seed();
    Random random = new Random(seed);
    for (int i = 0; i < RUNS; i++) {
      String twelve = "978" + digits(random, 9);
      String isbn13 = twelve + IsbnChecksums.isbn13CheckDigit(twelve);
      String isbn10 = new Isbn(isbn13).isbn10().orElseThrow();
      assertThat(Isbn.ofDigits(isbn10).map(Isbn::isbn13))
          .as("seed %d, isbn13 %s", seed, isbn13)
          .contains(isbn13);
    }
  }

  @Test
  void cleanerIsIdempotentAndNeverThrowsOnRandomStrings() {
    long seed = seed();
    Random random = new Random(seed);
    for (int i = 0; i < RUNS; i++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(30);
      for (int j = 0; j < length; j++) {
        s.append(NOISE.charAt(random.nextInt(NOISE.length())));
      }
      String raw = s.toString();
      String once = IsbnCleaner.clean(raw).digits();
      assertThat(IsbnCleaner.clean(once).digits())
          .as("seed %d, raw '%s'", seed, raw)
          .isEqualTo(once);
      IsbnEntry.of(raw, "020$a", "", false); // must not throw either
    }
  }

  private static String digits(Random random, int n) {
    StringBuilder out = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      out.append((char) ('0' + random.nextInt(10)));
    }
    return out.toString();
  }
}
