package org.unioncat.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.FindingCode;
import org.unioncat.ingest.finding.FindingMessages;
import org.unioncat.ingest.marc.MarcRecord;

class XmlAndJsonReadingTest {
  private static final String RECORD = "<record><leader>00000nam a2200000 a 4500</leader>"
      + "<controlfield tag=\"001\">x1</controlfield>"
      + "<datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><subfield code=\"a\">%s</subfield>"
      + "</datafield></record>";

  private static List<ReadRecord> xml(String s) {
    return Reads.bytes(s.getBytes(StandardCharsets.UTF_8), Reads.sequential());
  }

  @Test
  void externalEntityIsRefusedAndNothingIsRead() {
    String doc = "<?xml version=\"1.0\"?><!DOCTYPE collection [<!ENTITY xxe SYSTEM"
        + " \"file:///etc/passwd\">]><collection>" + String.format(RECORD, "&xxe;")
        + "</collection>";
    List<ReadRecord> rs = xml(doc);
    assertThat(rs).hasSize(1);
    assertThat(rs.get(0).record()).isEmpty();
    assertThat(Reads.codes(rs)).containsExactly(FindingCode.XML_MALFORMED);
    assertThat(rs.get(0).raw()).isEmpty();
  }

  @Test
  void billionLaughsIsRefusedWithoutExpansion() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"")
          .append(("&lol" + (i == 1 ? "" : String.valueOf(i - 1)) + ";").repeat(10))
          .append("\">");
    }
    dtd.append("]>");
    List<ReadRecord> rs = xml("<?xml version=\"1.0\"?>" + dtd + "<collection>"
        + String.format(RECORD, "&lol9;") + "</collection>");
    assertThat(rs).hasSize(1);
    assertThat(rs.get(0).record()).isEmpty();
    Finding f = rs.get(0).findings().get(0);
    assertThat(f.code()).isEqualTo(FindingCode.XML_MALFORMED);
    // The reason is a localized detail: check it as rendered.
    assertThat(f.message(Locale.ENGLISH)).contains("DOCTYPE");
    assertThat(f.message(FindingMessages.CHINESE)).contains("文件声明了文档类型（DOCTYPE）");
  }

  @Test
  void recordsBeforeAnXmlErrorComeBackAndTheErrorIsTheLastRecord() {
    List<ReadRecord> rs = xml("<collection>" + String.format(RECORD, "One")
        + String.format(RECORD, "Two") + "<record><leader>broken</collection>");
    assertThat(rs).hasSize(3);
    assertThat(Reads.record(rs.get(1)).firstValue("245", 'a')).contains("Two");
    Finding f = rs.get(2).findings().get(0);
    assertThat(f.code()).isEqualTo(FindingCode.XML_MALFORMED);
    assertThat(f.args().get(0)).isEqualTo("1");
    assertThat(Integer.parseInt(f.args().get(1))).isPositive();
  }

  @Test
  void xmlRawBytesAreTheRecordSerializedAsUtf8() {
    ReadRecord r = xml("<c xmlns=\"http://www.loc.gov/MARC21/slim\">"
        + String.format(RECORD, "Caf\u00e9 &amp; bar") + "</c>").get(0);
    String raw = new String(r.raw(), StandardCharsets.UTF_8);
    assertThat(raw).startsWith("<record xmlns=\"http://www.loc.gov/MARC21/slim\"><leader>")
        .contains("<subfield code=\"a\">Caf\u00e9 &amp; bar</subfield>");
    assertThat(Reads.record(r).firstValue("245", 'a')).contains("Caf\u00e9 & bar");
  }

  @Test
  void namespacesAndEnvelopesDoNotMatter() {
    List<ReadRecord> sru = Reads.fixture("dp2/sample_unimarcxml.xml");
    List<ReadRecord> nlc = Reads.fixture("dp2/sample_cnmarcxml.xml");
    assertThat(sru).hasSize(10);
    for (int i = 0; i < 10; i++) {
      assertThat(Reads.record(sru.get(i)).fields()).isEqualTo(Reads.record(nlc.get(i)).fields());
    }
    assertThat(Reads.fixture("reservoir/oai-response-1.xml")).hasSize(3);
  }

  @Test
  void marcJsonOneObjectPerLineArrayAndSingleObjectAllRead() {
    String one = "{\"leader\":\"00000nam a2200000 a 4500\",\"fields\":[{\"001\":\"j1\"},"
        + "{\"245\":{\"ind1\":\"1\",\"ind2\":\"0\",\"subfields\":[{\"a\":\"Cafe\\u0301\"}]}}]}";
    List<ReadRecord> lines = Reads.bytes((one + "\n" + one + "\n").getBytes(StandardCharsets.UTF_8),
        Reads.sequential());
    List<ReadRecord> array = Reads.bytes(("[" + one + "," + one + "]").getBytes(
        StandardCharsets.UTF_8), Reads.sequential());
    assertThat(lines).hasSize(2);
    assertThat(array).hasSize(2);
    MarcRecord r = Reads.record(array.get(1));
    assertThat(r.localId()).contains("j1");
    assertThat(r.firstValue("245", 'a')).contains("Caf\u00e9");
    assertThat(array.get(1).findings()).isEmpty();
    assertThat(array.get(1).format()).isEqualTo(ContainerFormat.MARC_JSON);
    assertThat(Reads.fixture("pymarc/batch.json")).hasSize(2);
  }

  @Test
  void brokenJsonIsReportedWithItsPosition() {
    List<ReadRecord> rs =
        Reads.fixture("reservoir-goldrush/test__records__invalid-1-broken-json.json");
    assertThat(rs).hasSize(1);
    Finding f = rs.get(0).findings().get(0);
    assertThat(f.code()).isEqualTo(FindingCode.JSON_MALFORMED);
    assertThat(f.message(Locale.ENGLISH)).contains("(line 13, column 11)");
    assertThat(f.message(FindingMessages.CHINESE))
        .contains("JSON 解析器报告：“Unexpected character").contains("（第 13 行第 11 列）");
  }
}
