package org.unioncat.ingest.normalize.edition;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unioncat.ingest.normalize.date.ChineseNumerals;

/**
 * Reads an edition statement (250$a, 205$a) into an edition number, a revised flag and any
 * printing statement in it. Never throws. Stateless and thread-safe.
 */
final class EditionStatementParser {
  private static final String NOT_LETTER_BEFORE = "(?<![\\p{L}\\p{N}])";
  private static final String NOT_LETTER_AFTER = "(?![\\p{L}])";
  /** Words that name an edition (not a printing) in the languages of the union catalog. */
  private static final String EDITION_WORD =
      "(?:edition|edn|ed|éd|édition|edición|edizione|edição|auflage|aufl|auf1|auf|ausgabe|ausg"
          + "|издание|изд|izd|uitgave|uitg|utgave|utg|upplaga|uppl|udgave|udg|wydanie|wyd"
          + "|vydání|vyd|kiadás|kiad|painos|version)";
  private static final String REVISION_WORD =
      "(?:rev(?:ised|\\.)?|revisée?|überarb\\p{L}*|uberarb\\p{L}*|neubearb\\p{L}*|bearb\\p{L}*|erw\\p{L}*"
          + "|verb\\p{L}*|durchges\\p{L}*|enl\\p{L}*|expanded|corr\\p{L}*|updated|aktualis\\p{L}*|augm\\p{L}*"
          + "|riv\\p{L}*|amp\\p{L}*|aum\\p{L}*|verm\\p{L}*|испр\\p{L}*|перераб\\p{L}*|доп\\p{L}*|ispr\\p{L}*|dop\\p{L}*"
          + "|pererab\\p{L}*|uprav\\p{L}*|vollst\\p{L}*|völlig|wesentlich|stark|totally|neu|new|neue?|nouv\\p{L}*"
          + "|nueva|nuova|and|und|et|e|y|i|и|&)";
  private static final Pattern NUMBER_FIRST =
      Pattern.compile(
          NOT_LETTER_BEFORE
              + "(\\d{1,3})\\s*(st|nd|rd|th|d|e|er|re|ème|eme|de|ª|º|\\.?a|\\.?o|-?\\s*е|-?\\s*e|-?я)?"
              + "(?![\\p{L}\\p{N}])[\\s.,]*((?:[\\p{L}'’.&-]+[\\s.,]+){0,5}?)"
              + EDITION_WORD + NOT_LETTER_AFTER);
  private static final Pattern WORD_FIRST =
      Pattern.compile(
          NOT_LETTER_BEFORE + "(" + Ordinals.ALTERNATION + ")[\\s,]+((?:[\\p{L}'’.-]+[\\s.,]+){0,3}?)"
              + EDITION_WORD + NOT_LETTER_AFTER);
  private static final Pattern EDITION_WORD_FIRST =
      Pattern.compile(
          NOT_LETTER_BEFORE + "(?:wydanie|wyd|vyd|izd|изд|ed|edition|ausgabe|painos)\\.?\\s*(\\d{1,3})"
              + "(?![\\p{L}\\p{N}])");
  private static final Pattern CHINESE =
      Pattern.compile("第\\s*([0-9" + ChineseNumerals.CHARS + "]{1,4})\\s*版");
  private static final Pattern CHINESE_BARE = Pattern.compile("(?<![0-9])(\\d{1,3})\\s*版");
  private static final Pattern PINYIN = Pattern.compile(NOT_LETTER_BEFORE + "di\\s*(\\d{1,3})\\s*ban" + NOT_LETTER_AFTER);
  private static final Pattern FIRST_EDITION =
      Pattern.compile("初版|" + NOT_LETTER_BEFORE + "(?:chu\\s*ban|shohan)" + NOT_LETTER_AFTER);
  private static final Pattern SECOND_EDITION = Pattern.compile("再版");
  private static final Pattern CHINESE_PRINTING =
      Pattern.compile(
          "(?:\\d{4}\\s*年\\s*(?:\\d{1,2}\\s*月)?\\s*)?(?:第\\s*)?[0-9"
              + ChineseNumerals.CHARS
              + "]{0,4}\\s*次\\s*印刷?|重印|印刷");
  private static final Pattern REVISED =
      Pattern.compile(
          NOT_LETTER_BEFORE
              + "(?:rev(?:ised|\\.|(?![\\p{L}]))|revis|überarb|uberarb|neubearb|erw\\.|erweitert"
              + "|verb\\.|verbessert|durchges|enl\\.|enlarged|expanded|corr\\.|corrected|updated"
              + "|aktualis|augm|riv\\.|riveduta|ampl|aum\\.|aumentada|verm\\.|vermehrt|испр|перераб"
              + "|доп\\.|дополн|ispr|dop\\.|pererab|new ed|new and|nouv(?:elle|\\.)?\\s*[ée]d"
              + "|neue\\s*(?:ausg|aufl)|neuausg|nueva ed|nuova ed|ny\\s*utg|nyutg|uprav|xiu\\s*ding|zeng\\s*ding)"
              + "|修订|修訂|增订|增訂|新版|新\\s*1\\s*版|修正版|增补");
  private static final Pattern ANY_EDITION_WORD =
      Pattern.compile(NOT_LETTER_BEFORE + EDITION_WORD + NOT_LETTER_AFTER + "|版|本");
  private static final Pattern ANNIVERSARY = Pattern.compile("anniversary|century|jubil");
  private static final Pattern REVISION_ONLY =
      Pattern.compile("^(?:" + REVISION_WORD + "[\\s.,]*)*$");
  private static final String ENGLISH_SUFFIXES = "st nd rd th d";

  private EditionStatementParser() {}

  static ParsedEdition parse(String statement, String source) {
    if (statement == null || statement.isBlank()) {
      return new ParsedEdition(null, false, false, Printing.NONE);
    }
    String s = Normalizer.normalize(statement, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    Printing printing = PrintingParser.parse(statement, source, false);
    String withoutPrinting = printing.present() ? stripChinesePrinting(s) : s;
    Integer number = number(withoutPrinting);
    boolean revised = REVISED.matcher(withoutPrinting).find();
    boolean editionWords = ANY_EDITION_WORD.matcher(withoutPrinting).find();
    return new ParsedEdition(number, revised, editionWords, printing);
  }

  /** "2005年3月第2次印刷" must not leave "印" or "本" behind as an edition word. */
  private static String stripChinesePrinting(String s) {
    return CHINESE_PRINTING.matcher(s).replaceAll(" ");
  }

  private static Integer number(String s) {
    Matcher m = CHINESE.matcher(s);
    if (m.find()) {
      return ChineseNumerals.parse(m.group(1));
    }
    m = CHINESE_BARE.matcher(s);
    if (m.find()) {
      return Integer.valueOf(m.group(1));
    }
    m = PINYIN.matcher(s);
    if (m.find()) {
      return Integer.valueOf(m.group(1));
    }
    if (FIRST_EDITION.matcher(s).find()) {
      return 1;
    }
    if (SECOND_EDITION.matcher(s).find()) {
      return 2;
    }
    m = NUMBER_FIRST.matcher(s);
    while (m.find()) {
      String suffix = m.group(2) == null ? "" : m.group(2).trim();
      if (intermediateWordsAllowed(m.group(3), ENGLISH_SUFFIXES.contains(suffix) && !suffix.isEmpty())) {
        return Integer.valueOf(m.group(1));
      }
    }
    m = WORD_FIRST.matcher(s);
    while (m.find()) {
      if (intermediateWordsAllowed(m.group(2), true)) {
        return Ordinals.WORDS.get(m.group(1));
      }
    }
    m = EDITION_WORD_FIRST.matcher(s);
    if (m.find()) {
      return Integer.valueOf(m.group(1));
    }
    return null;
  }

  /**
   * Up to five words between the number and "ed.": English ordinals allow any ("1st American
   * ed.", "2nd Grove Press ed.") except an anniversary ("10th anniversary ed." is not a 10th edition); other
   * languages only revision words ("2., überarb. Aufl.").
   */
  private static boolean intermediateWordsAllowed(String words, boolean english) {
    if (words == null || words.isBlank()) {
      return true;
    }
    if (ANNIVERSARY.matcher(words).find()) {
      return false;
    }
    return english || REVISION_ONLY.matcher(words.trim()).matches();
  }
}
