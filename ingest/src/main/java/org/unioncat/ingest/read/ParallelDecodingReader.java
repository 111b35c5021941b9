package org.unioncat.ingest.read;

import java.io.IOException;

/**
 * Reads ISO 2709 with decoding (directory, character sets, normalization: the expensive part) on
 * a small pool, while framing stays on the caller's thread; records come out in file order, none
 * lost, none reordered, in bounded memory (see {@link OrderedBatches}).
 *
 * <p>Not thread-safe: one consumer calls {@link #next()}.
 */
final class ParallelDecodingReader implements MarcReader {
  private final Iso2709Framer framer;
  private final OrderedBatches<RawRecord, ReadRecord> batches;
  private boolean closed;

  ParallelDecodingReader(Iso2709Framer framer, ReadOptions options) {
    this.framer = framer;
    ThreadLocal<Iso2709Decoder> decoders =
        ThreadLocal.withInitial(() -> new Iso2709Decoder(options));
    this.batches =
        new OrderedBatches<>(
            "marc-decode", options.threads(), framer::next, raw -> decoders.get().decode(raw));
  }

  @Override
  public ReadRecord next() throws IOException {
    if (closed) {
      throw new IOException("the reader is closed");
    }
    return batches.next();
  }

  @Override
  public ContainerFormat format() {
    return ContainerFormat.ISO2709;
  }

  @Override
  public long bytesRead() {
    return framer.offset();
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    batches.close();
    framer.close();
  }
}
