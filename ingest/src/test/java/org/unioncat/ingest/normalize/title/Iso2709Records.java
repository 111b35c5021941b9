package org.unioncat.ingest.normalize.title;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.unioncat.ingest.Fixtures;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.marc.Subfield;

/**
 * Test helper: the first record of a small, well-formed UTF-8 (or plain ASCII) ISO 2709 fixture as
 * a {@link MarcRecord}, so normalization tests can run on real records without depending on the
 * readers being written in parallel. Not a reader: no MARC-8, no repairs of broken lengths.
 */
final class Iso2709Records {
  private static final byte FIELD_END = 0x1E;
  private static final byte SUBFIELD = 0x1F;
  private static final int DIRECTORY_ENTRY = 12;

  private Iso2709Records() {}

  static MarcRecord first(String fixture) {
    byte[] bytes = Fixtures.bytes(fixture);
    int baseAddress = Integer.parseInt(ascii(bytes, 12, 17));
    List<MarcField> fields = new ArrayList<>();
    for (int at = 24; bytes[at] != FIELD_END; at += DIRECTORY_ENTRY) {
      String tag = ascii(bytes, at, at + 3);
      int length = Integer.parseInt(ascii(bytes, at + 3, at + 7));
      int start = baseAddress + Integer.parseInt(ascii(bytes, at + 7, at + 12));
      byte[] data = Arrays.copyOfRange(bytes, start, start + length - 1); // without FIELD_END
      if (MarcField.isControlTag(tag)) {
        fields.add(new ControlField(tag, new String(data, StandardCharsets.UTF_8)));
      } else {
        fields.add(dataField(tag, data));
      }
    }
    return new MarcRecord(new Leader(ascii(bytes, 0, 24)), fields);
  }

  private static DataField dataField(String tag, byte[] data) {
    List<Subfield> subs = new ArrayList<>();
    int i = 2;
    while (i < data.length) {
      if (data[i] != SUBFIELD) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < data.length && data[end] != SUBFIELD) {
        end++;
      }
      if (end > i + 1) {
        subs.add(
            new Subfield(
                (char) data[i + 1], new String(data, i + 2, end - i - 2, StandardCharsets.UTF_8)));
      }
      i = end;
    }
    return new DataField(tag, (char) data[0], (char) data[1], subs);
  }

  private static String ascii(byte[] bytes, int from, int to) {
    return new String(bytes, from, to - from, StandardCharsets.US_ASCII);
  }
}
