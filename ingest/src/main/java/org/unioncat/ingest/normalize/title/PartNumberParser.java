package org.unioncat.ingest.normalize.title;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers out of a part designation as catalogers write it: "v. 2", "vol. II", "Part II",
 * "Bd. 3", "t. 2", "Teil 1", "v. 1-2" (a range gives every number in it), "第二卷", "第2册", "卷三", "上册"
 * (1), "中册" (2), "下册" (the last part, see {@link PartInfo#lastPart()}), "上"/"下"; Arabic, Roman and
 * Chinese numerals (一 … 十, 十一, 二十, 两, 二〇〇五), full-width digits.
 *
 * <p>The designator word is dropped before numerals are read, so the "v" of "v. 2" is never taken
 * for the Roman five; a designator with nothing after it stays ("Part V" is part 5). Text with no
 * numeral ("Chamber of secrets") gives no numbers. Never throws.
 *
 * <p>Stateless and thread-safe.
 */
public final class PartNumberParser {
  private static final Pattern ROMAN_NUMERAL =
      Pattern.compile("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");
  /** Ranges wider than this are a typing error (or a year range), not a list of volumes. */
  private static final int MAX_RANGE = 200;

  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  /** Designator words of the languages members catalog in, with or without a full stop. */
  private static final Pattern DESIGNATOR =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:vols?|volumes?|v|pts?|parts?|bde?|band|bände|t|tomes?|tomos?"
              + "|teile?|tl|heft|hft|nos?|numbers?|books?|bk|livres?|abt|abteilung|fasc|fascicles?"
              + "|sv|cz|dl|deel|del|kn|suppl|supplement)(?![\\p{L}])\\.?(?=\\s*\\S)");

  private static final Pattern TOKEN =
      Pattern.compile(
          "(?iu)(\\d+)|([〇零一二三四五六七八九十百千两壹贰叁肆伍陆柒捌玖拾]+)"
              + "|([-–—~〜至]|\\bto\\b|\\bbis\\b)|(\\p{IsLatin}+)");

  /** 上/中/下 alone or before 册/卷/编/…; the 上 of 上海 or the 中 of 中国 must not count. */
  private static final Pattern UPPER_MIDDLE_LOWER =
      Pattern.compile("(?<![\\p{IsHan}&&[^上中下]])([上中下])(?=[册卷编部集篇上中下]|$|[^\\p{IsHan}])");

  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("first", 1),
          Map.entry("two", 2),
          Map.entry("second", 2),
          Map.entry("three", 3),
          Map.entry("third", 3),
          Map.entry("four", 4),
          Map.entry("fourth", 4),
          Map.entry("five", 5),
          Map.entry("fifth", 5),
          Map.entry("six", 6),
          Map.entry("sixth", 6),
          Map.entry("seven", 7),
          Map.entry("seventh", 7),
          Map.entry("eight", 8),
          Map.entry("eighth", 8),
          Map.entry("nine", 9),
          Map.entry("ninth", 9),
          Map.entry("ten", 10),
          Map.entry("tenth", 10));

  private PartNumberParser() {}

  /** Parses {@code raw} (a $n / $h value) with an optional part name; never null. */
  public static PartInfo parse(String raw, String name, String source) {
    String cleanRaw = blankToNull(IsbdPunctuation.trim(raw));
    String cleanName = blankToNull(IsbdPunctuation.trim(name));
    if (cleanRaw == null && cleanName == null) {
      return PartInfo.NONE;
    }
    List<Integer> numbers = new ArrayList<>();
    boolean last = false;
    if (cleanRaw != null) {
      String text = normalizeChars(cleanRaw);
      last = readUpperMiddleLower(text, numbers);
      readNumerals(text, numbers);
    }
    return new PartInfo(numbers, last, cleanName, cleanRaw, source);
  }

  /** The numbers in {@code raw}, in order; empty when there are none. */
  public static List<Integer> numbers(String raw) {
    return parse(raw, null, null).numbers();
  }

  /** The value of a Chinese numeral ("十一" = 11, "二十" = 20, "两" = 2, "二〇〇五" = 2005), or -1. */
  public static int chineseNumeral(String s) {
    if (s == null || s.isEmpty()) {
      return -1;
    }
    boolean hasUnit = s.chars().anyMatch(c -> c == '十' || c == '百' || c == '千' || c == '拾');
    if (!hasUnit) {
      // digit by digit: 二〇〇五
      int value = 0;
      for (int i = 0; i < s.length(); i++) {
        int d = chineseDigit(s.charAt(i));
        if (d < 0 || value > 100_000_000) {
          return -1;
        }
        value = value * 10 + d;
      }
      return value;
    }
    int total = 0;
    int digit = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int unit = c == '十' || c == '拾' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
      if (unit > 0) {
        total += (digit < 0 ? 1 : digit) * unit;
        digit = -1;
      } else {
        int d = chineseDigit(c);
        if (d < 0) {
          return -1;
        }
        digit = d == 0 ? -1 : d; // 零 only marks a gap: 一百零五
      }
    }
    return total + Math.max(digit, 0);
  }

  /** The value of a Roman numeral (case-insensitive, 1-3999), or -1 when it is not one. */
  public static int romanNumeral(String s) {
    if (s == null
        || s.isEmpty()
        || !ROMAN_NUMERAL.matcher(s.toUpperCase(Locale.ROOT)).matches()) {
      return -1;
    }
    int total = 0;
    int prev = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      int v = romanDigit(Character.toUpperCase(s.charAt(i)));
      total += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    return total;
  }

  private static boolean readUpperMiddleLower(String text, List<Integer> numbers) {
    Matcher m = UPPER_MIDDLE_LOWER.matcher(text);
    boolean last = false;
    while (m.find()) {
      switch (m.group(1)) {
        case "上" -> numbers.add(1);
        case "中" -> numbers.add(2);
        default -> last = true;
      }
    }
    return last;
  }

  private static void readNumerals(String text, List<Integer> numbers) {
    String stripped = DESIGNATOR.matcher(text).replaceAll(" ");
    Matcher m = TOKEN.matcher(stripped);
    boolean rangeOpen = false;
    while (m.find()) {
      int value = -1;
      if (m.group(1) != null) {
        value = parseIntSafe(m.group(1));
      } else if (m.group(2) != null) {
        value = chineseNumeral(m.group(2));
      } else if (m.group(4) != null) {
        String word = m.group(4).toLowerCase(Locale.ROOT);
        // a lone l, c, d or m is an abbreviation ("[s.l.]"), not 50, 100, 500 or 1000
        boolean loneLetter = word.length() == 1 && "ivx".indexOf(word.charAt(0)) < 0;
        value = loneLetter ? -1 : WORDS.getOrDefault(word, romanNumeral(m.group(4)));
      } else {
        rangeOpen = !numbers.isEmpty();
        continue;
      }
      if (value < 0) {
        rangeOpen = false;
        continue;
      }
      if (rangeOpen) {
        int from = numbers.get(numbers.size() - 1);
        if (value > from && value - from <= MAX_RANGE) {
          for (int n = from + 1; n <= value; n++) {
            numbers.add(n);
          }
        } else {
          numbers.add(value);
        }
        rangeOpen = false;
      } else {
        numbers.add(value);
      }
    }
  }

  private static String normalizeChars(String s) {
    return NFKC.normalize(s)
        .replace('冊', '册')
        .replace('兩', '两')
        .replace('貳', '贰')
        .replace('參', '叁')
        .replace('編', '编')
        .replace('輯', '辑');
  }

  private static int chineseDigit(char c) {
    return switch (c) {
      case '〇', '零' -> 0;
      case '一', '壹' -> 1;
      case '二', '两', '贰' -> 2;
      case '三', '叁' -> 3;
      case '四', '肆' -> 4;
      case '五', '伍' -> 5;
      case '六', '陆' -> 6;
      case '七', '柒' -> 7;
      case '八', '捌' -> 8;
      case '九', '玖' -> 9;
      default -> -1;
    };
  }

  private static int romanDigit(char c) {
    return switch (c) {
      case 'I' -> 1;
      case 'V' -> 5;
      case 'X' -> 10;
      case 'L' -> 50;
      case 'C' -> 100;
      case 'D' -> 500;
      case 'M' -> 1000;
      default -> 0;
    };
  }

  private static int parseIntSafe(String digits) {
    if (digits.length() > 9) {
      return -1; // not a volume number
    }
    return Integer.parseInt(digits);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
