package org.unioncat.ingest.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unioncat.ingest.normalize.NormalizedRecord;

/** The ASCII fast path folds exactly as ICUFoldingFilter does. */
class AsciiFirstFoldingTest {

  @Test
  void everyAsciiCharacterFoldsAsIcuFoldsIt() {
    for (char c = 0; c < 0x80; c++) {
      String s = "a" + c + "Z";
      char[] chars = s.toCharArray();
      if (AsciiFirstFolding.lowerCasePlainAscii(chars, chars.length)) {
        assertThat(new String(chars)).as("U+%04X", (int) c).isEqualTo(ICUFoldingFilter.NORMALIZER.normalize(s));
      } else {
        assertThat(c).as("only ^ and ` leave the fast path").isIn('^', '`');
      }
    }
  }

  @Test
  void nonAsciiTokensAreLeftToIcu() {
    char[] chars = "Müller".toCharArray();
    assertThat(AsciiFirstFolding.lowerCasePlainAscii(chars, chars.length)).isFalse();
    assertThat(new String(chars)).isEqualTo("Müller");
    assertThat(tokens("Müller ＡＢＣ Straße ^caret `tick` 紅樓夢", AsciiFirstFolding::new))
        .isEqualTo(tokens("Müller ＡＢＣ Straße ^caret `tick` 紅樓夢", ICUFoldingFilter::new));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "solrmarc/uva_001_2000.mrc",
        "catmandu/bu_bibs.mrc",
        "dp2/sample_cnmarcxml.xml",
        "dp2/sample_marcxml.xml",
        "dp2/sample_unimarcxml.xml",
        "traject/test_data.utf8.mrc",
        "marc4j/oclc_63111280_export_as_UTF8_from_connexion.mrc"
      })
  void theRealFixturesGiveTheSameTokensAsIcuFolding(String fixture) throws IOException {
    long compared = 0;
    long id = 1;
    for (NormalizedRecord n : TestBooks.fixture(fixture)) {
      IndexedRecord record = new IndexedRecord(id++, "LIB", List.of(), n);
      for (IndexableField f : RecordDocuments.toDocument(record).getFields()) {
        if (f.fieldType().tokenized() && f.stringValue() != null) {
          assertThat(tokens(f.stringValue(), AsciiFirstFolding::new))
              .as("%s: %s", fixture, f.stringValue())
              .isEqualTo(tokens(f.stringValue(), ICUFoldingFilter::new));
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(10);
  }

  /** Term, type, offsets and position increment of every token after the folding step. */
  private static List<String> tokens(String text, Function<TokenStream, TokenStream> folding) {
    List<String> out = new ArrayList<>();
    Tokenizer tokenizer = new StandardTokenizer();
    tokenizer.setReader(new StringReader(text));
    try (TokenStream stream = folding.apply(tokenizer)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term + "|" + type.type() + "|" + offset.startOffset() + "-" + offset.endOffset()
            + "|" + inc.getPositionIncrement());
      }
      stream.end();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }
}
