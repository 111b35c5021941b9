package org.unioncat.ingest.index;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Analyzes every text field of the catalog, at index and at query time alike:
 *
 * <ol>
 *   <li>{@link StandardTokenizer} (UAX#29): Latin, Cyrillic, ... words stay words; each Han
 *       character becomes its own {@code <IDEOGRAPHIC>} token;
 *   <li>{@link ICUFoldingFilter}: NFKC with case folding, diacritics removed, full-width and
 *       ligatures folded ("Müller" = "muller", "ＡＢＣ" = "abc") — through {@link
 *       AsciiFirstFolding}, which gives plain ASCII tokens the same result without ICU;
 *   <li>ICU's Traditional→Simplified transform on Han tokens only, so that 紅樓 and 红楼 meet
 *       (Latin tokens skip it: the transliterator is the costly step);
 *   <li>{@link CJKBigramFilter}: adjacent Han (and kana, hangul) characters become overlapping
 *       bigrams, 红楼梦 → 红楼 楼梦, so a two-character word finds a longer title. A lone character
 *       stays a unigram.
 * </ol>
 *
 * <p>Why bigrams and not a dictionary segmenter (smartcn): smartcn splits traditional text into
 * single characters and segments titles inconsistently, so a query for 红楼 misses 红楼梦; bigrams
 * need no dictionary and match any two-character word. The folding is lossy (the transform maps
 * 著 to 着), which is why displays come from stored fields, never from terms.
 *
 * <p>Wildcard and prefix terms are not tokenized; {@link #normalize} folds them the same way so
 * "Mül*" finds "Muller".
 *
 * <p>Thread-safe: Lucene keeps one token-stream chain per thread, and each chain creates its own
 * (not thread-safe) ICU transliterator.
 */
final class CatalogAnalyzer extends Analyzer {
  private static final String TRADITIONAL_TO_SIMPLIFIED = "Traditional-Simplified";
  private static final String IDEOGRAPHIC =
      StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC];
  /** Keeps values of a multi-valued field apart: no phrase matches across two titles. */
  private static final int POSITION_GAP = 100;

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new StandardTokenizer();
    TokenStream stream = new AsciiFirstFolding(tokenizer);
    stream = new HanOnly(stream);
    stream = new CJKBigramFilter(stream);
    return new TokenStreamComponents(tokenizer, stream);
  }

  /**
   * Lucene builds a new normalization chain for every wildcard or prefix term, so the
   * transliterator (whose construction parses the transform's rules: most of a prefix query's
   * time) is kept per thread instead of being made per term.
   */
  private static final ThreadLocal<Transliterator> QUERY_SIMPLIFIER =
      ThreadLocal.withInitial(CatalogAnalyzer::simplifier);

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    // Wildcard terms arrive whole (no token types), so the transform applies to every term.
    return new ICUTransformFilter(new ICUFoldingFilter(in), QUERY_SIMPLIFIER.get());
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return POSITION_GAP;
  }

  private static Transliterator simplifier() {
    return Transliterator.getInstance(TRADITIONAL_TO_SIMPLIFIED);
  }

  /** Runs the Traditional→Simplified transform on Han tokens and lets every other token pass. */
  private static final class HanOnly extends ConditionalTokenFilter {
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    HanOnly(TokenStream in) {
      super(in, s -> new ICUTransformFilter(s, simplifier()));
    }

    @Override
    protected boolean shouldFilter() throws IOException {
      return IDEOGRAPHIC.equals(type.type());
    }
  }
}
