package org.unioncat.dedup.compare;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The version an edition statement names besides its number: "Large print ed.", "Abridged ed.",
 * "Student ed.", "Facsim. ed.", "大字本", "插图本". A cataloger's rule: such a version is another
 * edition (another text, another layout, another product) from a statement that does not name it,
 * whatever the number says; "Large print ed." carries no number and would otherwise read as the
 * 1st edition. Printing words never count ("3rd printing" stays a reprint, cause 6).
 *
 * <p>Stateless and thread-safe; the patterns are compiled once.
 */
final class EditionVersions {
  enum Version {
    LARGE_PRINT, ABRIDGED, ILLUSTRATED, ANNOTATED, STUDENT, TEACHER, INTERNATIONAL, FACSIMILE,
    SCHOOL, COLLECTOR
  }

  private record Rule(Version version, Pattern pattern) {}

  private static final String B = "(?<![\\p{L}])";
  private static final String E = "(?![\\p{L}])";

  private static final List<Rule> RULES =
      List.of(
          new Rule(Version.LARGE_PRINT,
              Pattern.compile(B + "(?:large[- ]?print|large[- ]?type|giant[- ]?print|gros caract\\p{L}*"
                  + "|gro(?:ss|ß)druck\\p{L}*)" + E + "|大字")),
          // "unabridged" names the full text: not a version of its own
          new Rule(Version.ABRIDGED,
              Pattern.compile(B + "(?:abridged|abr\\.|abrégée?|gekürzt\\p{L}*|condensed)" + E
                  + "|节本|節本|节选本|節選本|缩写本|縮寫本|简写本|簡寫本")),
          new Rule(Version.ILLUSTRATED,
              Pattern.compile(B + "(?:illustrated|ill\\.\\s*ed|illustrierte\\p{L}*|illustrée)" + E
                  + "|插图本|插圖本|插图版|插圖版|图文本|圖文本|彩图版|彩圖版")),
          new Rule(Version.ANNOTATED,
              Pattern.compile(B + "(?:annotated|annotierte\\p{L}*|annotée)" + E
                  + "|注释本|註釋本|注释版|註釋版|注音版|评注本|評注本")),
          new Rule(Version.STUDENT,
              Pattern.compile(B + "(?:student(?:'s|s)?|studienausg\\p{L}*)" + E + "|学生版|學生版")),
          new Rule(Version.TEACHER,
              Pattern.compile(B + "(?:teacher(?:'s|s)?|instructor(?:'s|s)?|lehrerausg\\p{L}*)" + E
                  + "|教师版|教師版|教师用书|教師用書")),
          new Rule(Version.INTERNATIONAL,
              Pattern.compile(B + "(?:international|intl\\.|global)\\s+(?:student\\s+)?(?:ed\\p{L}*|version)" + E
                  + "|国际版|國際版")),
          new Rule(Version.FACSIMILE,
              Pattern.compile(B + "(?:facsim\\p{L}*|faksim\\p{L}*|fac-?simil\\p{L}*)" + E + "|影印本|影印版")),
          new Rule(Version.SCHOOL,
              Pattern.compile(B + "(?:school|schulausg\\p{L}*)" + E + "|普及本|普及版")),
          new Rule(Version.COLLECTOR,
              Pattern.compile(B + "(?:collector(?:'s|s)?|deluxe|de luxe|limited)" + E
                  + "|珍藏版|典藏版|精华本|精華本")));

  private EditionVersions() {}

  /** The versions named by an edition statement; empty for none (or null). */
  static Set<Version> of(String statement) {
    Set<Version> out = EnumSet.noneOf(Version.class);
    if (statement == null || statement.isBlank()) {
      return out;
    }
    String s = statement.toLowerCase(Locale.ROOT);
    for (Rule r : RULES) {
      if (r.pattern().matcher(s).find()) {
        out.add(r.version());
      }
    }
    return out;
  }
}
