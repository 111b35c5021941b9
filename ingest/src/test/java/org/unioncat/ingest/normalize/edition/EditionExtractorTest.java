package org.unioncat.ingest.normalize.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.Correction;

class EditionExtractorTest {
  private final EditionExtractor extractor = new EditionExtractor();

  private static MarcRecord record(MarcField... fields) {
    return new MarcRecord(Leader.defaultBook(), List.of(fields));
  }

  @Test
  void printingStatementIsNotANewEdition() {
    EditionInfo info =
        extractor.extract(
            record(DataField.of("250", ' ', ' ', 'a', "1st ed., 5th printing")), MarcFlavour.MARC21);

    assertThat(info.number()).isEqualTo(1);
    assertThat(info.printing()).isEqualTo(new Printing(true, 5, null, "1st ed., 5th printing", "250$a"));
    assertThat(info.printingInEditionField()).isFalse();
    assertThat(info.corrections()).isEmpty();
  }

  @Test
  void printingOnlyIn205IsMovedToA300Note() {
    EditionInfo info =
        extractor.extract(record(DataField.of("205", ' ', ' ', 'a', "第3次印刷")), MarcFlavour.CNMARC);

    assertThat(info.statement()).isEqualTo("第3次印刷");
    assertThat(info.source()).isEqualTo("205$a");
    assertThat(info.number()).isEqualTo(1);
    assertThat(info.explicit()).isFalse();
    assertThat(info.printingInEditionField()).isTrue();
    assertThat(info.corrections())
        .containsExactly(
            new Correction(
                "205$a", "第3次印刷", "",
                "a printing statement is not an edition statement: remove it from 205$a (cause 6)",
                "印次不是版本说明：从205$a删除（原因6）"),
            new Correction(
                "300$a", "", "第3次印刷",
                "keep the printing statement as a note (cause 6)",
                "将印次信息移入附注300（原因6）"));
  }

  @Test
  void printingOnlyIn250IsMovedToA500Note() {
    EditionInfo info =
        extractor.extract(record(DataField.of("250", ' ', ' ', 'a', "Reprinted 2010.")), MarcFlavour.MARC21);

    assertThat(info.printingInEditionField()).isTrue();
    assertThat(info.corrections()).extracting(Correction::field).containsExactly("250$a", "500$a");
    assertThat(info.printing().year()).isEqualTo(2010);
  }

  @Test
  void reprintNoteGivesAPrintingButNotAnEdition() {
    EditionInfo info =
        extractor.extract(
            record(
                DataField.of("250", ' ', ' ', 'a', "2nd ed."),
                DataField.of(
                    "500", ' ', ' ', 'a', "Reprint. Originally published: London : Collins, 1957.")),
            MarcFlavour.MARC21);

    assertThat(info.number()).isEqualTo(2);
    assertThat(info.printing().present()).isTrue();
    assertThat(info.printing().source()).isEqualTo("500$a");
    assertThat(info.printingInEditionField()).isFalse();
  }

  @Test
  void ordinaryNotesMentioningPrintOrReprintsAreNotPrintings() {
    EditionInfo info =
        extractor.extract(
            record(
                DataField.of("500", ' ', ' ', 'a', "Chiefly reprints of essays originally published 1966-1983."),
                DataField.of("500", ' ', ' ', 'a', "At head of title: House of Representatives, Feb. 10, 1864. - Ordered to be printed."),
                DataField.of("500", ' ', ' ', 'a', "Printed by order of the House of Representatives.")),
            MarcFlavour.MARC21);

    assertThat(info.printing()).isEqualTo(Printing.NONE);
    assertThat(info.statement()).isEmpty();
    assertThat(info.source()).isEmpty();
  }

  @Test
  void reprintedYearsInANoteGiveTheLatestPrinting() {
    EditionInfo info =
        extractor.extract(
            record(
                DataField.of(
                    "500", ' ', ' ', 'a',
                    "\"Printed and stereotyped by C.J. Clay, 1877; reprinted 1878, 1887, 1894, 1901.\"")),
            MarcFlavour.MARC21);

    assertThat(info.printing().present()).isTrue();
    assertThat(info.printing().year()).isEqualTo(1901);
  }

  @Test
  void marc21Type008rIsAReprintWithDate1AsItsYear() {
    EditionInfo info =
        extractor.extract(
            record(new ControlField("008", "850101r19811953nyu           000 1 eng d")),
            MarcFlavour.MARC21);

    assertThat(info.printing()).isEqualTo(new Printing(true, null, 1981, "", "008/06"));
    assertThat(info.number()).isEqualTo(1);
  }

  @Test
  void unimarcType100eIsAReproduction() {
    EditionInfo info =
        extractor.extract(
            record(DataField.of("100", ' ', ' ', 'a', "20100101e20091936em y0chiy50      ea")),
            MarcFlavour.CNMARC);

    assertThat(info.printing()).isEqualTo(new Printing(true, null, 2009, "", "100$a/8"));
  }

  @Test
  void cnmarcPrintingIn305NoteWithYear() {
    EditionInfo info =
        extractor.extract(
            record(
                DataField.of("205", ' ', ' ', 'a', "第2版"),
                DataField.of("305", ' ', ' ', 'a', "2006年5月第4次印刷")),
            MarcFlavour.CNMARC);

    assertThat(info.number()).isEqualTo(2);
    assertThat(info.printing()).isEqualTo(new Printing(true, 4, 2006, "2006年5月第4次印刷", "305$a"));
  }

  @Test
  void recordWithoutEditionFieldIsFirstEditionImplicitly() {
    EditionInfo info = extractor.extract(record(), MarcFlavour.MARC21);

    assertThat(info)
        .isEqualTo(new EditionInfo("", "", 1, false, false, Printing.NONE, List.of(), false));
  }
}
