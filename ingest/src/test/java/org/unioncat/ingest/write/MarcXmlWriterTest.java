package org.unioncat.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.marc4j.MarcXmlReader;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.w3c.dom.Document;

class MarcXmlWriterTest {

  @Test
  void collectionOfRecordsRoundTripsThroughAnIndependentReader() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MarcXmlWriter writer = new MarcXmlWriter(out, MarcFlavour.MARC21)) {
      writer.write(WriterTestRecords.greekAndCombining());
      writer.write(WriterTestRecords.chineseCnmarc(), MarcFlavour.CNMARC);
    }

    List<MarcRecord> back =
        WriterTestRecords.readAll(new MarcXmlReader(WriterTestRecords.in(out.toByteArray())));

    assertThat(back).hasSize(2);
    assertThat(back.get(0).fields()).isEqualTo(WriterTestRecords.greekAndCombining().fields());
    assertThat(back.get(0).leader().value()).isEqualTo("00000nam a2200000 i 4500");
    assertThat(back.get(1).fields()).isEqualTo(WriterTestRecords.chineseCnmarc().fields());
  }

  @Test
  void outputIsNamespacedWellFormedXmlWithMarkupEscaped() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MarcXmlWriter writer = new MarcXmlWriter(out, MarcFlavour.MARC21)) {
      writer.write(WriterTestRecords.greekAndCombining());
    }
    String xml = out.toString(StandardCharsets.UTF_8);

    assertThat(xml).contains("<collection xmlns=\"http://www.loc.gov/MARC21/slim\">");
    assertThat(xml).contains("Odysseia q\u0307 &amp; &lt;critica&gt;");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc =
        factory.newDocumentBuilder().parse(WriterTestRecords.in(out.toByteArray()));
    assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(MarcXmlWriter.NAMESPACE);
    assertThat(doc.getElementsByTagNameNS(MarcXmlWriter.NAMESPACE, "record").getLength())
        .isEqualTo(1);
  }

  @Test
  void controlCharactersIllegalInXml10AreReplacedAndCounted() throws Exception {
    MarcRecord record =
        new MarcRecord(
            Leader.defaultBook(),
            List.of(DataField.of("245", '0', '0', 'a', "Bell\u0007 and form\u000cfeed\ttab")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MarcXmlWriter writer = new MarcXmlWriter(out, MarcFlavour.MARC21);
    writer.write(record);
    writer.close();

    assertThat(writer.replacedCharacters()).isEqualTo(2);
    List<MarcRecord> back =
        WriterTestRecords.readAll(new MarcXmlReader(WriterTestRecords.in(out.toByteArray())));
    assertThat(back.get(0).firstValue("245", 'a')).hasValue("Bell\uFFFD and form\uFFFDfeed\ttab");
  }

  @Test
  void closingWithoutRecordsWritesAnEmptyCollection() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new MarcXmlWriter(out, MarcFlavour.MARC21).close();

    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<collection xmlns=\"http://www.loc.gov/MARC21/slim\">\n</collection>\n");
  }
}
