package org.unioncat.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.unioncat.ingest.finding.FindingCode;
import org.unioncat.ingest.finding.FindingMessages;
import org.unioncat.ingest.marc.DataField;

/** The readers' limits against hostile input: each ends in a documented finding or exception. */
class HostileReadingTest {
  private static final String RECORD = "<record><leader>00000nam a2200000 a 4500</leader>"
      + "<controlfield tag=\"001\">x1</controlfield>"
      + "<datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><subfield code=\"a\">%s</subfield>"
      + "</datafield></record>";

  private static List<ReadRecord> read(String s) {
    return Reads.bytes(s.getBytes(StandardCharsets.UTF_8), Reads.sequential());
  }

  @Test
  void xmlNestedTooDeepEndsTheFile() {
    List<ReadRecord> rs = read("<collection>" + "<x>".repeat(200) + "</x>".repeat(200) + "</collection>");
    assertThat(rs).hasSize(1);
    assertThat(Reads.codes(rs)).containsExactly(FindingCode.XML_MALFORMED);
    assertThat(rs.get(0).findings().get(0).message(Locale.ENGLISH)).contains("nested more than 64 levels deep");
    assertThat(rs.get(0).findings().get(0).message(FindingMessages.CHINESE)).contains("元素嵌套超过 64 层");
  }

  @Test
  void envelopesWithinTheDepthLimitStillRead() {
    String wrapped = "<a><b><c><d><e><f><g><h><collection>" + String.format(RECORD, "Title")
        + "</collection></h></g></f></e></d></c></b></a>";
    List<ReadRecord> rs = read(wrapped);
    assertThat(rs).hasSize(1);
    assertThat(Reads.record(rs.get(0)).fields()).hasSize(2);
  }

  @Test
  void xmlTextLongerThanARecordIsCutAndReported() {
    List<ReadRecord> rs = read("<collection>" + String.format(RECORD, "y".repeat(500_000)) + "</collection>");
    assertThat(rs).hasSize(1);
    DataField title = (DataField) Reads.record(rs.get(0)).fields().get(1);
    assertThat(title.subfields().get(0).value()).hasSize(MarcXmlReader.MAX_TEXT);
    assertThat(rs.get(0).findings()).anySatisfy(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.XML_MALFORMED);
      assertThat(f.message(Locale.ENGLISH)).contains("longer than 99999 characters");
    });
  }

  @Test
  void jsonNestedTooDeepOrWithHugeStringsEndsTheFile() {
    List<ReadRecord> deep = read("[".repeat(1_000) + "]".repeat(1_000));
    assertThat(Reads.codes(deep)).containsExactly(FindingCode.JSON_MALFORMED);
    List<ReadRecord> huge =
        read("{\"leader\":\"00000nam a2200000 a 4500\",\"fields\":[{\"001\":\"" + "z".repeat(200_000) + "\"}]}");
    assertThat(Reads.codes(huge)).containsExactly(FindingCode.JSON_MALFORMED);
  }

  @Test
  void gzipBombIsStoppedAsItExpands() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write("<collection>".getBytes(StandardCharsets.US_ASCII));
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 50; i++) {
        out.write(spaces);
      }
      out.write("</collection>".getBytes(StandardCharsets.US_ASCII));
    }
    assertThat(gz.size()).isLessThan(100_000);
    assertThatThrownBy(() -> Reads.bytes(gz.toByteArray(), Reads.sequential()))
        .isInstanceOf(UncheckedIOException.class)
        .cause()
        .isInstanceOf(ExpansionLimitException.class)
        .hasMessageContaining("expands more than 100 times");
  }

  @Test
  void ordinaryGzipIsStillRead() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(("<collection>" + String.format(RECORD, "Normal") + "</collection>").getBytes(StandardCharsets.UTF_8));
    }
    assertThat(Reads.bytes(gz.toByteArray(), Reads.sequential())).hasSize(1);
  }

  @Test
  void zipArchivesAreRefusedByName() throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("a.mrc"));
      out.write(new byte[] {'0', '0', '0', '2', '6'});
      out.closeEntry();
    }
    assertThatThrownBy(() -> MarcReaders.open(new ByteArrayInputStream(zip.toByteArray()), Reads.sequential()))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("ZIP archive");
  }
}
