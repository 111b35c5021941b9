package org.unioncat.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marc4j.MarcJsonReader;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MarcJsonWriterTest {

  @Test
  void recordIsWrittenInTheMarcInJsonShape() {
    MarcRecord record =
        new MarcRecord(
            new Leader("00000nam  2200000 i 4500"),
            List.of(
                new ControlField("001", "ocm1"),
                DataField.of("245", '1', '0', 'a', "Café \"quoted\"", 'c', "Ὅμηρος")));

    assertThat(MarcJsonWriter.toJson(record, MarcFlavour.MARC21))
        .isEqualTo(
            "{\"leader\":\"00000nam a2200000 i 4500\",\"fields\":[{\"001\":\"ocm1\"},"
                + "{\"245\":{\"ind1\":\"1\",\"ind2\":\"0\",\"subfields\":"
                + "[{\"a\":\"Café \\\"quoted\\\"\"},{\"c\":\"Ὅμηρος\"}]}}]}");
  }

  @Test
  void lineLayoutRoundTripsThroughAnIndependentReader() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MarcJsonWriter writer =
        new MarcJsonWriter(out, MarcFlavour.MARC21, MarcJsonWriter.Layout.LINES)) {
      writer.write(WriterTestRecords.greekAndCombining());
      writer.write(WriterTestRecords.chineseCnmarc(), MarcFlavour.CNMARC);
    }

    List<MarcRecord> back =
        WriterTestRecords.readAll(new MarcJsonReader(WriterTestRecords.in(out.toByteArray())));

    assertThat(back).hasSize(2);
    assertThat(back.get(0).fields()).isEqualTo(WriterTestRecords.greekAndCombining().fields());
    assertThat(back.get(1).fields()).isEqualTo(WriterTestRecords.chineseCnmarc().fields());
    assertThat(back.get(1).leader().value()).isEqualTo("01576nam0 2200409   4500");
  }

  @Test
  void arrayLayoutHoldsOneObjectPerRecord() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MarcJsonWriter writer = new MarcJsonWriter(out, MarcFlavour.CNMARC)) {
      writer.write(WriterTestRecords.chineseCnmarc());
      writer.write(WriterTestRecords.chineseCnmarc());
    }

    JsonNode tree = JsonMapper.builder().build().readTree(out.toByteArray());
    assertThat(tree.isArray()).isTrue();
    assertThat(tree.size()).isEqualTo(2);
    assertThat(tree.get(1).get("fields").get(4).get("200").get("subfields").get(0).get("a")
            .asString())
        .isEqualTo("'94中国发展报告");
  }

  @Test
  void closingWithoutRecordsWritesAnEmptyArray() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new MarcJsonWriter(out, MarcFlavour.MARC21).close();

    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("[]");
  }
}
