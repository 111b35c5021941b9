package org.unioncat.ingest.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Limits what a gzip-compressed upload may expand to: at most {@link #MAX_RATIO} times the
 * compressed bytes read so far (plus {@link #SLACK} for small files) and never more than
 * {@link #MAX_EXPANDED} in all. MARC text compresses 5-15 times; a ratio of hundreds or
 * thousands is a decompression bomb. Checked as bytes flow, so memory and disk stay untouched.
 */
final class BoundedInflation extends FilterInputStream {
  static final long MAX_RATIO = 100;
  static final long SLACK = 10L << 20;
  static final long MAX_EXPANDED = 16L << 30;

  private final CountingInputStream compressed;
  private final long maxExpanded;
  private long expanded;

  /**
   * @param inflated the decompressing stream
   * @param compressed the compressed bytes under it, counted
   */
  BoundedInflation(InputStream inflated, CountingInputStream compressed, long maxExpanded) {
    super(inflated);
    this.compressed = compressed;
    this.maxExpanded = maxExpanded;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      account(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      account(n);
    }
    return n;
  }

  private void account(int n) throws ExpansionLimitException {
    expanded += n;
    if (expanded > maxExpanded) {
      throw new ExpansionLimitException(
          "The compressed file expands to more than " + (maxExpanded >> 20)
              + " MB; split it into smaller batches.",
          "压缩文件解压后超过 " + (maxExpanded >> 20) + " MB；请拆分为较小的批次。");
    }
    if (expanded > SLACK && expanded > MAX_RATIO * compressed.count()) {
      throw new ExpansionLimitException(
          "The compressed file expands more than " + MAX_RATIO + " times (" + compressed.count()
              + " bytes became over " + expanded + "), far more than MARC records do; it was not read"
              + " further. Send the records uncompressed or compressed normally.",
          "压缩文件解压倍数超过 " + MAX_RATIO + " 倍（" + compressed.count() + " 字节解压出超过 " + expanded
              + " 字节），远超 MARC 记录的正常压缩比，已停止读取。请上传未压缩或正常压缩的文件。");
    }
  }
}
