package org.unioncat.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unioncat.config.HoldingsMapping;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.Normalizer;

/** Cause 11 at the door: no title, a placeholder, punctuation only, or a garbled title. */
class TitleRuleTest {
  private final Normalizer normalizer =
      new Normalizer(List.of(HoldingsMapping.marc21Default(), HoldingsMapping.cnmarcDefault()));

  private List<String> findings(String title) {
    MarcRecord record = new MarcRecord(
        new Leader("00000nam a2200000 a 4500"),
        List.of(new ControlField("001", "t1"),
            new ControlField("008", "200101s1997    ch            000 0 chi d"),
            DataField.of("245", '1', '0', 'a', title)));
    return new TitleRule().check(record, normalizer.normalize(record, MarcFlavour.MARC21)).stream()
        .map(f -> f.code() + " " + f.fieldRef() + " " + f.args())
        .toList();
  }

  @Test
  void aTitleGarbledByAWrongCharacterSetIsRefused() {
    // "'97中国发展报告" in GBK, shown as Latin-1: what a client set to the wrong character set saves.
    assertThat(findings("'97ÖÐ¹ú·¢Õ¹±¨¸æ"))
        .containsExactly("TITLE_GARBLED 245$a ['97ÖÐ¹ú·¢Õ¹±¨¸æ]");
    // An ASCII-only client writes "?" for each character it cannot encode.
    assertThat(findings("'97???????"))
        .containsExactly("TITLE_GARBLED 245$a ['97???????]");
  }

  @Test
  void realTitlesWithAccentsAndPlaceholdersKeepTheirOwnCodes() {
    assertThat(findings("Économie et société à l'âge numérique")).isEmpty();
    assertThat(findings("Þjóðsögur og ævintýri")).isEmpty();
    assertThat(findings("Müßiggang")).isEmpty();
    assertThat(findings("REQUIRED FIELD")).extracting(s -> s.split(" ")[0])
        .containsExactly("TITLE_PLACEHOLDER");
    assertThat(findings("...")).extracting(s -> s.split(" ")[0])
        .containsExactly("TITLE_PUNCTUATION_ONLY");
  }

}
