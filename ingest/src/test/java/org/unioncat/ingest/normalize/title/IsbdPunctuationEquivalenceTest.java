package org.unioncat.ingest.normalize.title;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link IsbdPunctuation#trim} removes trailing separators by hand instead of with a regex; it must
 * give what the regex version below (the former implementation) gives. The seed is printed so a
 * failure can be replayed.
 */
class IsbdPunctuationEquivalenceTest {
  private static final Pattern TRAILING = Pattern.compile("[\\s/:;=,]+$");
  private static final Set<String> ABBREVIATIONS =
      Set.of("jr", "sr", "inc", "ltd", "co", "corp", "bros", "etc", "ed", "eds", "al", "pub");

  @Test
  void trimsRandomTextAsTheRegexVersionDid() {
    long seed = System.nanoTime();
    System.out.println("IsbdPunctuationEquivalenceTest seed: " + seed);
    Random random = new Random(seed);
    // separators, full stops, letters of abbreviations, and line terminators outside \s
    String alphabet = " /:;=,..\t\n\rJrIncab1[]\u0085\u2028\u2029\u3000\u00A0";
    for (int n = 0; n < 50_000; n++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(14);
      for (int i = 0; i < length; i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = s.toString();
      assertThat(IsbdPunctuation.trim(text)).as("seed %d, text \"%s\"", seed, text)
          .isEqualTo(regexTrim(text));
    }
  }

  /** The regex implementation {@link IsbdPunctuation#trim} had before it was hand-written. */
  private static String regexTrim(String text) {
    String s = text.strip();
    String previous;
    do {
      previous = s;
      s = TRAILING.matcher(s).replaceAll("");
      if (s.endsWith(".") && !s.endsWith("..") && !endsWithInitialOrAbbreviation(s)) {
        s = s.substring(0, s.length() - 1).strip();
      }
    } while (!s.equals(previous));
    return s;
  }

  private static boolean endsWithInitialOrAbbreviation(String s) {
    int end = s.length() - 1;
    int start = end;
    while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
      start--;
    }
    String word = s.substring(start, end);
    if (word.isEmpty()) {
      return false;
    }
    boolean wordStart = start == 0 || !Character.isLetterOrDigit(s.charAt(start - 1));
    return wordStart && (word.length() == 1 || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT)));
  }
}
