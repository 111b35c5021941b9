package org.unioncat.ingest.store;

import java.io.ByteArrayInputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.Arrays;

/**
 * Writes {@link NewRows} with {@code LOAD DATA LOCAL INFILE}, the rows encoded as tab-separated
 * text in memory and streamed to the server through Connector/J
 * ({@code JdbcStatement#setLocalInfileInputStream}); no file is read or written.
 *
 * <p>Why: profiling a 100,000-record load showed Connector/J spending more CPU on the batched
 * INSERT than all of reading, validating and normalizing together — every raw record (binary
 * ISO 2709) and every normalized view is escaped into SQL text through a growing byte stream, and
 * the multi-row rewrite encodes each value twice (once to size the packets, once to send them).
 * Here each value is escaped once, with bulk copies between the few bytes that need it.
 *
 * <p>Used for MySQL/MariaDB connections whose URL allows {@code LOAD DATA LOCAL}
 * ({@code allowLoadLocalInfile=true}); everything else goes through {@link BatchedInsert}. It runs
 * inside the caller's transaction like any INSERT (InnoDB). With {@code LOCAL} the server turns
 * data errors into warnings and skips rows instead of failing, so any warning or a row count
 * other than the number of rows sent fails the chunk (the caller rolls it back).
 */
final class LoadDataInsert {
  private static final String CONNECTOR_J = "com.mysql.cj.jdbc.JdbcConnection";

  private LoadDataInsert() {}

  /** Whether {@code c} is a Connector/J connection that may use {@code LOAD DATA LOCAL}. */
  static boolean usable(Connection c) throws SQLException {
    Class<?> connectorJ;
    try {
      connectorJ = Class.forName(CONNECTOR_J, false, LoadDataInsert.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return false; // no MySQL driver on the class path: H2 only
    }
    return c.isWrapperFor(connectorJ) && ConnectorJ.allowsLocalInfile(c);
  }

  static void write(Connection c, NewRows rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    Buffer data = encodeToBuffer(rows);
    String sql =
        "LOAD DATA LOCAL INFILE 'unioncat-" + rows.table() + "' INTO TABLE " + rows.table()
            + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\'"
            + " LINES TERMINATED BY '\\n' (" + rows.columnList() + ")";
    try (Statement s = c.createStatement()) {
      ConnectorJ.streamNextLocalInfile(s, new ByteArrayInputStream(data.bytes, 0, data.length));
      long loaded = s.executeLargeUpdate(sql);
      SQLWarning warning = s.getWarnings();
      if (loaded != rows.rows().size() || warning != null) {
        throw new SQLException(
            "LOAD DATA into " + rows.table() + " stored " + loaded + " of " + rows.rows().size()
                + " rows" + (warning == null ? "" : "; server warning: " + warning.getMessage()));
      }
    }
  }

  /**
   * The rows as the server reads them back with the statement above: fields separated by TAB,
   * rows ended by LF, null as {@code \N}, and in the values backslash, TAB and LF preceded by a
   * backslash and NUL written as {@code \0} (what {@code SELECT ... INTO OUTFILE} writes). Text is
   * UTF-8; bytes go as they are. Multi-byte UTF-8 sequences never contain these four ASCII bytes,
   * so escaping the encoded bytes is exact.
   */
  static byte[] encode(NewRows rows) {
    return encodeToBuffer(rows).toArray();
  }

  /**
   * {@link #encode} without the final copy. The buffer is sized from the values first (a chunk's
   * raw records and normalized views are about a megabyte and a half: growing a small buffer to
   * that size by doubling copied it four times over).
   */
  private static Buffer encodeToBuffer(NewRows rows) {
    Buffer out = new Buffer(sizeOf(rows));
    for (Object[] row : rows.rows()) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          out.put((byte) '\t');
        }
        Object v = row[i];
        if (v == null) {
          out.put((byte) '\\');
          out.put((byte) 'N');
        } else if (v instanceof Long l) {
          out.putAscii(Long.toString(l));
        } else if (v instanceof String s) {
          out.putEscaped(s.getBytes(StandardCharsets.UTF_8));
        } else if (v instanceof NewRows.Utf8 u) {
          out.putEscaped(u.bytes());
        } else if (v instanceof byte[] b) {
          out.putEscaped(b);
        } else {
          throw new IllegalArgumentException("unsupported column value " + v.getClass());
        }
      }
      out.put((byte) '\n');
    }
    return out;
  }

  /**
   * The encoded size of {@code rows} when nothing needs escaping and text is ASCII (strings are
   * short columns here); the buffer grows for the rest.
   */
  private static int sizeOf(NewRows rows) {
    long size = 0;
    for (Object[] row : rows.rows()) {
      for (Object v : row) {
        size += 1; // the TAB or LF after it
        if (v == null) {
          size += 2;
        } else if (v instanceof Long) {
          size += 20;
        } else if (v instanceof String str) {
          size += str.length();
        } else if (v instanceof NewRows.Utf8 u) {
          size += u.bytes().length;
        } else if (v instanceof byte[] b) {
          size += b.length;
        }
      }
    }
    return (int) Math.min(size + 64, Integer.MAX_VALUE - 16);
  }

  /** A growable byte array (ByteArrayOutputStream copies and synchronizes more than needed). */
  private static final class Buffer {
    private static final VarHandle LONGS =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private byte[] bytes;
    private int length;

    Buffer(int capacity) {
      bytes = new byte[Math.max(capacity, 64)];
    }

    void put(byte b) {
      ensure(1);
      bytes[length++] = b;
    }

    void putAscii(String s) {
      ensure(s.length());
      for (int i = 0; i < s.length(); i++) {
        bytes[length++] = (byte) s.charAt(i);
      }
    }

    void putEscaped(byte[] b) {
      int i = nextToEscape(b, 0);
      if (i == b.length) {
        ensure(b.length); // the common case: nothing to escape, one copy
        System.arraycopy(b, 0, bytes, length, b.length);
        length += b.length;
        return;
      }
      // At most every byte doubles; reserving that once keeps the loop free of checks.
      ensure(2 * b.length);
      int from = 0;
      while (i < b.length) {
        int run = i - from;
        System.arraycopy(b, from, bytes, length, run);
        length += run;
        bytes[length++] = '\\';
        bytes[length++] = b[i] == 0 ? (byte) '0' : b[i];
        from = i + 1;
        i = nextToEscape(b, from);
      }
      int run = b.length - from;
      System.arraycopy(b, from, bytes, length, run);
      length += run;
    }

    /**
     * The position of the first backslash, TAB, LF or NUL at or after {@code from}, or the length.
     * Eight bytes at a time: almost no value has one, and testing words instead of comparing each
     * byte four times was most of the chunk writer's CPU in a profile of a load.
     */
    private static int nextToEscape(byte[] b, int from) {
      int i = from;
      while (i + 8 <= b.length && !hasByteToEscape((long) LONGS.get(b, i))) {
        i += 8;
      }
      for (; i < b.length; i++) {
        byte x = b[i];
        if (x == '\\' || x == '\t' || x == '\n' || x == 0) {
          return i;
        }
      }
      return i;
    }

    /**
     * Whether any of the eight bytes of {@code word} is a backslash, TAB, LF or NUL: the classic
     * "has a zero byte" test ({@code (x - 0x01..) & ~x & 0x80..}, exact as to whether there is
     * one) on the word and on the word XORed with each of the other three bytes.
     */
    private static boolean hasByteToEscape(long word) {
      return (hasZeroByte(word)
              | hasZeroByte(word ^ 0x0909090909090909L)
              | hasZeroByte(word ^ 0x0A0A0A0A0A0A0A0AL)
              | hasZeroByte(word ^ 0x5C5C5C5C5C5C5C5CL))
          != 0;
    }

    private static long hasZeroByte(long x) {
      return (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
    }

    private void ensure(int more) {
      if (length + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
      }
    }

    byte[] toArray() {
      return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
    }
  }

  /**
   * The only code that names Connector/J classes; loaded only after {@link #usable} found the
   * driver, so an H2-only class path never needs it.
   */
  private static final class ConnectorJ {
    static boolean allowsLocalInfile(Connection c) throws SQLException {
      com.mysql.cj.jdbc.JdbcConnection mysql = c.unwrap(com.mysql.cj.jdbc.JdbcConnection.class);
      return mysql
          .getPropertySet()
          .getBooleanProperty(com.mysql.cj.conf.PropertyKey.allowLoadLocalInfile)
          .getValue();
    }

    static void streamNextLocalInfile(Statement s, java.io.InputStream in) throws SQLException {
      s.unwrap(com.mysql.cj.jdbc.JdbcStatement.class).setLocalInfileInputStream(in);
    }
  }
}
