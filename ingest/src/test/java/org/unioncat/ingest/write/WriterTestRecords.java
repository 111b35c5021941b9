package org.unioncat.ingest.write;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.marc4j.MarcReader;
import org.marc4j.marc.Record;
import org.marc4j.marc.VariableField;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.marc.Subfield;

/**
 * Records built in code for the writer tests, and marc4j (an independent reader) to read the
 * writers' output back into UnionCat's model.
 */
final class WriterTestRecords {
  private WriterTestRecords() {}

  /** An English book with a Greek title and combining characters (NFC where possible). */
  static MarcRecord greekAndCombining() {
    return new MarcRecord(
        Leader.defaultBook(),
        List.of(
            new ControlField("001", "ocm05123456"),
            new ControlField("008", "790522s1979    gw            000 0 grc d"),
            DataField.of("020", ' ', ' ', 'a', "3519012718"),
            DataField.of("100", '0', ' ', 'a', "Homer.", 'q', "Ὅμηρος"),
            DataField.of(
                "245", '1', '0', 'a', "Ὀδύσσεια /", 'c', "Homerus ; edidit Peter Von der Mühll."),
            // q + U+0307 (COMBINING DOT ABOVE) has no precomposed form: stays two code points.
            DataField.of("246", '3', ' ', 'a', "Odysseia q\u0307 & <critica>"),
            DataField.of("260", ' ', ' ', 'a', "Stuttgart :", 'b', "Teubner,", 'c', "1979."),
            DataField.of("300", ' ', ' ', 'a', "xxv, 456 p. ;", 'c', "19 cm.")));
  }

  /** A CNMARC record of a Chinese book (values from the dp2 sample). */
  static MarcRecord chineseCnmarc() {
    return new MarcRecord(
        new Leader("01576nam0 2200409   4500"),
        List.of(
            new ControlField("001", "990002180740203961"),
            DataField.of("010", ' ', ' ', 'a', "7-5037-1744-0", 'd', "CNY68.00"),
            DataField.of("100", ' ', ' ', 'a', "20020204d1994    em y0chiy50      ea"),
            DataField.of("101", '0', ' ', 'a', "chi"),
            DataField.of("200", '1', ' ', 'a', "'94中国发展报告", 'f', "国家统计局编"),
            DataField.of("210", ' ', ' ', 'a', "北京", 'c', "中国统计出版社", 'd', "1994"),
            DataField.of("215", ' ', ' ', 'a', "320页", 'c', "图", 'd', "27cm"),
            DataField.of("701", ' ', '0', 'a', "叶震", '4', "主编"),
            DataField.of("905", ' ', ' ', 'a', "BNU", 'd', "F124", 'e', "26")));
  }

  static MarcRecord fromMarc4j(Record in) {
    List<MarcField> fields = new ArrayList<>();
    for (VariableField field : in.getVariableFields()) {
      if (field instanceof org.marc4j.marc.ControlField control) {
        fields.add(new ControlField(control.getTag(), control.getData()));
      } else {
        org.marc4j.marc.DataField data = (org.marc4j.marc.DataField) field;
        List<Subfield> subfields = new ArrayList<>();
        data.getSubfields().forEach(s -> subfields.add(new Subfield(s.getCode(), s.getData())));
        fields.add(
            new DataField(data.getTag(), data.getIndicator1(), data.getIndicator2(), subfields));
      }
    }
    return new MarcRecord(new Leader(in.getLeader().marshal()), fields);
  }

  static List<MarcRecord> readAll(MarcReader reader) {
    List<MarcRecord> out = new ArrayList<>();
    while (reader.hasNext()) {
      out.add(fromMarc4j(reader.next()));
    }
    return out;
  }

  static ByteArrayInputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }
}
