package org.unioncat.ingest.write;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.marc.Subfield;

/**
 * Writes records as ISO 2709 (MARC "communications format") in UTF-8, one record at a time.
 *
 * <p>Lengths and offsets in the leader and directory are counted in bytes of the UTF-8 encoding,
 * not in characters. The leader's record length (00-04), base address (12-16), indicator and
 * subfield-code counts (10-11, "22") and entry map (20-22, "450") are computed; leader/09 is set
 * to 'a' for MARC21; every other leader position is taken from the record. Fields are written in
 * record order.
 *
 * <p>A record that ISO 2709 cannot carry (over {@value #MAX_RECORD_LENGTH} bytes, a field over
 * {@value #MAX_FIELD_LENGTH} bytes, a non-ASCII tag, indicator or subfield code, or data holding
 * one of the delimiters 0x1D, 0x1E, 0x1F) is refused with {@link UnwritableRecordException} and
 * nothing of it is written. Not thread-safe.
 */
public final class Iso2709Writer implements Closeable, Flushable {
  public static final int MAX_RECORD_LENGTH = 99_999;
  public static final int MAX_FIELD_LENGTH = 9_999;
  static final byte SUBFIELD_DELIMITER = 0x1F;
  static final byte FIELD_TERMINATOR = 0x1E;
  static final byte RECORD_TERMINATOR = 0x1D;
  private static final int DIRECTORY_ENTRY_LENGTH = 12;

  private final OutputStream out;
  private final MarcFlavour flavour;

  /** A writer for records of {@code flavour}; {@link #write(MarcRecord, MarcFlavour)} overrides. */
  public Iso2709Writer(OutputStream out, MarcFlavour flavour) {
    this.out = out;
    this.flavour = flavour;
  }

  /** Writes one record in this writer's flavour. */
  public void write(MarcRecord record) throws IOException {
    write(record, flavour);
  }

  /** Writes one record in the given flavour (a file may mix MARC21 and CNMARC records). */
  public void write(MarcRecord record, MarcFlavour recordFlavour) throws IOException {
    out.write(toBytes(record, recordFlavour));
  }

  /** The complete ISO 2709 encoding of one record, leader to record terminator. */
  public static byte[] toBytes(MarcRecord original, MarcFlavour flavour) {
    MarcRecord record = UnicodeDeclaration.apply(original, flavour);
    List<String> tags = new ArrayList<>();
    List<byte[]> bodies = new ArrayList<>();
    for (MarcField field : record.fields()) {
      checkTag(record, field.tag());
      byte[] body = fieldBytes(record, field);
      if (body.length > MAX_FIELD_LENGTH) {
        throw new UnwritableRecordException(
            record,
            "field " + field.tag() + " is " + body.length + " bytes; ISO 2709 allows "
                + MAX_FIELD_LENGTH);
      }
      tags.add(field.tag());
      bodies.add(body);
    }
    int baseAddress = 24 + DIRECTORY_ENTRY_LENGTH * tags.size() + 1;
    int dataLength = 0;
    for (byte[] body : bodies) {
      dataLength += body.length;
    }
    int recordLength = baseAddress + dataLength + 1;
    if (recordLength > MAX_RECORD_LENGTH) {
      throw new UnwritableRecordException(
          record,
          "it is " + recordLength + " bytes; ISO 2709 allows " + MAX_RECORD_LENGTH
              + " (split the record or drop fields such as 505/520)");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(recordLength);
    bytes.writeBytes(ascii(leader(record, flavour, recordLength, baseAddress)));
    int offset = 0;
    for (int i = 0; i < tags.size(); i++) {
      int length = bodies.get(i).length;
      bytes.writeBytes(ascii(tags.get(i) + pad(length, 4) + pad(offset, 5)));
      offset += length;
    }
    bytes.write(FIELD_TERMINATOR);
    bodies.forEach(bytes::writeBytes);
    bytes.write(RECORD_TERMINATOR);
    return bytes.toByteArray();
  }

  private static String leader(MarcRecord record, MarcFlavour flavour, int length, int base) {
    char[] chars = UnicodeLeader.of(record.leader(), flavour);
    pad(length, 5).getChars(0, 5, chars, 0);
    chars[10] = '2';
    chars[11] = '2';
    pad(base, 5).getChars(0, 5, chars, 12);
    chars[20] = '4';
    chars[21] = '5';
    chars[22] = '0';
    if (!flavour.isUnimarcFamily() || (chars[23] != ' ' && chars[23] != '0')) {
      chars[23] = flavour.isUnimarcFamily() ? ' ' : '0';
    }
    return new String(chars);
  }

  private static byte[] fieldBytes(MarcRecord record, MarcField field) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (field instanceof ControlField control) {
      body.writeBytes(data(record, field.tag(), control.data()));
    } else {
      DataField data = (DataField) field;
      body.write(asciiCode(record, data.tag(), "indicator 1", data.ind1()));
      body.write(asciiCode(record, data.tag(), "indicator 2", data.ind2()));
      for (Subfield subfield : data.subfields()) {
        body.write(SUBFIELD_DELIMITER);
        body.write(asciiCode(record, data.tag(), "subfield code", subfield.code()));
        body.writeBytes(data(record, data.tag(), subfield.value()));
      }
    }
    body.write(FIELD_TERMINATOR);
    return body.toByteArray();
  }

  private static byte[] data(MarcRecord record, String tag, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == 0x1D || c == 0x1E || c == 0x1F) {
        throw new UnwritableRecordException(
            record, "field " + tag + " contains the ISO 2709 delimiter 0x" + Integer.toHexString(c));
      }
    }
    return value.getBytes(StandardCharsets.UTF_8);
  }

  private static int asciiCode(MarcRecord record, String tag, String what, char c) {
    if (c < 0x20 || c > 0x7E) {
      throw new UnwritableRecordException(
          record, "field " + tag + " has a " + what + " that is not one printable ASCII character");
    }
    return c;
  }

  private static void checkTag(MarcRecord record, String tag) {
    if (tag.length() != 3 || !tag.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
      throw new UnwritableRecordException(record, "tag '" + tag + "' is not three ASCII characters");
    }
  }

  private static String pad(int number, int width) {
    String digits = Integer.toString(number);
    return "0".repeat(width - digits.length()) + digits;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
