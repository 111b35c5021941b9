package org.unioncat.dedup.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.Normalizer;
import org.unioncat.ingest.read.MarcReader;
import org.unioncat.ingest.read.MarcReaders;
import org.unioncat.ingest.read.ReadOptions;

/**
 * What a merge writes into a CNMARC kept record (010 $a/$b, 225, note 300), on a real Beijing
 * Normal University record (dp2 sample_cnmarcxml.xml, "'94中国发展报告", ISBN 7-5037-1744-0).
 */
class MarcAmenderTest {
  private static final Normalizer NORMALIZER = Normalizer.withDefaultHoldings();

  private static MarcRecord bnuRecord() throws IOException {
    try (MarcReader reader = MarcReaders.open(
        SummerlandCatalog.MARC.resolve("dp2/sample_cnmarcxml.xml"),
        ReadOptions.detect().withFlavour(MarcFlavour.CNMARC))) {
      return reader.next().record().orElseThrow();
    }
  }

  @Test
  void cnmarcKeptRecordGetsEveryIsbnInBothFormsAndItsNoteSeriesIn225() throws IOException {
    MarcRecord kept = SummerlandCatalog.edit(bnuRecord(), fields -> {
      SummerlandCatalog.add(fields, DataField.of("300", ' ', ' ', 'a', "丛书名：国情研究丛书"));
      return fields;
    });
    MarcRecord paperback = SummerlandCatalog.edit(bnuRecord(), fields -> {
      fields.removeIf(f -> f.tag().equals("010"));
      SummerlandCatalog.add(fields, DataField.of("010", ' ', ' ', 'a', "9787503717451", 'b', "平装"));
      SummerlandCatalog.add(fields, DataField.of("225", '2', ' ', 'a', "中国发展报告", 'v', "1994"));
      return fields;
    });

    MarcAmender.Amended amended = MarcAmender.amend(kept, MarcFlavour.CNMARC,
        NORMALIZER.normalize(kept, MarcFlavour.CNMARC),
        List.of(NORMALIZER.normalize(paperback, MarcFlavour.CNMARC)));

    assertThat(amended.record().dataFields("010")).extracting(DataField::toString).containsExactly(
        "010    $a7-5037-1744-0$dCNY68.00",
        "010    $a9787503717444",
        "010    $a7503717459$b平装",
        "010    $a9787503717451$b平装");
    assertThat(amended.record().dataFields("225")).extracting(DataField::toString).containsExactly(
        "225 2  $a国情研究丛书",
        "225 2  $a中国发展报告$v1994");
    assertThat(amended.record().dataFields("300")).extracting(DataField::toString)
        .containsExactly("300    $a本书由叶震与李强等主编。");
    assertThat(amended.isbnsAdded()).containsExactly("9787503717444", "7503717459", "9787503717451");
    assertThat(amended.seriesAdded()).containsExactly("国情研究丛书", "中国发展报告 ; 1994");
    assertThat(amended.notesMoved()).containsExactly("丛书名：国情研究丛书");
    // Fields stay in tag order: 225 between 215 and 300.
    List<String> tags = amended.record().fields().stream().map(f -> f.tag()).toList();
    assertThat(tags.indexOf("225")).isEqualTo(tags.indexOf("215") + 1);
    // The view of the amended record has nothing left to correct about ISBN forms or series.
    var view = NORMALIZER.normalize(amended.record(), MarcFlavour.CNMARC);
    assertThat(view.isbns().singleFormOnly()).isEmpty();
    assertThat(view.series().seriesInNotesOnly()).isEmpty();
  }

  @Test
  void nothingToAddLeavesTheRecordUnchanged() throws IOException {
    MarcRecord kept = SummerlandCatalog.edit(bnuRecord(), fields -> {
      SummerlandCatalog.add(fields, DataField.of("010", ' ', ' ', 'a', "9787503717444"));
      return fields;
    });

    MarcAmender.Amended amended = MarcAmender.amend(kept, MarcFlavour.CNMARC,
        NORMALIZER.normalize(kept, MarcFlavour.CNMARC),
        List.of(NORMALIZER.normalize(kept, MarcFlavour.CNMARC)));

    assertThat(amended.changed()).isFalse();
    assertThat(amended.record().fields()).isEqualTo(kept.fields());
  }
}
