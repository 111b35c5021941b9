package org.unioncat.ingest.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class CatalogAnalyzerTest {
  private static final Analyzer ANALYZER = new CatalogAnalyzer();

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  private static List<String> terms(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = ANALYZER.tokenStream(CatalogFields.TITLE, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void traditionalAndSimplifiedGiveTheSameBigrams() throws IOException {
    assertThat(terms("紅樓夢")).containsExactly("红楼", "楼梦");
    assertThat(terms("红楼梦")).containsExactly("红楼", "楼梦");
  }

  @Test
  void latinWordsStayWordsBesideChinese() throws IOException {
    assertThat(terms("Harry Potter与魔法石")).containsExactly("harry", "potter", "与魔", "魔法", "法石");
  }

  @Test
  void aLoneHanCharacterStaysAUnigram() throws IOException {
    assertThat(terms("诗 collected")).containsExactly("诗", "collected");
  }

  @Test
  void foldsCaseDiacriticsWidthAndLigatures() throws IOException {
    assertThat(terms("Müller ČAPEK Łódź ﬁnal ＡＢＣ Straße"))
        .containsExactly("muller", "capek", "lodz", "final", "abc", "strasse");
  }

  @Test
  void wildcardTermsAreNormalizedTheSameWay() {
    assertThat(ANALYZER.normalize(CatalogFields.TITLE, "Mül").utf8ToString()).isEqualTo("mul");
    assertThat(ANALYZER.normalize(CatalogFields.TITLE, "紅樓").utf8ToString()).isEqualTo("红楼");
  }
}
