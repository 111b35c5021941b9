package org.unioncat.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marc4j.MarcStreamReader;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;

class Iso2709WriterTest {

  @Test
  void smallRecordIsEncodedToTheExactBytesComputedByHand() {
    MarcRecord record =
        new MarcRecord(
            new Leader("00000nam  2200000 i 4500"),
            List.of(
                new ControlField("001", "ocm1"),
                DataField.of("245", '1', '0', 'a', "Café")));

    byte[] bytes = Iso2709Writer.toBytes(record, MarcFlavour.MARC21);

    // 001: "ocm1" + FT = 5 bytes at offset 0.
    // 245: "10" + US "a" + "Café" (é is 2 bytes in UTF-8, so 5 bytes) + FT = 2+2+5+1 = 10 bytes
    //      at offset 5.
    // Directory: 2 entries x 12 + FT = 25, so base address = 24 + 25 = 49.
    // Record length = 49 + 5 + 10 + RT = 65. Leader/09 becomes 'a' (UTF-8, MARC21).
    String expected =
        "00065nam a2200049 i 4500"
            + "001000500000"
            + "245001000005"
            + "\u001e"
            + "ocm1\u001e"
            + "10\u001faCafé\u001e"
            + "\u001d";
    assertThat(bytes).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    assertThat(bytes).hasSize(65);
  }

  @Test
  void lengthsAreCountedInBytesForChineseText() {
    byte[] bytes = Iso2709Writer.toBytes(WriterTestRecords.chineseCnmarc(), MarcFlavour.CNMARC);

    String leader = new String(bytes, 0, 24, StandardCharsets.US_ASCII);
    assertThat(Integer.parseInt(leader.substring(0, 5))).isEqualTo(bytes.length);
    int base = Integer.parseInt(leader.substring(12, 17));
    assertThat(base).isEqualTo(24 + 9 * 12 + 1);
    assertThat(bytes[base - 1]).isEqualTo((byte) 0x1E);
    // UNIMARC leaves leader/09 alone; the entry map is 450 and 23 stays blank or zero.
    assertThat(leader.charAt(9)).isEqualTo(' ');
    assertThat(leader.substring(20, 23)).isEqualTo("450");
    assertThat(bytes[bytes.length - 1]).isEqualTo((byte) 0x1D);
  }

  @Test
  void recordsRoundTripThroughAnIndependentReader() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Iso2709Writer writer = new Iso2709Writer(out, MarcFlavour.MARC21)) {
      writer.write(WriterTestRecords.greekAndCombining());
      writer.write(WriterTestRecords.chineseCnmarc(), MarcFlavour.CNMARC);
    }

    List<MarcRecord> back =
        WriterTestRecords.readAll(
            new MarcStreamReader(WriterTestRecords.in(out.toByteArray()), "UTF-8"));

    assertThat(back).hasSize(2);
    assertThat(back.get(0).fields()).isEqualTo(WriterTestRecords.greekAndCombining().fields());
    assertThat(back.get(1).fields()).isEqualTo(WriterTestRecords.chineseCnmarc().fields());
    int firstLength =
        Iso2709Writer.toBytes(WriterTestRecords.greekAndCombining(), MarcFlavour.MARC21).length;
    assertThat(back.get(0).leader().value()).startsWith(String.format("%05dnam a", firstLength));
  }

  @Test
  void recordOver99999BytesIsRefusedAndNothingIsWritten() {
    List<DataField> notes = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      notes.add(DataField.of("500", ' ', ' ', 'a', "x".repeat(9_000)));
    }
    List<org.unioncat.ingest.marc.MarcField> fields = new java.util.ArrayList<>();
    fields.add(new ControlField("001", "big-1"));
    fields.addAll(notes);
    MarcRecord big = new MarcRecord(Leader.defaultBook(), fields);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Iso2709Writer writer = new Iso2709Writer(out, MarcFlavour.MARC21);

    assertThatThrownBy(() -> writer.write(big))
        .isInstanceOf(UnwritableRecordException.class)
        .hasMessageContaining("001=big-1")
        .hasMessageContaining("99999");
    assertThat(out.size()).isZero();
  }

  @Test
  void fieldOver9999BytesIsRefused() {
    MarcRecord record =
        new MarcRecord(
            Leader.defaultBook(),
            List.of(DataField.of("520", ' ', ' ', 'a', "长".repeat(3_400)))); // 10,200 bytes

    assertThatThrownBy(() -> Iso2709Writer.toBytes(record, MarcFlavour.MARC21))
        .isInstanceOf(UnwritableRecordException.class)
        .hasMessageContaining("field 520");
  }

  @Test
  void dataContainingADelimiterIsRefused() {
    MarcRecord record =
        new MarcRecord(
            Leader.defaultBook(), List.of(DataField.of("245", '0', '0', 'a', "Bad\u001ebytes")));

    assertThatThrownBy(() -> Iso2709Writer.toBytes(record, MarcFlavour.MARC21))
        .isInstanceOf(UnwritableRecordException.class)
        .hasMessageContaining("delimiter");
  }
}
