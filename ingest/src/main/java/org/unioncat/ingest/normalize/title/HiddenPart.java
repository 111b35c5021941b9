package org.unioncat.ingest.normalize.title;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a part designation typed at the end of a CNMARC 200 $a instead of in $h ("红楼梦. 上册", "中国通史
 * 第二卷", "三国演义(下)"), or at the end of a MARC21 245 $a instead of in $n ("The age of Justinian.
 * Vol. 1"). Only unambiguous endings count: 第N卷/册/辑/部/集/编/分册/篇, 卷N, 上册/中册/下册 (or 卷/编), and
 * a bracketed 上/中/下; a title that is nothing but such a designation is left alone.
 *
 * <p>Stateless and thread-safe.
 */
final class HiddenPart {
  private static final Pattern PARENTHESES = Pattern.compile("[(（)）]");
  private static final String NUMERAL = "[0-9０-９〇零一二三四五六七八九十百千两]+";
  private static final Pattern TRAILING_PART =
      Pattern.compile(
          "^(.*?\\S)[\\s.·:：,，]*("
              + "第"
              + NUMERAL
              + "(?:分册|[卷册冊辑輯部集编編篇])"
              + "|卷"
              + NUMERAL
              + "|[上中下](?:册|冊|卷|编|編)"
              + "|[(（][上中下][)）])$");

  /**
   * The Latin-script habit: ". Vol. 1", ", v. 2", ". Part II", ". Bd. 3", ". Tome 2" at the end of
   * 245 $a / 200 $a. The designation must follow a full stop or comma (ISBD ". " before a part) and
   * end the title, so "Catch-22" or "Apollo 13" are not parts; one-letter abbreviations need
   * their full stop ("v. 1", "t. 2").
   */
  private static final Pattern LATIN_TRAILING_PART =
      Pattern.compile(
          "^(.*?\\p{L}.*?)[.,]\\s+((?:vol(?:ume)?\\.?|v\\.|pt\\.?|part|bd\\.?|band|t\\.|tome|teil|book|bk\\.|tomo|parte)"
              + "\\s*(?:\\d{1,4}|[ivxlc]{1,6}))$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private HiddenPart() {}

  /** The title and the part split apart, or null when the title does not end with a part. */
  static String[] split(String title) {
    if (title == null) {
      return null;
    }
    String t = title.strip();
    if (t.isEmpty() || !mayEndWithPart(t.charAt(t.length() - 1))) {
      return null; // most titles end with a letter that ends no designation: no regex run
    }
    Matcher m = TRAILING_PART.matcher(t);
    if (!m.matches()) {
      m = LATIN_TRAILING_PART.matcher(t);
      if (!m.matches()) {
        return null;
      }
    }
    String rest = m.group(1).strip();
    if (rest.codePointCount(0, rest.length()) < 2) {
      return null;
    }
    String part = PARENTHESES.matcher(m.group(2)).replaceAll("");
    return new String[] {rest, part};
  }

  /** A digit, a Han character, a closing bracket or a Roman-numeral letter. */
  private static boolean mayEndWithPart(char last) {
    return Character.isDigit(last)
        || last == ')' || last == '）'
        || "ivxlcIVXLC".indexOf(last) >= 0
        || Character.isIdeographic(last) || Character.isSurrogate(last);
  }
}
