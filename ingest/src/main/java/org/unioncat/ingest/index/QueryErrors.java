package org.unioncat.ingest.index;

import java.util.Locale;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.Token;

/**
 * The {@link InvalidQueryException}s of query parsing, worded for librarians in English and
 * Chinese. Lucene's own messages ("Encountered &lt;EOF&gt; at line 1, column 7. Was expecting one
 * of: ...") never reach a user.
 *
 * <p>Stateless and thread-safe.
 */
final class QueryErrors {
  private QueryErrors() {}

  /** A syntax error of the classic parser, with where it happened when Lucene says so. */
  static InvalidQueryException syntax(ParseException e) {
    Token at = tokenOf(e);
    String where = "";
    String whereZh = "";
    if (at != null && at.image != null && !at.image.isEmpty()) {
      where = String.format(Locale.ROOT, " near \"%s\" (character %d)", at.image, at.beginColumn);
      whereZh = String.format(Locale.ROOT, "（在“%s”处，第 %d 个字符）", at.image, at.beginColumn);
    } else if (at != null) {
      where = " at its end";
      whereZh = "（在末尾）";
    }
    return new InvalidQueryException(
        "The search could not be understood"
            + where
            + ". Check AND / OR / NOT, quotation marks and parentheses; put words containing"
            + " : ( ) [ ] { } ^ ~ * ? ! in quotation marks.",
        "无法理解该检索式"
            + whereZh
            + "。请检查 AND / OR / NOT、引号和括号；含有 : ( ) [ ] { } ^ ~ * ? ! 的词请加引号。",
        e);
  }

  /** A query Lucene refused as too large or too complex (clauses, automata). */
  static InvalidQueryException tooComplex(RuntimeException e) {
    return new InvalidQueryException(
        "The search is too complex (too many terms or wildcards). Simplify it.",
        "检索式过于复杂（检索词或通配符过多），请简化。",
        e);
  }

  /** A field given a value it cannot search by. */
  static InvalidQueryException badValue(String field, String expected, String expectedZh) {
    return new InvalidQueryException(
        field + ": expects " + expected + ".", field + ": 需要" + expectedZh + "。");
  }

  /** A prefix before a colon that names no field. */
  static InvalidQueryException unknownField(String typed) {
    String fields = String.join(", ", CatalogFields.QUERY_FIELD_NAMES);
    return new InvalidQueryException(
        "Unknown field \""
            + typed
            + ":\". Use one of "
            + fields
            + "; to search for a word followed by a colon, put it in quotation marks.",
        "未知的检索字段“" + typed + ":”。可用字段：" + fields + "；如要检索带冒号的词，请加引号。");
  }

  /** The token the parser stopped at: the wrapped exception of parse() carries it. */
  private static Token tokenOf(ParseException e) {
    Throwable t = e;
    while (t != null) {
      if (t instanceof ParseException pe && pe.currentToken != null) {
        return pe.currentToken.next;
      }
      t = t.getCause();
    }
    return null;
  }
}
