package org.unioncat.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tab-separated text LOAD DATA reads: exact bytes for every kind of value. */
class LoadDataInsertTest {

  @Test
  void encodesNullsNumbersTextAndBytesWithTheFourEscapes() {
    NewRows rows =
        new NewRows(
            "t", List.of(NewRows.number("n"), NewRows.text("s"), NewRows.bytes("b"), NewRows.text("z")));
    rows.add(42L, "a\tb\nc\\d\u0000e 中", new byte[] {(byte) 0xE1, 0x1D, 0x1E, 0x1F, '\\', 0, 'N'}, null);
    rows.add(-1L, "\\N", new byte[0], "");

    byte[] encoded = LoadDataInsert.encode(rows);

    byte[] expected =
        concat(
            ascii("42\ta\\\tb\\\nc\\\\d\\0e "),
            "中".getBytes(StandardCharsets.UTF_8),
            new byte[] {'\t', (byte) 0xE1, 0x1D, 0x1E, 0x1F, '\\', '\\', '\\', '0', 'N'},
            ascii("\t\\N\n"),
            ascii("-1\t\\\\N\t\t\n"));
    assertThat(encoded).isEqualTo(expected);
  }

  @Test
  void textAlreadyInUtf8IsEncodedLikeTheSameString() {
    String text = "{\"title\":\"Back\\\\slash\ttab 紅樓夢\"}";
    NewRows asString = new NewRows("t", List.of(NewRows.text("s")));
    asString.add(text);
    NewRows asUtf8 = new NewRows("t", List.of(NewRows.text("s")));
    asUtf8.add(new NewRows.Utf8(text.getBytes(StandardCharsets.UTF_8)));

    assertThat(LoadDataInsert.encode(asUtf8)).isEqualTo(LoadDataInsert.encode(asString));
  }

  @Test
  void aLongValueMadeOfEscapedBytesStillFits() {
    NewRows rows = new NewRows("t", List.of(NewRows.bytes("b")));
    byte[] backslashes = new byte[100_000];
    java.util.Arrays.fill(backslashes, (byte) '\\');
    rows.add((Object) backslashes);

    byte[] encoded = LoadDataInsert.encode(rows);

    assertThat(encoded).hasSize(200_001);
    assertThat(encoded[199_999]).isEqualTo((byte) '\\');
    assertThat(encoded[200_000]).isEqualTo((byte) '\n');
  }

  @Test
  void escapesAreFoundAtEveryPositionOfTheEightByteWords() {
    // Lengths 0-40 and each of the four bytes (and bytes next to them: 0x08, 0x0B, 0x5B, 0x5D,
    // 0x01, 0xDC, 0x80) at every position, against a byte-by-byte escaper.
    byte[] special = {'\\', '\t', '\n', 0, 0x08, 0x0B, 0x5B, 0x5D, 0x01, (byte) 0xDC, (byte) 0x80};
    for (int len = 0; len <= 40; len++) {
      for (int at = 0; at < len; at++) {
        for (byte x : special) {
          byte[] value = new byte[len];
          for (int i = 0; i < len; i++) {
            value[i] = (byte) ('a' + i % 26);
          }
          value[at] = x;
          if (at + 9 < len) {
            value[at + 9] = '\\'; // a second one in a later word
          }
          NewRows rows = new NewRows("t", List.of(NewRows.bytes("b")));
          rows.add((Object) value);
          assertThat(LoadDataInsert.encode(rows)).as("len %d, 0x%02X at %d", len, x, at)
              .isEqualTo(concat(escapedOneByOne(value), new byte[] {'\n'}));
        }
      }
    }
  }

  private static byte[] escapedOneByOne(byte[] value) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte x : value) {
      if (x == '\\' || x == '\t' || x == '\n' || x == 0) {
        out.write('\\');
        out.write(x == 0 ? '0' : x);
      } else {
        out.write(x);
      }
    }
    return out.toByteArray();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
