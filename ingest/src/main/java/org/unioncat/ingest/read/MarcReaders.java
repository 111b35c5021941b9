package org.unioncat.ingest.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens a {@link MarcReader} over an upload: un-gzips it when it is gzip-compressed (refusing
 * decompression bombs, see {@link BoundedInflation}; ZIP archives are not read), tells the
 * container from its first bytes (after any byte-order mark and white space: {@code <} MARCXML,
 * {@code {} or {@code [} MARC-in-JSON, five digits ISO 2709) unless {@link ReadOptions#format()}
 * says, and decodes ISO 2709 on {@link ReadOptions#threads()} threads.
 *
 * <p>Stateless and thread-safe; the readers it returns are not (one consumer each).
 */
public final class MarcReaders {
  private static final int SNIFF = 8192;

  private MarcReaders() {}

  /**
   * A reader over the stream, which the reader owns and closes.
   *
   * @throws UnreadableInputException when the input is none of the containers UnionCat reads
   * @throws IOException when the stream cannot be read ({@link ExpansionLimitException} when a
   *     compressed input expands beyond the limits; {@code next()} may throw it too)
   */
  public static MarcReader open(InputStream in, ReadOptions options) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    try {
      InputStream data = buffered;
      byte[] magic = peek(buffered, 2);
      if (magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B) {
        CountingInputStream compressed = new CountingInputStream(buffered);
        data =
            new BufferedInputStream(
                new BoundedInflation(
                    new GZIPInputStream(compressed, 1 << 16), compressed, BoundedInflation.MAX_EXPANDED),
                1 << 16);
      }
      byte[] head = peek(data, SNIFF);
      ContainerFormat format =
          options.format().isPresent() ? options.format().get() : ContainerSniffer.detect(head);
      CountingInputStream counted = new CountingInputStream(data);
      switch (format) {
        case MARCXML:
          return new MarcXmlReader(counted, options);
        case MARC_JSON:
          return new MarcJsonReader(counted, options);
        case ISO2709:
        default:
          Iso2709Framer framer = new Iso2709Framer(counted, options.maxRecordBytes());
          return options.threads() > 1
              ? new ParallelDecodingReader(framer, options)
              : new Iso2709Reader(framer, options);
      }
    } catch (IOException | RuntimeException e) {
      buffered.close();
      throw e;
    }
  }

  /** A reader over the file. */
  public static MarcReader open(Path file, ReadOptions options) throws IOException {
    return open(Files.newInputStream(file), options);
  }

  private static byte[] peek(InputStream in, int n) throws IOException {
    in.mark(n);
    byte[] head = in.readNBytes(n);
    in.reset();
    return head;
  }
}
