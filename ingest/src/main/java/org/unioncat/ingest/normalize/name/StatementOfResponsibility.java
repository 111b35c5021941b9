package org.unioncat.ingest.normalize.name;

import java.util.regex.Pattern;
import org.unioncat.ingest.normalize.title.HanSpaces;

/**
 * Picks the first name out of a statement of responsibility (245 $c, 200 $f): "by J.R.R. Tolkien ;
 * illustrated by Alan Lee" gives "J.R.R. Tolkien", "edited by Jane Smith and John Doe" gives "Jane
 * Smith", "周明，王宗仁主编" gives "周明", "曹雪芹, 高鹗著" gives "曹雪芹". Used when a record has no 1XX/7XX and must
 * still be compared by author (cause 4).
 *
 * <p>Stateless and thread-safe.
 */
final class StatementOfResponsibility {
  private static final Pattern NEXT_STATEMENT = Pattern.compile("[;；/=]");

  /** Role phrases before the name: "by", "edited by", "translated and annotated by", "von". */
  private static final Pattern LEADING_ROLE =
      Pattern.compile(
          "(?iu)^\\[?(?:(?:[\\p{L}.]+\\s+){0,5}?by|(?:hrsg\\.?|herausgegeben|übersetzt|traduit"
              + "|édité)?\\s*(?:von|par))\\]?\\s+");

  private static final Pattern OTHER_NAMES =
      Pattern.compile(
          "(?iu)\\s+(?:and|&|with|und|et|u\\.)\\s+.*$|\\s*\\.\\.\\..*$|\\s*\\[?et al\\.?\\]?.*$");
  private static final Pattern CJK_SEPARATOR = Pattern.compile("[,，、]");

  private StatementOfResponsibility() {}

  /** The first name in {@code statement}; the whole text when it names only one. */
  static String firstName(String statement) {
    if (statement == null) {
      return "";
    }
    String s = NEXT_STATEMENT.split(statement.strip(), 2)[0].strip();
    if (HanSpaces.containsCjk(s)) {
      // brackets first: "(美)海明威(Hemingway, E.)著" has a comma inside the romanized form
      return CJK_SEPARATOR.split(CjkNameKey.withoutBrackets(s), 2)[0].strip();
    }
    s = LEADING_ROLE.matcher(s).replaceFirst("");
    return OTHER_NAMES.matcher(s).replaceFirst("").strip();
  }
}
