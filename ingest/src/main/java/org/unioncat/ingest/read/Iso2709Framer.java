package org.unioncat.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.FindingCode;
import org.unioncat.ingest.finding.FindingDetail;

/**
 * Cuts an ISO 2709 byte stream into raw records at the record terminator (0x1D), without
 * decoding them. The leader's record length is used when it points exactly at a terminator; when
 * it does not, the record ends at the next terminator (resynchronization), so one bad length never
 * costs more than its own record. NUL filler, 0x1A (DOS end-of-file), blanks and CR/LF between records
 * are skipped silently; any other bytes between records are skipped and reported (GARBAGE_SKIPPED).
 *
 * <p>Memory is bounded by {@code maxRecordBytes}: a longer record is reported and only its first
 * {@code maxRecordBytes} bytes are kept.
 *
 * <p>Not thread-safe: one thread frames, others may decode the {@link RawRecord}s it returns.
 */
final class Iso2709Framer implements AutoCloseable {
  static final byte RT = 0x1D;
  static final byte FT = 0x1E;
  private static final int LEADER = 24;

  private final InputStream in;
  private final int maxRecordBytes;
  private byte[] buf;
  /** Valid bytes are buf[pos, lim). */
  private int pos;
  private int lim;
  /** Stream offset of buf[0]. */
  private long bufOffset;
  private boolean eof;
  private int ordinal;

  Iso2709Framer(InputStream in, int maxRecordBytes) {
    this.in = in;
    this.maxRecordBytes = Math.max(maxRecordBytes, LEADER + 1);
    this.buf = new byte[1 << 16];
  }

  /** Offset in the input of the next unread byte. */
  long offset() {
    return bufOffset + pos;
  }

  /** The next raw record, or null at the end of the input. */
  RawRecord next() throws IOException {
    List<Finding> pending = new ArrayList<>(0);
    while (true) {
      skipFiller();
      if (!ensure(1)) {
        if (pending.isEmpty()) {
          return null;
        }
        // Garbage at the very end of the file: report it on a record of its own, so that it is
        // not lost (there is no following record to carry the finding).
        return new RawRecord(++ordinal, offset(), new byte[0], pending, false, true);
      }
      long start = offset();
      if (plausibleLeaderAt(0)) {
        return frame(start, pending);
      }
      int term = indexOf(RT, 0, maxRecordBytes);
      int chunk = term >= 0 ? term + 1 : Math.min(lim - pos, maxRecordBytes);
      int leader = findLeader(1, chunk);
      if (leader > 0) {
        pending.add(Finding.of(FindingCode.GARBAGE_SKIPPED, null, null, leader, start));
        pos += leader;
        continue;
      }
      if (term < 0 && chunk < LEADER && isDigit(buf[pos])) {
        // The file ends a few bytes into a record: its leader is cut off.
        pending.add(Finding.of(FindingCode.RECORD_TRUNCATED, null, null, chunk,
            FindingDetail.of("truncated.unknownLength")));
        return take(start, chunk, pending, true, false);
      }
      if (chunk >= LEADER && contains(FT, 0, chunk)) {
        // Not a plausible leader, but fields are there: a record with a damaged leader. The
        // decoder reports the leader and recovers what it can.
        return take(start, chunk, pending, false, term < 0);
      }
      pending.add(Finding.of(FindingCode.GARBAGE_SKIPPED, null, null, chunk, start));
      pos += chunk;
    }
  }

  private RawRecord frame(long start, List<Finding> pending) throws IOException {
    int declared = digits(0, 5);
    if (declared >= LEADER && declared <= maxRecordBytes && ensure(declared)
        && buf[pos + declared - 1] == RT) {
      return take(start, declared, pending, false, false);
    }
    if (declared >= LEADER && declared <= maxRecordBytes && ensure(declared + LEADER)
        && buf[pos + declared - 1] == FT && plausibleLeaderAt(declared)) {
      // The length is right and the next record starts where it says: only the terminator is
      // missing. Scanning for the next terminator would swallow the following record.
      pending.add(Finding.of(FindingCode.RECORD_TERMINATOR_MISSING, null, null));
      return take(start, declared, pending, false, false);
    }
    int term = indexOf(RT, 0, maxRecordBytes);
    if (term >= 0) {
      return take(start, term + 1, pending, false, false);
    }
    int available = lim - pos;
    if (available < maxRecordBytes) {
      // End of input without a terminator.
      if (declared > available) {
        pending.add(
            Finding.of(FindingCode.RECORD_TRUNCATED, null, null, available, declared));
        return take(start, available, pending, true, false);
      }
      pending.add(Finding.of(FindingCode.RECORD_TERMINATOR_MISSING, null, null));
      return take(start, available, pending, false, false);
    }
    return oversize(start, pending);
  }

  /** A record longer than the limit: keep its first bytes, skip the rest up to its terminator. */
  private RawRecord oversize(long start, List<Finding> pending) throws IOException {
    byte[] kept = Arrays.copyOfRange(buf, pos, pos + maxRecordBytes);
    pos += maxRecordBytes;
    long length = maxRecordBytes;
    boolean terminated = false;
    while (ensure(1)) {
      int t = indexOf(RT, 0, lim - pos);
      if (t >= 0) {
        length += t + 1;
        pos += t + 1;
        terminated = true;
        break;
      }
      length += lim - pos;
      pos = lim;
    }
    pending.add(Finding.of(FindingCode.RECORD_TOO_LONG, null, null, length));
    String why = terminated ? FindingDetail.of("unreadable.overLimit", maxRecordBytes)
        : FindingDetail.of("unreadable.overLimitUnterminated", maxRecordBytes);
    pending.add(Finding.of(FindingCode.RECORD_UNREADABLE, null, null, why));
    return new RawRecord(++ordinal, start, kept, pending, !terminated, true);
  }

  private RawRecord take(
      long start, int length, List<Finding> pending, boolean truncated, boolean noTerminator) {
    if (noTerminator && !truncated) {
      pending.add(Finding.of(FindingCode.RECORD_TERMINATOR_MISSING, null, null));
    }
    byte[] bytes = Arrays.copyOfRange(buf, pos, pos + length);
    pos += length;
    return new RawRecord(++ordinal, start, bytes, pending, truncated, false);
  }

  private void skipFiller() throws IOException {
    while (ensure(1)) {
      byte b = buf[pos];
      if (b == 0 || b == 0x1A || b == '\n' || b == '\r' || b == ' ') {
        pos++;
      } else {
        return;
      }
    }
  }

  /**
   * A leader starts at pos+k when its record length (0-4) and base address (12-16) are digits.
   * Checks only what all leaders share, so UNIMARC and damaged 10/11/20-23 still count.
   */
  private boolean plausibleLeaderAt(int k) throws IOException {
    if (!ensure(k + LEADER)) {
      // A short tail: a truncated record if it starts with a length.
      return ensure(k + 5) && digits(k, 5) >= 0 && lim - pos - k < LEADER;
    }
    return digits(k, 5) >= 0 && digits(k + 12, 5) >= 0;
  }

  private int findLeader(int from, int to) throws IOException {
    for (int k = from; k < to; k++) {
      if (isDigit(buf[pos + k]) && ensure(k + LEADER) && plausibleLeaderAt(k)) {
        return k;
      }
    }
    return -1;
  }

  private boolean contains(byte b, int from, int to) {
    for (int i = pos + from; i < pos + to; i++) {
      if (buf[i] == b) {
        return true;
      }
    }
    return false;
  }

  /** The number in buf[pos+k, pos+k+n), or -1 when not all digits. */
  private int digits(int k, int n) {
    int v = 0;
    for (int i = pos + k; i < pos + k + n; i++) {
      if (!isDigit(buf[i])) {
        return -1;
      }
      v = v * 10 + (buf[i] - '0');
    }
    return v;
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  /** Index relative to pos of the first b at or after from, looking at most max bytes from pos. */
  private int indexOf(byte b, int from, int max) throws IOException {
    int i = from;
    while (i < max) {
      if (pos + i >= lim && !ensure(i + 1)) {
        return -1;
      }
      int end = Math.min(lim, pos + max);
      for (int j = pos + i; j < end; j++) {
        if (buf[j] == b) {
          return j - pos;
        }
      }
      i = end - pos;
    }
    return -1;
  }

  /** Makes n bytes available at pos unless the input ends first; true when they are. */
  private boolean ensure(int n) throws IOException {
    if (lim - pos >= n) {
      return true;
    }
    if (eof) {
      return false;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, lim - pos);
      bufOffset += pos;
      lim -= pos;
      pos = 0;
    }
    if (n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(n, Math.min(buf.length * 2, maxRecordBytes + 2 * LEADER)));
    }
    while (lim < n) {
      int r = in.read(buf, lim, buf.length - lim);
      if (r < 0) {
        eof = true;
        return false;
      }
      lim += r;
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
