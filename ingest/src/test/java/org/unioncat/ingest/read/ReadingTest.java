package org.unioncat.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unioncat.ingest.Fixtures;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.FindingCode;
import org.unioncat.ingest.marc.MarcFlavour;

class ReadingTest {

  private static Finding finding(ReadRecord r, FindingCode code) {
    return r.findings().stream().filter(f -> f.code() == code).findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " on record " + r.ordinal()));
  }

  @Test
  void rawBytesOffsetsAndOrdinalsRebuildTheFileExactly() throws Exception {
    byte[] file = Fixtures.bytes("file_marc/camel.mrc");
    List<ReadRecord> rs = Reads.fixture("file_marc/camel.mrc");
    assertThat(rs).hasSize(11);
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    long offset = 0;
    for (int i = 0; i < rs.size(); i++) {
      assertThat(rs.get(i).ordinal()).isEqualTo(i + 1);
      assertThat(rs.get(i).byteOffset()).isEqualTo(offset);
      assertThat(rs.get(i).format()).isEqualTo(ContainerFormat.ISO2709);
      offset += rs.get(i).raw().length;
      joined.write(rs.get(i).raw());
    }
    assertThat(joined.toByteArray()).isEqualTo(file);
  }

  @Test
  void nulFillerAndEndOfFileBytesAreSkippedSilently() {
    List<ReadRecord> filler = Reads.fixture("marc_perl/marc-record__filler.usmarc");
    assertThat(filler).hasSize(3);
    assertThat(filler.get(0).byteOffset()).isEqualTo(1);
    assertThat(Reads.codes(filler)).isEmpty();
    List<ReadRecord> eof = Reads.fixture("marc_perl/marc-record__cameleof.usmarc");
    assertThat(eof).hasSize(10);
    assertThat(Reads.codes(eof)).isEmpty();
  }

  @Test
  void bytesBetweenRecordsThatAreNotFillerAreReportedOnTheNextRecord() {
    byte[] one = Fixtures.bytes("file_marc/sandburg.mrc");
    byte[] data = new byte[one.length * 2 + 4];
    System.arraycopy(one, 0, data, 0, one.length);
    System.arraycopy("junk".getBytes(StandardCharsets.US_ASCII), 0, data, one.length, 4);
    System.arraycopy(one, 0, data, one.length + 4, one.length);
    List<ReadRecord> rs = Reads.bytes(data, Reads.sequential());
    assertThat(rs).hasSize(2);
    assertThat(rs.get(1).byteOffset()).isEqualTo(one.length + 4L);
    Finding g = finding(rs.get(1), FindingCode.GARBAGE_SKIPPED);
    assertThat(g.args()).containsExactly("4", String.valueOf(one.length));
    assertThat(Reads.record(rs.get(1)).fields()).isEqualTo(Reads.record(rs.get(0)).fields());
  }

  @Test
  void gzipIsUnpackedTransparently() {
    List<ReadRecord> rs = Reads.fixture("file_marc/compressed.mrc.gz");
    assertThat(rs).hasSize(3);
    assertThat(rs).allSatisfy(r -> assertThat(r.record()).isPresent());
  }

  @Test
  void wrongRecordLengthIsReportedAndTheRecordStillRead() {
    ReadRecord r = Reads.fixture("file_marc/wronglen.mrc").get(0);
    assertThat(finding(r, FindingCode.RECORD_LENGTH_MISMATCH).args()).containsExactly("727", "741");
    assertThat(Reads.record(r).has("245")).isTrue();
  }

  @Test
  void lengthsCountedInCharactersAreRecoveredAtFieldTerminators() {
    ReadRecord r = Reads.fixture("catmandu/bu_bibs.mrc").get(2);
    assertThat(finding(r, FindingCode.RECORD_LENGTH_MISMATCH).args())
        .containsExactly("1914", "1918");
    assertThat(finding(r, FindingCode.DIRECTORY_INVALID).severity())
        .isEqualTo(org.unioncat.ingest.finding.Severity.WARNING);
    assertThat(Reads.record(r).firstValue("245", 'a')).isPresent();
    assertThat(Reads.record(r).fields()).hasSize(28);
  }

  @Test
  void truncatedFileGivesItsCompleteRecordsAndReportsTheCutOne() {
    List<ReadRecord> rs = Reads.fixture("marc4j/008008027.mrc");
    assertThat(rs).hasSize(19);
    for (ReadRecord r : rs.subList(0, 18)) {
      assertThat(Reads.codes(r)).isEmpty();
    }
    ReadRecord last = rs.get(18);
    assertThat(Reads.codes(last)).containsExactly(FindingCode.RECORD_TRUNCATED);
    assertThat(last.hasReadError()).isTrue();
    assertThat(last.byteOffset() + last.raw().length).isEqualTo(65_536);
  }

  @Test
  void oversizeRecordWithWrappedLengthIsFramedAtItsTerminator() {
    List<ReadRecord> rs = Reads.fixture("marc4j/bad_too_long_plus_2.mrc");
    assertThat(rs).hasSize(3);
    assertThat(rs.get(0).raw()).hasSize(123_375);
    assertThat(finding(rs.get(0), FindingCode.RECORD_TOO_LONG).args()).containsExactly("123375");
    assertThat(Reads.codes(rs.get(0))).doesNotContain(FindingCode.RECORD_LENGTH_MISMATCH);
    assertThat(rs.get(1).byteOffset()).isEqualTo(123_375);
    assertThat(Reads.record(rs.get(0)).has("245")).isTrue();
  }

  @Test
  void recordWithSixDigitOffsetsIsDecodedWhenTheLimitAllowsIt() {
    ReadRecord limited = Reads.fixture("marc4j/datos-20161010-slice.mrc").get(0);
    assertThat(limited.record()).isEmpty();
    assertThat(Reads.codes(limited))
        .containsExactly(FindingCode.RECORD_UNREADABLE, FindingCode.RECORD_TOO_LONG);
    ReadRecord r = Reads.fixture("marc4j/datos-20161010-slice.mrc",
        Reads.sequential().withMaxRecordBytes(300_000)).get(0);
    assertThat(r.raw()).hasSize(214_804);
    assertThat(Reads.record(r).fields()).hasSize(989);
    // Its base address was computed for 12-byte entries (24 + 989 * 12 + 1 = 11893) while 557
    // entries are 13 bytes: the leader is wrong too.
    assertThat(Reads.codes(r)).contains(FindingCode.DIRECTORY_INVALID, FindingCode.RECORD_TOO_LONG,
        FindingCode.LEADER_INVALID);
    assertThat(Reads.record(r).firstValue("245", 'a')).isPresent();
  }

  @Test
  void unorderedDirectoryKeepsDirectoryOrderWithoutFindings() {
    ReadRecord r = Reads.fixture("marc4j/unordered-directory-entries.mrc").get(0);
    assertThat(r.findings()).isEmpty();
    assertThat(Reads.record(r).has("245")).isTrue();
  }

  @Test
  void parallelDecodingGivesExactlyTheSequentialResult() {
    for (String name : List.of("solrmarc/uva_001_2000.mrc", "marc4j/pride-and-prejudice-fixed.mrc",
        "marc4j/pride-and-prejudice-with-many-errors.mrc")) {
      List<ReadRecord> one = Reads.fixture(name, Reads.sequential());
      List<ReadRecord> two = Reads.fixture(name, Reads.sequential().withThreads(2));
      List<ReadRecord> three = Reads.fixture(name, Reads.sequential().withThreads(3));
      assertThat(two).hasSameSizeAs(one);
      assertThat(three).hasSameSizeAs(one);
      for (int i = 0; i < one.size(); i++) {
        for (ReadRecord other : List.of(two.get(i), three.get(i))) {
          assertThat(other.ordinal()).isEqualTo(one.get(i).ordinal());
          assertThat(other.byteOffset()).isEqualTo(one.get(i).byteOffset());
          assertThat(other.raw()).isEqualTo(one.get(i).raw());
          assertThat(other.record()).isEqualTo(one.get(i).record());
          assertThat(other.encoding()).isEqualTo(one.get(i).encoding());
          assertThat(other.flavour()).isEqualTo(one.get(i).flavour());
          assertThat(other.findings()).isEqualTo(one.get(i).findings());
        }
      }
    }
  }

  @Test
  void closingAParallelReaderEarlyStopsItsThreads() throws Exception {
    MarcReader r = MarcReaders.open(Fixtures.path("solrmarc/uva_001_2000.mrc"),
        Reads.sequential().withThreads(2));
    assertThat(r.next()).isNotNull();
    r.close();
    Thread.sleep(200);
    assertThat(Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("marc-decode-") && t.isAlive())
        .filter(t -> t.getState() != Thread.State.TERMINATED)
        .allMatch(Thread::isDaemon)).isTrue();
  }

  @Test
  void forcedFlavourOverridesDetection() {
    ReadRecord r = Reads.fixture("traject/bad_utf_byte.utf8.marc",
        Reads.sequential().withFlavour(MarcFlavour.MARC21)).get(0);
    assertThat(r.flavour()).isEqualTo(MarcFlavour.MARC21);
    assertThat(Reads.codes(r)).doesNotContain(FindingCode.FLAVOUR_UNKNOWN);
  }

  @Test
  void detectedFlavours() {
    assertThat(Reads.fixture("pymarc/testunimarc.dat").get(0).flavour())
        .isEqualTo(MarcFlavour.UNIMARC);
    assertThat(Reads.fixture("marc4j/chabon.mrc").get(0).flavour()).isEqualTo(MarcFlavour.MARC21);
    assertThat(Reads.fixture("dp2/sample_unimarcxml.xml").get(0).flavour())
        .isEqualTo(MarcFlavour.CNMARC);
  }

  @Test
  void forcedFormatIsUsedInsteadOfDetection() {
    List<ReadRecord> rs = Reads.fixture("marc4j/chabon.xml",
        Reads.sequential().withFormat(ContainerFormat.ISO2709));
    assertThat(rs).isNotEmpty();
    assertThat(rs).allSatisfy(r -> assertThat(r.format()).isEqualTo(ContainerFormat.ISO2709));
    assertThat(Reads.codes(rs)).contains(FindingCode.GARBAGE_SKIPPED);
    assertThat(rs).allSatisfy(r -> assertThat(r.record()).isEmpty());
  }

  @Test
  void inputThatIsNotMarcIsRefusedWithAClearMessage() {
    byte[] text = "Title,Author\nDune,Herbert\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> MarcReaders.open(new ByteArrayInputStream(text), Reads.sequential()))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("The file is not MARC: it starts with \"Title,Author\\x0ADune,Herb")
        .hasMessageContaining("expected ISO 2709");
    assertThatThrownBy(
            () -> MarcReaders.open(new ByteArrayInputStream(new byte[0]), Reads.sequential()))
        .isInstanceOf(UnreadableInputException.class).hasMessageContaining("empty");
  }
}
