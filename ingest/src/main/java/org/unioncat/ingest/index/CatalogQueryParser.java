package org.unioncat.ingest.index;

import com.ibm.icu.text.Normalizer2;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.unioncat.ingest.normalize.identifier.Lccn;
import org.unioncat.ingest.normalize.identifier.SystemNumbers;
import org.unioncat.ingest.normalize.isbn.Isbn;
import org.unioncat.ingest.normalize.isbn.IsbnCleaner;

/**
 * Turns a librarian's search into a Lucene query. Built on Lucene's classic {@link QueryParser}
 * (its syntax is the one librarians know from Solr and most OPACs: {@code field:value}, quotes,
 * AND/OR/NOT, +/-, parentheses, {@code [a TO b]}), with the default operator AND, and with each
 * field routed to the query it needs:
 *
 * <ul>
 *   <li>free text searches the text fields as one ({@link FreeTextQueries}: built on the name
 *       {@code all}, then expanded), with a boost when the title matches too; a free-text term
 *       that is a valid ISBN also matches the {@code isbn} field;
 *   <li>{@code title:} {@code author:} {@code publisher:} {@code series:} are analyzed by {@link
 *       CatalogAnalyzer};
 *   <li>{@code isbn:} is cleaned and folded to ISBN-13 ({@link Isbn#parse}), so either form and
 *       hyphens or spaces all find the record;
 *   <li>{@code year:} and {@code edition:} take a number, {@code 1990-2000} or {@code [1990 TO
 *       2000]} and become point queries;
 *   <li>{@code library:} {@code lang:} {@code sysno:} are exact (case-folded as indexed).
 * </ul>
 *
 * <p>Anything else is refused with an {@link InvalidQueryException}: an unknown field, leading or
 * short wildcards, regular expressions, ranges on text, and whatever {@link QueryLimits} forbids.
 * Wildcard, prefix and fuzzy terms expand to at most {@link QueryLimits#MAX_EXPANSIONS} index
 * terms.
 *
 * <p>Not thread-safe (the classic parser keeps state): {@link #parse} makes a new one per query,
 * which is cheap.
 */
final class CatalogQueryParser extends QueryParser {
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
  private static final Pattern NUMBER_RANGE = Pattern.compile("(\\d{1,4})\\s*-\\s*(\\d{1,4})");
  /** What a bare ISBN looks like in free text: digits with hyphens or spaces, maybe a final X. */
  private static final Pattern ISBN_LIKE = Pattern.compile("\\d[\\d-]{8,16}[\\dXx]");
  private static final float TITLE_BOOST = 2f;

  private int multiTermCount;

  private CatalogQueryParser(Analyzer analyzer) {
    super(CatalogFields.ALL, analyzer);
    setDefaultOperator(Operator.AND);
    // Each word is its own clause (Lucene 9's default hands "a b" to the analyzer as one text and
    // then flattens any sub-query it gets back, which would turn the optional title boost of free
    // text into a requirement).
    setSplitOnWhitespace(true);
    setAllowLeadingWildcard(false);
    // Bigrams of an unquoted Chinese word are ANDed, not a phrase: 红楼梦 finds 紅樓夢 and also
    // 红楼梦 with a space or punctuation inside.
    setAutoGeneratePhraseQueries(false);
    setFuzzyPrefixLength(2);
    setDeterminizeWorkLimit(QueryLimits.DETERMINIZE_WORK_LIMIT);
    setMultiTermRewriteMethod(
        new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(QueryLimits.MAX_EXPANSIONS));
  }

  /**
   * The Lucene query for {@code text}.
   *
   * @throws InvalidQueryException whenever the query is refused; never a Lucene exception
   */
  static Query parse(String text, Analyzer analyzer) {
    QueryLimits.checkText(text);
    // Full-width colons, parentheses and quotes typed with a Chinese input method act as syntax.
    String normalized = escapeSlashes(NFKC.normalize(text));
    QueryLimits.checkText(normalized);
    Query query;
    try {
      query = new CatalogQueryParser(analyzer).parse(normalized);
    } catch (ParseException e) {
      throw QueryErrors.syntax(e);
    } catch (InvalidQueryException e) {
      throw e;
    } catch (RuntimeException e) {
      // e.g. IndexSearcher.TooManyClauses or an automaton too complex: still the query's fault
      throw QueryErrors.tooComplex(e);
    }
    query = withPositiveClause(query);
    QueryLimits.checkClauses(query);
    return FreeTextQueries.expand(query);
  }

  /**
   * Regular expressions are not offered, so a slash is just a character: "and/or" and an ISBD
   * "Title / author" must not start a regex.
   */
  private static String escapeSlashes(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        out.append(c).append(text.charAt(++i));
      } else if (c == '/') {
        out.append("\\/");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** "NOT x" alone matches nothing in Lucene; a librarian means "everything but x". */
  private static Query withPositiveClause(Query query) {
    if (query instanceof BooleanQuery bq
        && !bq.clauses().isEmpty()
        && bq.clauses().stream().allMatch(c -> c.getOccur() == Occur.MUST_NOT)) {
      BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
      bq.clauses().forEach(b::add);
      return b.build();
    }
    return query;
  }

  @Override
  protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
    return fieldQuery(field, text, quoted, getPhraseSlop());
  }

  @Override
  protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
    return fieldQuery(field, text, true, slop);
  }

  private Query fieldQuery(String typed, String text, boolean quoted, int slop)
      throws ParseException {
    String field = field(typed);
    switch (field) {
      case CatalogFields.ISBN:
        return isbnQuery(text);
      case CatalogFields.YEAR:
      case CatalogFields.EDITION:
        return numberQuery(field, text);
      case CatalogFields.LIBRARY:
        return new TermQuery(new Term(field, text.strip().toUpperCase(Locale.ROOT)));
      case CatalogFields.LANG:
        return new TermQuery(new Term(field, text.strip().toLowerCase(Locale.ROOT)));
      case CatalogFields.SYSNO:
        return sysnoQuery(text);
      case CatalogFields.ALL:
        return freeTextQuery(text, quoted, slop);
      default:
        return analyzed(field, text, quoted, slop);
    }
  }

  /**
   * Free text must match {@code all} (the free-text fields, once expanded); a title match scores
   * higher; an ISBN also hits isbn.
   */
  private Query freeTextQuery(String text, boolean quoted, int slop) throws ParseException {
    Query all = analyzed(CatalogFields.ALL, text, quoted, slop);
    Query title = analyzed(CatalogFields.TITLE, text, quoted, slop);
    Query query = all;
    if (all != null && title != null) {
      query =
          new BooleanQuery.Builder()
              .add(all, Occur.MUST)
              .add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD)
              .build();
    }
    Optional<Isbn> isbn =
        ISBN_LIKE.matcher(text.strip()).matches() ? Isbn.parse(text) : Optional.empty();
    if (isbn.isEmpty()) {
      return query;
    }
    Query isbnQuery = new TermQuery(new Term(CatalogFields.ISBN, isbn.get().isbn13()));
    if (query == null) {
      return isbnQuery;
    }
    return new BooleanQuery.Builder()
        .add(isbnQuery, Occur.SHOULD)
        .add(query, Occur.SHOULD)
        .build();
  }

  private Query analyzed(String field, String text, boolean quoted, int slop)
      throws ParseException {
    Query q = newFieldQuery(getAnalyzer(), field, text, quoted);
    if (q instanceof PhraseQuery pq && pq.getSlop() != slop) {
      PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(slop);
      Term[] terms = pq.getTerms();
      int[] positions = pq.getPositions();
      for (int i = 0; i < terms.length; i++) {
        b.add(terms[i], positions[i]);
      }
      return b.build();
    }
    if (q instanceof MultiPhraseQuery mpq && mpq.getSlop() != slop) {
      return new MultiPhraseQuery.Builder(mpq).setSlop(slop).build();
    }
    return q;
  }

  private static Query isbnQuery(String text) {
    Optional<Isbn> isbn = Isbn.parse(text);
    if (isbn.isPresent()) {
      // Both forms of every valid ISBN are indexed: the ISBN-13 term finds either.
      return new TermQuery(new Term(CatalogFields.ISBN, isbn.get().isbn13()));
    }
    String digits = IsbnCleaner.clean(text).digits();
    if (digits.isEmpty()) {
      throw QueryErrors.badValue(
          "isbn", "a number such as 978-7-02-000220-7 or 7-02-000220-X", "如 978-7-02-000220-7 或 7-02-000220-X 的号码");
    }
    return new TermQuery(new Term(CatalogFields.ISBN, digits)); // invalid ISBNs as cleaned
  }

  private static Query numberQuery(String field, String text) {
    String value = text.strip();
    Matcher single = NUMBER.matcher(value);
    if (single.matches()) {
      return IntPoint.newExactQuery(field, Integer.parseInt(value));
    }
    Matcher range = NUMBER_RANGE.matcher(value);
    if (range.matches()) {
      int from = Integer.parseInt(range.group(1));
      int to = Integer.parseInt(range.group(2));
      return IntPoint.newRangeQuery(field, Math.min(from, to), Math.max(from, to));
    }
    throw numberError(field);
  }

  private static Query sysnoQuery(String text) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    Set<String> forms = new LinkedHashSet<>();
    String system = SystemNumbers.normalize(text);
    String lccn = Lccn.normalize(text);
    if (system != null) {
      forms.add(system);
    }
    if (lccn != null) {
      forms.add(lccn);
    }
    if (forms.isEmpty()) {
      throw QueryErrors.badValue("sysno", "a system number or LCCN", "系统号或 LCCN");
    }
    forms.forEach(f -> b.add(new TermQuery(new Term(CatalogFields.SYSNO, f)), Occur.SHOULD));
    return b.build();
  }

  @Override
  protected Query getRangeQuery(
      String typed, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    String field = field(typed);
    if (!field.equals(CatalogFields.YEAR) && !field.equals(CatalogFields.EDITION)) {
      throw new InvalidQueryException(
          "Ranges [a TO b] work on year: and edition: only.", "范围检索 [a TO b] 只适用于 year: 和 edition:。");
    }
    int low = bound(field, part1, Integer.MIN_VALUE);
    int high = bound(field, part2, Integer.MAX_VALUE);
    if (!startInclusive && low != Integer.MIN_VALUE) {
      low++;
    }
    if (!endInclusive && high != Integer.MAX_VALUE) {
      high--;
    }
    return IntPoint.newRangeQuery(field, low, high);
  }

  private static int bound(String field, String part, int open) {
    if (part == null || part.equals("*")) {
      return open;
    }
    if (!NUMBER.matcher(part.strip()).matches()) {
      throw numberError(field);
    }
    return Integer.parseInt(part.strip());
  }

  @Override
  protected Query getPrefixQuery(String typed, String termStr) throws ParseException {
    String field = field(typed);
    checkMultiTerm(field, termStr, termStr.length());
    if (field.equals(CatalogFields.ISBN)) {
      return newPrefixQuery(new Term(field, IsbnCleaner.clean(termStr).digits()));
    }
    return super.getPrefixQuery(field, termStr);
  }

  @Override
  protected Query getWildcardQuery(String typed, String termStr) throws ParseException {
    if ("*".equals(termStr) && ("*".equals(typed) || CatalogFields.ALL.equals(typed))) {
      return newMatchAllDocsQuery(); // "*" and "*:*": every record
    }
    String field = field(typed);
    checkMultiTerm(field, termStr, leadingLiteral(termStr));
    if (field.equals(CatalogFields.ISBN)) {
      throw wildcardsOnlyOn();
    }
    try {
      return super.getWildcardQuery(field, termStr);
    } catch (TooComplexToDeterminizeException e) {
      throw QueryErrors.tooComplex(e);
    }
  }

  @Override
  protected Query getFuzzyQuery(String typed, String termStr, float minSimilarity)
      throws ParseException {
    String field = field(typed);
    checkMultiTerm(field, termStr, termStr.length());
    return super.getFuzzyQuery(field, termStr, minSimilarity);
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) {
    throw new InvalidQueryException(
        "Regular expressions (/.../) are not supported.", "不支持正则表达式（/.../）。");
  }

  /** The field a query names, or an error listing the fields there are. */
  private static String field(String typed) {
    String field = CatalogFields.queryField(typed);
    if (field == null) {
      throw QueryErrors.unknownField(typed);
    }
    return field;
  }

  /** Wildcard, prefix and fuzzy terms: text fields (and isbn prefixes), long enough, few. */
  private void checkMultiTerm(String field, String termStr, int leading) {
    if (!CatalogFields.isText(field) && !field.equals(CatalogFields.ISBN)) {
      throw wildcardsOnlyOn();
    }
    if (leading == 0) {
      throw new InvalidQueryException(
          "A search term cannot start with * or ?: type at least "
              + QueryLimits.MIN_WILDCARD_PREFIX
              + " characters first (e.g. hist*).",
          "检索词不能以 * 或 ? 开头：请先输入至少 " + QueryLimits.MIN_WILDCARD_PREFIX + " 个字符（如 hist*）。");
    }
    if (termStr.codePointCount(0, Math.min(leading, termStr.length()))
        < QueryLimits.MIN_WILDCARD_PREFIX) {
      throw new InvalidQueryException(
          "\"" + termStr + "\" is too short for *, ? or ~: type at least "
              + QueryLimits.MIN_WILDCARD_PREFIX
              + " characters before it (e.g. hist*).",
          "“" + termStr + "”过短，不能使用 *、? 或 ~：请在其前输入至少 "
              + QueryLimits.MIN_WILDCARD_PREFIX + " 个字符（如 hist*）。");
    }
    if (++multiTermCount > QueryLimits.MAX_MULTI_TERMS) {
      throw new InvalidQueryException(
          "At most " + QueryLimits.MAX_MULTI_TERMS + " terms with *, ? or ~ are allowed in one search.",
          "一个检索式中最多允许 " + QueryLimits.MAX_MULTI_TERMS + " 个带 *、? 或 ~ 的检索词。");
    }
  }

  /** Characters before the first unescaped wildcard. */
  private static int leadingLiteral(String termStr) {
    for (int i = 0; i < termStr.length(); i++) {
      char c = termStr.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '*' || c == '?') {
        return i;
      }
    }
    return termStr.length();
  }

  private static InvalidQueryException wildcardsOnlyOn() {
    return new InvalidQueryException(
        "*, ? and ~ work on free text and title:, author:, publisher:, series: (and isbn: prefixes"
            + " such as isbn:978702*) only.",
        "*、? 和 ~ 只适用于自由词及 title:、author:、publisher:、series:（以及 isbn: 前缀，如 isbn:978702*）。");
  }

  private static InvalidQueryException numberError(String field) {
    return field.equals(CatalogFields.YEAR)
        ? QueryErrors.badValue(
            "year", "a year such as 1998, or a range such as 1990-2000 or [1990 TO 2000]",
            "年份（如 1998）或年份范围（如 1990-2000 或 [1990 TO 2000]）")
        : QueryErrors.badValue("edition", "a number such as 2", "数字（如 2）");
  }
}
