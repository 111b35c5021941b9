package org.unioncat.ingest.index;

import java.io.IOException;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.sandbox.search.CombinedFieldQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Free text over the text fields as if they were one field. The parser builds free text on the
 * name {@code all} (and {@link QueryLimits} counts it there, as before); {@link #expand} then
 * turns every part of the query on {@code all} into the same query over {@link
 * CatalogFields#FREE_TEXT}:
 *
 * <ul>
 *   <li>a term (or the synonyms at one position, e.g. a Traditional and a Simplified bigram)
 *       becomes a {@link CombinedFieldQuery}: BM25F, which scores the fields as one field — term
 *       frequencies and lengths summed over the fields — as the copy field {@code all} did, without
 *       indexing every text twice;
 *   <li>a phrase must be found in one of the fields (it never crossed two values of {@code all}
 *       either: the analyzer's position gap kept them apart) and is scored as its words ({@link
 *       #phrase});
 *   <li>a prefix or wildcard term is expanded over the fields' terms together ({@link Expansion})
 *       and scored as one word whose forms are synonyms;
 *   <li>a fuzzy term becomes the same fuzzy query on each field, any of which may match, with the
 *       scores added (each field's close terms expanded and weighted by closeness on their own).
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class FreeTextQueries {
  private FreeTextQueries() {}

  /** {@code query} with every part on {@code all} searching the free-text fields instead. */
  static Query expand(Query query) {
    if (query instanceof BooleanQuery bq) {
      BooleanQuery.Builder b =
          new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
      for (BooleanClause clause : bq.clauses()) {
        b.add(expand(clause.getQuery()), clause.getOccur());
      }
      return b.build();
    }
    if (query instanceof BoostQuery boost) {
      return new BoostQuery(expand(boost.getQuery()), boost.getBoost());
    }
    if (query instanceof TermQuery tq && isAll(tq.getTerm())) {
      return combined(List.of(tq.getTerm()));
    }
    if (query instanceof SynonymQuery sq && !sq.getTerms().isEmpty() && isAll(sq.getTerms().get(0))) {
      return combined(sq.getTerms());
    }
    if (query instanceof PhraseQuery pq && pq.getTerms().length > 0 && isAll(pq.getTerms()[0])) {
      Term[] terms = pq.getTerms();
      Query anyField = anyField(field -> {
        PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(pq.getSlop());
        for (int i = 0; i < terms.length; i++) {
          b.add(new Term(field, terms[i].bytes()), pq.getPositions()[i]);
        }
        return b.build();
      });
      List<List<Term>> byPosition = new java.util.ArrayList<>();
      for (Term term : terms) {
        byPosition.add(List.of(term));
      }
      return phrase(anyField, byPosition);
    }
    if (query instanceof MultiPhraseQuery mpq && isAll(mpq.getTermArrays()[0][0])) {
      Term[][] arrays = mpq.getTermArrays();
      Query anyField = anyField(field -> {
        MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder().setSlop(mpq.getSlop());
        for (int i = 0; i < arrays.length; i++) {
          Term[] terms = new Term[arrays[i].length];
          for (int j = 0; j < terms.length; j++) {
            terms[j] = new Term(field, arrays[i][j].bytes());
          }
          b.add(terms, mpq.getPositions()[i]);
        }
        return b.build();
      });
      List<List<Term>> byPosition = new java.util.ArrayList<>();
      for (Term[] atPosition : arrays) {
        byPosition.add(List.of(atPosition));
      }
      return phrase(anyField, byPosition);
    }
    if ((query instanceof PrefixQuery || query instanceof WildcardQuery)
        && isAll(((MultiTermQuery) query).getField())) {
      return new Expansion((MultiTermQuery) query);
    }
    if (query instanceof FuzzyQuery fq && isAll(fq.getTerm())) {
      return anyField(field -> new FuzzyQuery(
          new Term(field, fq.getTerm().bytes()), fq.getMaxEdits(), fq.getPrefixLength(),
          FuzzyQuery.defaultMaxExpansions, fq.getTranspositions(), fq.getRewriteMethod()));
    }
    return query; // a fielded, numeric or match-all query
  }

  private static boolean isAll(Term term) {
    return isAll(term.field());
  }

  private static boolean isAll(String field) {
    return field.equals(CatalogFields.ALL);
  }

  private static Query combined(List<Term> terms) {
    CombinedFieldQuery.Builder b = new CombinedFieldQuery.Builder();
    for (String field : CatalogFields.FREE_TEXT) {
      b.addField(field);
    }
    for (Term term : terms) {
      b.addTerm(term.bytes());
    }
    return b.build();
  }

  /**
   * A phrase: found in any one field (a filter), scored as its words over the fields as one
   * (BM25F). Adding up one phrase score per field instead would rank a record higher for having
   * the phrase in two fields than {@code all} did for having it twice (each field has its own,
   * shorter, length and rarer words); the words' BM25F is what {@code all}'s phrase score was
   * when, as usual, the words occur in the record only as the phrase.
   */
  private static Query phrase(Query anyField, List<List<Term>> byPosition) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(anyField, Occur.FILTER);
    for (List<Term> atPosition : byPosition) {
      b.add(combined(atPosition), Occur.MUST);
    }
    return b.build();
  }

  private static Query anyField(java.util.function.Function<String, Query> perField) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String field : CatalogFields.FREE_TEXT) {
      b.add(perField.apply(field), Occur.SHOULD);
    }
    return b.build();
  }

  /**
   * A prefix or wildcard term over the free-text fields: its matching terms, gathered from all of
   * them (at most {@link QueryLimits#MAX_EXPANSIONS}: the first in term order, as Lucene's top-terms
   * rewrite keeps of equally good terms), scored as synonyms with BM25F — every form found counts
   * towards one word's frequency, with one weight. Expanding each field on its own instead gives
   * each field its own weight for the same words: "historical", rare among publishers, made a
   * historical society's publication outrank books titled "... history" for {@code hist*}.
   */
  static final class Expansion extends Query {
    private final MultiTermQuery query;

    Expansion(MultiTermQuery query) {
      this.query = query;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
      TreeSet<BytesRef> terms = new TreeSet<>();
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        for (String field : CatalogFields.FREE_TEXT) {
          Terms fieldTerms = leaf.reader().terms(field);
          if (fieldTerms == null) {
            continue;
          }
          TermsEnum e = query.getTermsEnum(fieldTerms);
          for (BytesRef term = e.next(); term != null; term = e.next()) {
            if (terms.size() == QueryLimits.MAX_EXPANSIONS && term.compareTo(terms.last()) > 0) {
              break; // terms come in order: the rest of this field's come after the kept ones
            }
            if (terms.add(BytesRef.deepCopyOf(term)) && terms.size() > QueryLimits.MAX_EXPANSIONS) {
              terms.pollLast();
            }
          }
        }
      }
      if (terms.isEmpty()) {
        return new MatchNoDocsQuery("no term matches " + query);
      }
      CombinedFieldQuery.Builder b = new CombinedFieldQuery.Builder();
      CatalogFields.FREE_TEXT.forEach(b::addField);
      terms.forEach(b::addTerm);
      return b.build();
    }

    @Override
    public void visit(QueryVisitor visitor) {
      query.visit(visitor);
    }

    @Override
    public String toString(String field) {
      return "freeText(" + query.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
      return sameClassAs(other) && query.equals(((Expansion) other).query);
    }

    @Override
    public int hashCode() {
      return 31 * classHash() + query.hashCode();
    }
  }
}
