package org.unioncat.ingest.normalize.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.Correction;

class SeriesExtractorTest {
  private final SeriesExtractor extractor = new SeriesExtractor();

  private static MarcRecord record(MarcField... fields) {
    return new MarcRecord(Leader.defaultBook(), List.of(fields));
  }

  @Test
  void marc21SeriesFieldsAreReadWithNumbering() {
    MarcRecord r =
        record(
            DataField.of("490", '1', ' ', 'a', "Einzelveröffentlichungen der Historischen Kommission zu Berlin ;", 'v', "Bd. 38"),
            DataField.of("830", ' ', '0', 'a', "Triangle papers", 'v', "28."),
            DataField.of("440", ' ', '0', 'a', "Sinica Leidensia ;", 'v', "v. 60."),
            DataField.of("800", '1', ' ', 'a', "Balzac, Honoré de,", 't', "Comédie humaine ;", 'v', "3"));

    SeriesData data = extractor.extract(r, MarcFlavour.MARC21);

    assertThat(data.fromSeriesFields())
        .containsExactly(
            new SeriesEntry(
                "Einzelveröffentlichungen der Historischen Kommission zu Berlin", "Bd. 38", 38,
                "einzelveroffentlichungen der historischen kommission zu berlin", "490$a", false),
            new SeriesEntry("Triangle papers", "28", 28, "triangle papers", "830$a", false),
            new SeriesEntry("Sinica Leidensia", "v. 60", 60, "sinica leidensia", "440$a", false),
            new SeriesEntry("Comédie humaine", "3", 3, "comedie humaine", "800$t", false));
    assertThat(data.fromNotes()).isEmpty();
    assertThat(data.corrections()).isEmpty();
  }

  @Test
  void seriesInA500NoteOnlyIsMovedTo490() {
    MarcRecord r =
        record(
            DataField.of("500", ' ', ' ', 'a', "Includes bibliographical references (p. 345)"),
            DataField.of("500", ' ', ' ', 'a', "(Penguin classics ; 45)"));

    SeriesData data = extractor.extract(r, MarcFlavour.MARC21);

    assertThat(data.seriesInNotesOnly())
        .containsExactly(new SeriesEntry("Penguin classics", "45", 45, "penguin classics", "500$a", true));
    assertThat(data.keys()).containsExactly("penguin classics");
    assertThat(data.corrections())
        .extracting(Correction::field, Correction::before, Correction::after)
        .containsExactly(
            tuple("490$a", "", "Penguin classics"),
            tuple("490$v", "", "45"),
            tuple("500$a", "(Penguin classics ; 45)", ""));
  }

  @Test
  void seriesInBothNoteAndSeriesFieldIsNotANoteOnlySeries() {
    MarcRecord r =
        record(
            DataField.of("490", '0', ' ', 'a', "Penguin classics ;", 'v', "45"),
            DataField.of("500", ' ', ' ', 'a', "(Penguin classics ; 45)"));

    SeriesData data = extractor.extract(r, MarcFlavour.MARC21);

    assertThat(data.fromNotes()).hasSize(1);
    assertThat(data.seriesInNotesOnly()).isEmpty();
    assertThat(data.corrections()).isEmpty();
    assertThat(data.keys()).containsExactly("penguin classics");
  }

  @Test
  void cnmarcSeriesIn225And410FromTheRealDp2Record() {
    MarcRecord r =
        record(
            DataField.of("225", '2', ' ', 'a', "中国发展报告书", 'A', "zhong guo fa zhan bao gao shu"),
            DataField.of("410", ' ', '0', '1', "2001 ", 'a', "中国发展报告书"));

    SeriesData data = extractor.extract(r, MarcFlavour.CNMARC);

    assertThat(data.fromSeriesFields())
        .containsExactly(
            new SeriesEntry("中国发展报告书", "", null, "中国发展报告书", "225$a", false),
            new SeriesEntry("中国发展报告书", "", null, "中国发展报告书", "410$a", false));
    assertThat(data.keys()).containsExactly("中国发展报告书");
  }

  @Test
  void seriesInA300NoteMatchesTheSameSeriesIn225OfAnotherRecord() {
    MarcRecord inField =
        record(DataField.of("225", '2', ' ', 'a', "走向未来丛书", 'v', "3"));
    MarcRecord inNote =
        record(DataField.of("300", ' ', ' ', 'a', "《走向未来》丛书 ; 3"));

    SeriesData a = extractor.extract(inField, MarcFlavour.CNMARC);
    SeriesData b = extractor.extract(inNote, MarcFlavour.CNMARC);

    assertThat(a.keys()).isEqualTo(b.keys()).containsExactly("走向未来");
    assertThat(b.seriesInNotesOnly()).hasSize(1);
    assertThat(b.corrections())
        .extracting(Correction::field, Correction::before, Correction::after)
        .containsExactly(
            tuple("225$a", "", "走向未来丛书"),
            tuple("225$v", "", "3"),
            tuple("300$a", "《走向未来》丛书 ; 3", ""));
  }

  @Test
  void cnmarc225WithPartNumberAndName() {
    MarcRecord r =
        record(DataField.of("225", '2', ' ', 'a', "中国大百科全书", 'h', "第2辑", 'i', "自然科学", 'v', "第5册"));

    SeriesEntry e = extractor.extract(r, MarcFlavour.CNMARC).fromSeriesFields().get(0);

    assertThat(e).isEqualTo(new SeriesEntry("中国大百科全书 第2辑 自然科学", "第5册", 5, "中国大百科全书第2辑自然科学", "225$a", false));
  }

  @Test
  void recordWithoutSeriesHasNoKeys() {
    SeriesData data = extractor.extract(record(), MarcFlavour.MARC21);

    assertThat(data).isEqualTo(new SeriesData(List.of(), List.of(), java.util.Set.of(), List.of()));
  }
}
