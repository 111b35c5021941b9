package org.unioncat.ingest.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.unioncat.ingest.normalize.NormalizedRecord;
import org.unioncat.ingest.normalize.name.AuthorEntry;

/** Tokens analyzed once and replayed index exactly as the text analyzed by the index would. */
class AnalyzedTextTest {
  private final CatalogAnalyzer analyzer = new CatalogAnalyzer();

  @Test
  void replayedTokensGiveTheSamePostingsAndNormsAsTheText() throws IOException {
    List<List<String>> docs = new ArrayList<>();
    for (String fixture :
        List.of(
            "solrmarc/uva_001_2000.mrc",
            "dp2/sample_cnmarcxml.xml",
            "marc4j/oclc_63111280_export_as_UTF8_from_connexion.mrc")) {
      for (NormalizedRecord r : TestBooks.fixture(fixture)) {
        List<String> texts = new ArrayList<>();
        if (r.title() != null) {
          texts.add(r.title().titleProper());
          if (r.title().remainder() != null) {
            texts.add(r.title().remainder());
          }
          if (r.title().altScriptKey() != null) {
            texts.add(r.title().altScriptKey());
          }
        }
        r.authors().stream().map(AuthorEntry::display).filter(d -> d != null).forEach(texts::add);
        docs.add(texts);
      }
    }
    // hostile corners: empty, punctuation only, a token longer than the tokenizer's limit
    docs.add(List.of("", "  ", "--", "x".repeat(300) + " tail", "紅樓夢 Müller ＡＢＣ"));

    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (List<String> texts : docs) {
        Document doc = new Document();
        for (String text : texts) {
          doc.add(new TextField("text", text, Store.NO));
          doc.add(AnalyzedText.analyze(analyzer, "replayed", text).field("replayed"));
        }
        writer.addDocument(doc);
      }
      writer.forceMerge(1);
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        LeafReader leaf = reader.leaves().get(0).reader();
        String text = postings(leaf.terms("text"));
        assertThat(text.length()).isGreaterThan(100_000); // the fixtures did index something
        assertThat(postings(leaf.terms("replayed"))).isEqualTo(text);
        assertThat(norms(leaf.getNormValues("replayed"))).isEqualTo(norms(leaf.getNormValues("text")));
      }
    }
  }

  @Test
  void theFieldStillShowsItsText() {
    assertThat(AnalyzedText.analyze(analyzer, "title", "Crime and punishment").field("title").stringValue())
        .isEqualTo("Crime and punishment");
  }

  /** Every term with every document, frequency and position. */
  private static String postings(Terms terms) throws IOException {
    StringBuilder out = new StringBuilder();
    TermsEnum te = terms.iterator();
    PostingsEnum pe = null;
    while (te.next() != null) {
      out.append(te.term().utf8ToString()).append(':');
      pe = te.postings(pe, PostingsEnum.POSITIONS);
      for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
        out.append(' ').append(doc).append('/').append(pe.freq()).append('@');
        for (int i = 0; i < pe.freq(); i++) {
          out.append(pe.nextPosition()).append(',');
        }
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String norms(NumericDocValues norms) throws IOException {
    StringBuilder out = new StringBuilder();
    for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
      out.append(doc).append('=').append(norms.longValue()).append(' ');
    }
    return out.toString();
  }
}
