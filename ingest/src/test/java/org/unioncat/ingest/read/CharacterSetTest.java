package org.unioncat.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unioncat.ingest.finding.FindingCode;
import org.unioncat.ingest.marc.MarcEncoding;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;

class CharacterSetTest {

  @Test
  void marc8AndUtf8ExportsOfTheSameBooksDecodeToTheSameFields() {
    // The two exports are not field-for-field copies (the LoC one keeps local 9XX, 010, 050,
    // 856...): every field of the UTF-8 export must come out of the MARC-8 one identical.
    List<ReadRecord> marc8 = Reads.fixture("marc4j/chabon-loc.mrc");
    List<ReadRecord> utf8 = Reads.fixture("marc4j/chabon.mrc");
    assertThat(marc8).hasSize(2);
    assertThat(utf8).hasSize(2);
    for (int i = 0; i < 2; i++) {
      assertThat(marc8.get(i).encoding()).contains(MarcEncoding.MARC8);
      assertThat(utf8.get(i).encoding()).contains(MarcEncoding.UTF8);
      assertThat(Reads.record(marc8.get(i)).fields())
          .containsAll(Reads.record(utf8.get(i)).fields());
      assertThat(Reads.record(marc8.get(i)).localId())
          .isEqualTo(Reads.record(utf8.get(i)).localId());
    }
  }

  @Test
  void marc8DiacriticsBecomeTheSameNfcTextAsTheUtf8Twin() {
    List<ReadRecord> marc8 = Reads.fixture("marc4j/brkrtest.mrc");
    List<ReadRecord> utf8 = Reads.fixture("marc4j/brkrtest_UTF8.mrc");
    assertThat(marc8).hasSize(8);
    assertThat(utf8).hasSize(8);
    for (int i = 0; i < 8; i++) {
      assertThat(marc8.get(i).findings()).isEmpty();
      assertThat(Reads.record(marc8.get(i)).fields())
          .as("record %d", i + 1)
          .isEqualTo(Reads.record(utf8.get(i)).fields());
    }
  }

  @Test
  void marc8EaccChineseIsConvertedToHanCharacters() {
    ReadRecord r = Reads.fixture("marc_perl/marc-charset__cjk3.marc").get(0);
    assertThat(r.encoding()).contains(MarcEncoding.MARC8);
    assertThat(r.findings()).isEmpty();
    String text = Reads.record(r).toString();
    assertThat(FlavourDetector.hasHan(text)).isTrue();
    assertThat(text).doesNotContain("\u001b").doesNotContain("\uFFFD");
  }

  @Test
  void gb18030AndUtf8CnmarcAndCnmarcXmlDecodeToTheSameRecords() {
    List<ReadRecord> gb = Reads.fixture("dp2/derived/cnmarc_gb18030.iso");
    List<ReadRecord> utf8 = Reads.fixture("dp2/derived/cnmarc_utf8.iso");
    List<ReadRecord> xml = Reads.fixture("dp2/sample_cnmarcxml.xml");
    assertThat(gb).hasSize(10);
    assertThat(utf8).hasSize(10);
    assertThat(xml).hasSize(10);
    for (int i = 0; i < 10; i++) {
      assertThat(gb.get(i).encoding()).contains(MarcEncoding.GB18030);
      assertThat(utf8.get(i).encoding()).contains(MarcEncoding.UTF8);
      assertThat(gb.get(i).flavour()).isEqualTo(MarcFlavour.CNMARC);
      assertThat(utf8.get(i).flavour()).isEqualTo(MarcFlavour.CNMARC);
      assertThat(xml.get(i).flavour()).isEqualTo(MarcFlavour.CNMARC);
      MarcRecord g = Reads.record(gb.get(i));
      assertThat(g.fields()).isEqualTo(Reads.record(utf8.get(i)).fields());
      // The ISO files were re-serialized with 690 before 692; the XML has them the other way.
      assertThat(g.fields()).containsExactlyInAnyOrderElementsOf(Reads.record(xml.get(i)).fields());
      assertThat(Reads.codes(gb.get(i))).doesNotContain(FindingCode.ENCODING_INVALID);
    }
  }

  @Test
  void blankLeaderWithUtf8BytesIsReadAsUtf8AndReported() {
    ReadRecord r = Reads.fixture("pymarc/utf8_without_leader_flag.dat").get(0);
    ReadRecord twin = Reads.fixture("pymarc/utf8_with_leader_flag.dat").get(0);
    assertThat(r.encoding()).contains(MarcEncoding.UTF8);
    assertThat(Reads.codes(r)).containsExactly(FindingCode.ENCODING_MISMATCH);
    assertThat(Reads.record(r).fields()).isEqualTo(Reads.record(twin).fields());
  }

  @Test
  void leaderSayingUtf8OverMarc8BytesIsReadAsMarc8AndReported() {
    ReadRecord r = Reads.fixture("ruby_marc/marc8_accented_chars.marc").get(0);
    assertThat(r.encoding()).contains(MarcEncoding.MARC8);
    assertThat(Reads.codes(r)).containsExactly(FindingCode.ENCODING_MISMATCH);
    assertThat(Reads.record(r).toString()).doesNotContain("\uFFFD");
  }

  @Test
  void invalidUtf8IsReplacedAndReportedWithFieldAndPosition() {
    ReadRecord r = Reads.fixture("ruby_marc/utf8_with_bad_bytes.marc").get(0);
    assertThat(r.encoding()).contains(MarcEncoding.UTF8);
    var f = r.findings().stream()
        .filter(x -> x.code() == FindingCode.ENCODING_INVALID).findFirst().orElseThrow();
    assertThat(f.tag()).isNotNull();
    assertThat(f.args()).hasSize(3);
    assertThat(Integer.parseInt(f.args().get(2))).isNotNegative();
    assertThat(Reads.record(r).toString()).contains("\uFFFD");
  }

  @Test
  void rusmarcInWindows1251IsDecodedAsCyrillic() {
    ReadRecord r = Reads.fixture("marcrecord_afronkin/rusmarc_1.iso").get(0);
    assertThat(r.encoding()).contains(MarcEncoding.CP1251);
    assertThat(r.flavour()).isEqualTo(MarcFlavour.UNIMARC);
    String title = Reads.record(r).firstValue("200", 'a').orElseThrow();
    assertThat(title.codePoints().anyMatch(
        c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)).isTrue();
  }

  @Test
  void forcedEncodingIsUsedForEveryRecord() {
    List<ReadRecord> rs =
        Reads.fixture("pymarc/1251.dat", Reads.sequential().withEncoding(MarcEncoding.CP1251));
    assertThat(rs).hasSize(6);
    for (ReadRecord r : rs) {
      assertThat(r.encoding()).contains(MarcEncoding.CP1251);
      assertThat(Reads.codes(r)).doesNotContain(FindingCode.ENCODING_INVALID);
    }
    String title = Reads.record(rs.get(0)).firstValue("245", 'a').orElseThrow();
    assertThat(title.codePoints().anyMatch(
        c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)).isTrue();
  }
}
