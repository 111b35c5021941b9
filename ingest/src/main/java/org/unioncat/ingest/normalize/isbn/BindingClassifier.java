package org.unioncat.ingest.normalize.isbn;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a {@link Binding} from an ISBN qualifier in English, Chinese and the common European
 * abbreviations. Stateless and thread-safe.
 */
final class BindingClassifier {
  // Paper quality and volume numbers say nothing about binding; "paper" in "alk. paper" must not
  // read as paperback.
  private static final Pattern IGNORED =
      Pattern.compile(
          "alk(?:aline)?\\.?\\s*paper|acid[- ]?free\\s*paper|permanent\\s*paper|recycled\\s*paper"
              + "|\\b(?:v|vol|t|bd|т)\\.\\s*\\d+|\\b\\d+\\s*v\\.|\\bset\\b|全?第?[0-9一二三四五六七八九十]+册|[上中下]册");
  private static final Pattern EBOOK =
      Pattern.compile("e-?book|\\bebk\\b|electronic|online|\\bpdf\\b|epub|kindle|mobi|电子|電子");
  private static final Pattern AUDIO =
      Pattern.compile("audio|\\bcd\\b|sound|cassette|有声|有聲");
  private static final Pattern HARDCOVER =
      Pattern.compile(
          "hbk|\\bhb\\b|hard\\s*back|hard\\s*cover|hard\\s*bound|cloth|\\bhc\\b|lib\\.?\\s*bdg"
              + "|library binding|\\bbound\\b|\\bcased\\b|精装|精裝|\\bgeb\\b|gebunden|\\bleinen"
              + "|\\brel\\b|reli[ée]|\\bsid\\b|pasta dura|\\bcart\\b|cartonn");
  private static final Pattern PAPERBACK =
      Pattern.compile(
          "pbk|\\bpb\\b|paper\\s*back|\\bpaper\\b|soft\\s*cover|soft\\s*bound|\\bsoft\\b|平装|平裝"
              + "|\\bbr\\b|broch|\\bkart|taschenbuch|\\bnid\\b|r[uú]stica|\\bpa\\b");

  private BindingClassifier() {}

  /** The binding a qualifier names; UNKNOWN for blank or binding-free qualifiers. */
  static Binding classify(String qualifier) {
    if (qualifier == null || qualifier.isBlank()) {
      return Binding.UNKNOWN;
    }
    String q = Normalizer.normalize(qualifier, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    q = IGNORED.matcher(q).replaceAll(" ");
    if (EBOOK.matcher(q).find()) {
      return Binding.EBOOK;
    }
    if (AUDIO.matcher(q).find()) {
      return Binding.AUDIO;
    }
    if (HARDCOVER.matcher(q).find()) {
      return Binding.HARDCOVER;
    }
    if (PAPERBACK.matcher(q).find()) {
      return Binding.PAPERBACK;
    }
    return q.codePoints().anyMatch(Character::isLetter) ? Binding.OTHER : Binding.UNKNOWN;
  }
}
