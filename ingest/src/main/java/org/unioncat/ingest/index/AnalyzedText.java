package org.unioncat.ingest.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;

/**
 * One text run through the analyzer once, whose tokens can then be indexed into several fields.
 * Written when a title was indexed in {@code title} and again in the copy field {@code all} (gone
 * since free text searches the text fields together, {@code FreeTextQueries}); today the index
 * uses {@link #EMPTY}, the value of a missing text field, which needs no analyzer run at all. The
 * replay gives the indexer exactly what the analyzer gave (term, position increment, offsets, and
 * the final offset and position increment of {@code end()}), so the index is the same term for
 * term and position for position ({@code AnalyzedTextTest}).
 *
 * <p>Analyzing here must finish before the analyzer is used again on the same thread (it reuses
 * one token-stream chain per thread), which is why the tokens are copied out at once. Immutable
 * once analyzed, so it may be shared ({@link #EMPTY}); its fields' streams belong to the thread
 * that indexes them.
 */
final class AnalyzedText {
  private static final int[] NONE = new int[0];
  /** No tokens: the value of a field that must exist but has no text (dense norms). */
  static final AnalyzedText EMPTY = new AnalyzedText("");

  private final String text;
  private char[] chars = new char[0];
  private int[] termEnds = NONE;
  private int[] positionIncrements = NONE;
  private int[] startOffsets = NONE;
  private int[] endOffsets = NONE;
  private int count;
  private int finalOffset;
  private int finalPositionIncrement;

  private AnalyzedText(String text) {
    this.text = text;
  }

  /** Runs {@code text} through {@code analyzer} as field {@code field} would be. */
  static AnalyzedText analyze(Analyzer analyzer, String field, String text) {
    AnalyzedText out = new AnalyzedText(text);
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int used = 0;
      while (stream.incrementToken()) {
        out.grow(used + term.length());
        System.arraycopy(term.buffer(), 0, out.chars, used, term.length());
        used += term.length();
        out.termEnds[out.count] = used;
        out.positionIncrements[out.count] = position.getPositionIncrement();
        out.startOffsets[out.count] = offset.startOffset();
        out.endOffsets[out.count] = offset.endOffset();
        out.count++;
      }
      stream.end();
      out.finalOffset = offset.endOffset();
      out.finalPositionIncrement = position.getPositionIncrement();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyze " + text, e); // only readers throw; a String does not
    }
    return out;
  }

  /**
   * A field that indexes these tokens (not stored), as a {@link TextField} of the text would. Its
   * {@code stringValue()} is still the text, for whoever inspects the document.
   */
  Field field(String name) {
    return new Field(name, text, TextField.TYPE_NOT_STORED) {
      @Override
      public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
        // The indexer hands back the stream it used last for this field name on this thread:
        // reusing it saves building a new attribute source for every value.
        Replay replay = reuse instanceof Replay r ? r : new Replay();
        replay.source = AnalyzedText.this;
        return replay;
      }
    };
  }

  private void grow(int chars) {
    if (chars > this.chars.length) {
      this.chars = Arrays.copyOf(this.chars, Math.max(chars, this.chars.length * 2 + 16));
    }
    if (count == termEnds.length) {
      int size = count * 2 + 8;
      termEnds = Arrays.copyOf(termEnds, size);
      positionIncrements = Arrays.copyOf(positionIncrements, size);
      startOffsets = Arrays.copyOf(startOffsets, size);
      endOffsets = Arrays.copyOf(endOffsets, size);
    }
  }

  /** The recorded tokens of {@code source}, from the first, each time the stream is reset. */
  private static final class Replay extends TokenStream {
    private AnalyzedText source;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position =
        addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private int next;

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }

    @Override
    public boolean incrementToken() {
      AnalyzedText s = source;
      if (next == s.count) {
        return false;
      }
      clearAttributes();
      int from = next == 0 ? 0 : s.termEnds[next - 1];
      term.copyBuffer(s.chars, from, s.termEnds[next] - from);
      position.setPositionIncrement(s.positionIncrements[next]);
      offset.setOffset(s.startOffsets[next], s.endOffsets[next]);
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end(); // clears the attributes and sets the position increment to 0
      position.setPositionIncrement(source.finalPositionIncrement);
      offset.setOffset(source.finalOffset, source.finalOffset);
    }
  }
}
