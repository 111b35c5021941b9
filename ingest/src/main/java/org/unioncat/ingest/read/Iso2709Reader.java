package org.unioncat.ingest.read;

import java.io.IOException;

/**
 * Reads ISO 2709 on the caller's thread: frames a record, decodes it, returns it.
 *
 * <p>Not thread-safe: one consumer.
 */
final class Iso2709Reader implements MarcReader {
  private final Iso2709Framer framer;
  private final Iso2709Decoder decoder;

  Iso2709Reader(Iso2709Framer framer, ReadOptions options) {
    this.framer = framer;
    this.decoder = new Iso2709Decoder(options);
  }

  @Override
  public ReadRecord next() throws IOException {
    RawRecord raw = framer.next();
    return raw == null ? null : decoder.decode(raw);
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
    framer.close();
  }
}
