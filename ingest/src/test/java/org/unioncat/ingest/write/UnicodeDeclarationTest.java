package org.unioncat.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;

class UnicodeDeclarationTest {
  // A real dp2 CNMARC 100$a: character sets "0120" (GB 2312) at positions 26-29.
  private static final String GB_100A = "19960310d1994    em y0chiy0120    ea";

  private static MarcRecord cnmarc(String field100a) {
    return new MarcRecord(
        Leader.defaultBook(),
        List.of(
            new ControlField("001", "x"),
            DataField.of("100", ' ', ' ', 'a', field100a),
            DataField.of("200", '1', ' ', 'a', "中国发展报告")));
  }

  @Test
  void unimarcRecordWrittenAsUtf8DeclaresIso10646() {
    MarcRecord written = UnicodeDeclaration.apply(cnmarc(GB_100A), MarcFlavour.CNMARC);

    assertThat(written.firstValue("100", 'a')).contains("19960310d1994    em y0chiy50      ea");
  }

  @Test
  void marc21AndAlreadyUnicodeRecordsAreLeftAlone() {
    MarcRecord utf8 = cnmarc("19960310d1994    em y0chiy50      ea");

    assertThat(UnicodeDeclaration.apply(utf8, MarcFlavour.CNMARC)).isSameAs(utf8);
    assertThat(UnicodeDeclaration.apply(cnmarc(GB_100A), MarcFlavour.MARC21).firstValue("100", 'a'))
        .contains(GB_100A);
  }
}
