package org.unioncat.ingest.index;

import java.util.Locale;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The limits that keep a hostile or careless query cheap: its length, nesting, number of clauses,
 * wildcard terms and their expansions, and how deep a reader may page. The text checks run before
 * parsing (they are linear scans), so a 50,000-character query or a 100-level nesting is refused
 * before the parser sees it; the clause count runs on the parsed query, where Chinese bigrams have
 * been counted too.
 *
 * <p>Stateless and thread-safe.
 */
final class QueryLimits {
  /** Longest query accepted, in characters. */
  static final int MAX_LENGTH = 1_000;
  /** Deepest parenthesis nesting accepted. */
  static final int MAX_DEPTH = 10;
  /** Most term, phrase-term, range and wildcard leaves in one parsed query. */
  static final int MAX_CLAUSES = 200;
  /** Most wildcard, prefix and fuzzy terms in one query. */
  static final int MAX_MULTI_TERMS = 5;
  /** Characters a wildcard or prefix term needs before its first wildcard ("mül*" is fine). */
  static final int MIN_WILDCARD_PREFIX = 3;
  /** Most index terms one wildcard, prefix or fuzzy term expands to (the best by frequency). */
  static final int MAX_EXPANSIONS = 100;
  /** Work limit for turning a wildcard pattern into an automaton (Lucene's default is 10,000). */
  static final int DETERMINIZE_WORK_LIMIT = 1_000;
  /** Largest page. Larger requests get this many. */
  static final int MAX_LIMIT = 100;
  /** Deepest first result a page may start at. */
  static final int MAX_OFFSET = 10_000;

  private QueryLimits() {}

  /** Refuses a blank query, an over-long one, unbalanced quotes or parentheses, deep nesting. */
  static void checkText(String query) {
    if (query == null || query.isBlank()) {
      throw new InvalidQueryException("Enter something to search for.", "请输入检索词。");
    }
    if (query.length() > MAX_LENGTH) {
      throw new InvalidQueryException(
          String.format(
              Locale.ROOT,
              "The search is too long (%,d characters); at most %,d characters are allowed.",
              query.length(),
              MAX_LENGTH),
          String.format(
              Locale.ROOT, "检索式过长（%d 个字符），最多允许 %d 个字符。", query.length(), MAX_LENGTH));
    }
    boolean quoted = false;
    int depth = 0;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++; // the next character is escaped: never a quote or a parenthesis
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
        if (depth > MAX_DEPTH) {
          throw new InvalidQueryException(
              "The search nests parentheses more than " + MAX_DEPTH + " levels deep.",
              "检索式的括号嵌套超过 " + MAX_DEPTH + " 层。");
        }
      } else if (!quoted && c == ')') {
        depth--;
        if (depth < 0) {
          throw unbalancedParentheses();
        }
      }
    }
    if (quoted) {
      throw new InvalidQueryException(
          "The search has an opening quotation mark (\") without a closing one.",
          "检索式中的引号（\"）不成对。");
    }
    if (depth != 0) {
      throw unbalancedParentheses();
    }
  }

  /** Refuses a parsed query with more than {@link #MAX_CLAUSES} leaves. */
  static void checkClauses(Query query) {
    int[] leaves = {0};
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query q, org.apache.lucene.index.Term... terms) {
            leaves[0] += terms.length;
          }

          @Override
          public void visitLeaf(Query q) {
            leaves[0]++;
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    if (leaves[0] > MAX_CLAUSES) {
      throw tooManyTerms();
    }
  }

  static InvalidQueryException tooManyTerms() {
    return new InvalidQueryException(
        "The search has too many terms; at most " + MAX_CLAUSES + " are allowed (a Chinese word of"
            + " n characters counts n-1). Shorten it.",
        "检索式中的检索词过多，最多 " + MAX_CLAUSES + " 个（n 个汉字计为 n-1 个）。请缩短检索式。");
  }

  /** The page size to use: at least 1 (else refused), at most {@link #MAX_LIMIT}. */
  static int pageSize(int offset, int limit) {
    if (offset < 0 || limit < 1) {
      throw new InvalidQueryException(
          "Page offset must be 0 or more and page size at least 1.", "分页起点不能为负数，每页至少 1 条。");
    }
    if (offset > MAX_OFFSET) {
      throw new InvalidQueryException(
          String.format(
              Locale.ROOT,
              "Results can be paged through the first %,d only; narrow the search instead.",
              MAX_OFFSET),
          "只能翻阅前 " + MAX_OFFSET + " 条结果，请缩小检索范围。");
    }
    return Math.min(limit, MAX_LIMIT);
  }

  private static InvalidQueryException unbalancedParentheses() {
    return new InvalidQueryException(
        "The search has a parenthesis without its partner: every ( needs a ).",
        "检索式中的括号不成对：每个“(”都需要对应的“)”。");
  }
}
