package org.unioncat.api.web.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;

class RecordDigestTest {

  static MarcRecord marc21(String edition, String isbn) {
    return new MarcRecord(
        Leader.defaultBook(),
        List.of(
            new ControlField("001", "123"),
            new ControlField("008", "050101s2005    nyu           000 1 eng d"),
            DataField.of("020", ' ', ' ', 'a', isbn, 'q', "pbk."),
            DataField.of("245", '1', '4', 'a', "The summer land /", 'c', "Michael Chabon."),
            DataField.of("250", ' ', ' ', 'a', edition),
            DataField.of("260", ' ', ' ', 'a', "New York :", 'b', "Hyperion,", 'c', "2002."),
            DataField.of("300", ' ', ' ', 'a', "500 p. ;", 'c', "24 cm."),
            DataField.of("490", '1', ' ', 'a', "Miramax books ;"),
            DataField.of("830", ' ', '0', 'a', "Miramax books.")));
  }

  @Test
  void marc21IsReadByLabel() {
    RecordDigest d = RecordDigest.of(marc21("1st ed.", "0786808772"), MarcFlavour.MARC21);
    assertThat(d.text(DigestLabel.TITLE)).isEqualTo("The summer land /");
    assertThat(d.text(DigestLabel.RESPONSIBILITY)).isEqualTo("Michael Chabon.");
    assertThat(d.text(DigestLabel.EDITION)).isEqualTo("1st ed.");
    assertThat(d.text(DigestLabel.PUBLISHER)).isEqualTo("New York : Hyperion,");
    assertThat(d.text(DigestLabel.DATE)).isEqualTo("2002.");
    assertThat(d.text(DigestLabel.ISBN)).isEqualTo("0786808772 pbk.");
    assertThat(d.text(DigestLabel.SERIES)).isEqualTo("Miramax books ;");
    assertThat(d.text(DigestLabel.EXTENT)).isEqualTo("500 p. ; 24 cm.");
    assertThat(d.text(DigestLabel.LANGUAGE)).isEqualTo("eng");
    assertThat(d.text(DigestLabel.CARRIER)).isEmpty();
  }

  @Test
  void cnmarcIsReadByItsOwnTags() {
    MarcRecord r =
        new MarcRecord(
            Leader.defaultBook(),
            List.of(
                DataField.of("010", ' ', ' ', 'a', "978-7-02-000220-7", 'd', "CNY59.70"),
                DataField.of("101", '0', ' ', 'a', "chi"),
                DataField.of("200", '1', ' ', 'a', "红楼梦", 'f', "曹雪芹著"),
                DataField.of("205", ' ', ' ', 'a', "第3版"),
                DataField.of("210", ' ', ' ', 'a', "北京", 'c', "人民文学出版社", 'd', "2008"),
                DataField.of("215", ' ', ' ', 'a', "2册", 'd', "21cm"),
                DataField.of("225", '2', ' ', 'a', "中国古典文学读本丛书")));
    RecordDigest d = RecordDigest.of(r, MarcFlavour.CNMARC);
    assertThat(d.text(DigestLabel.TITLE)).isEqualTo("红楼梦");
    assertThat(d.text(DigestLabel.RESPONSIBILITY)).isEqualTo("曹雪芹著");
    assertThat(d.text(DigestLabel.EDITION)).isEqualTo("第3版");
    assertThat(d.text(DigestLabel.PUBLISHER)).isEqualTo("北京 人民文学出版社");
    assertThat(d.text(DigestLabel.DATE)).isEqualTo("2008");
    assertThat(d.text(DigestLabel.ISBN)).isEqualTo("978-7-02-000220-7");
    assertThat(d.text(DigestLabel.EXTENT)).isEqualTo("2册 21cm");
    assertThat(d.text(DigestLabel.SERIES)).isEqualTo("中国古典文学读本丛书");
    assertThat(d.text(DigestLabel.LANGUAGE)).isEqualTo("chi");
  }

  @Test
  void differencesIgnoreCaseSpacingAndIsbdPunctuationButNotContent() {
    RecordDigest a = RecordDigest.of(marc21("1st ed.", "0786808772"), MarcFlavour.MARC21);
    RecordDigest b = RecordDigest.of(marc21("1ST  ED", "0786808772"), MarcFlavour.MARC21);
    RecordDigest c = RecordDigest.of(marc21("2nd ed.", "9780786808779"), MarcFlavour.MARC21);
    assertThat(b.differsFrom(a, DigestLabel.EDITION)).isFalse();
    assertThat(c.differsFrom(a, DigestLabel.EDITION)).isTrue();
    assertThat(c.differsFrom(a, DigestLabel.ISBN)).isTrue();
    assertThat(c.differsFrom(a, DigestLabel.TITLE)).isFalse();
  }

  @Test
  void anUndecodableRecordHasNoValues() {
    RecordDigest d = RecordDigest.of(null, MarcFlavour.UNKNOWN);
    for (DigestLabel l : DigestLabel.values()) {
      assertThat(d.text(l)).isEmpty();
    }
  }
}
