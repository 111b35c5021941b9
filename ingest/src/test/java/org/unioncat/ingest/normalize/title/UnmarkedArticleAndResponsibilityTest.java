package org.unioncat.ingest.normalize.title;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;

/**
 * Two title habits of other catalogers, found by the matcher's independent variants check
 * (dedup's IndependentVariantsTest): the non-filing indicator left at 0 before an initial article,
 * and the statement of responsibility typed into the title subfield after ISBD's " / ".
 */
class UnmarkedArticleAndResponsibilityTest {
  private final TitleExtractor extractor = new TitleExtractor();

  private static MarcRecord marc21(String language, DataField title) {
    List<MarcField> all = new ArrayList<>();
    all.add(new ControlField("001", "x"));
    all.add(new ControlField("008", "050301s2005    enk           000 0 " + language + " d"));
    all.add(title);
    return new MarcRecord(Leader.defaultBook(), all);
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
    "eng, 0, 'The new public diplomacy :', new public diplomacy",
    "eng, 4, 'The new public diplomacy :', new public diplomacy",
    "eng, 0, 'A history of China', history of china",
    "ger, 0, 'Die Welt als Wille und Vorstellung', welt als wille und vorstellung",
    "eng, 0, 'Die hard', die hard",
    "fre, 0, 'L''homme révolté', homme revolte",
    "ita, 0, 'A ciascuno il suo', a ciascuno il suo",
    "chi, 0, 'The Chinese economy', chinese economy",
    "eng, 0, 'The', the",
  })
  void anUnmarkedInitialArticleOfTheRecordsLanguageIsLeftOutOfTheKey(
      String language, char ind2, String title, String key) {
    TitleInfo t = extractor.extract(marc21(language, DataField.of("245", '1', ind2, 'a', title)), MarcFlavour.MARC21);
    assertThat(t.key()).isEqualTo(key);
  }

  @Test
  void withoutALanguageCodeOnlyTheIsAnArticle() {
    assertThat(LeadingArticles.strip("the hobbit", null)).isEqualTo("hobbit");
    assertThat(LeadingArticles.strip("a history of china", null)).isEqualTo("a history of china");
    assertThat(LeadingArticles.strip("die welt", "deu")).isEqualTo("welt");
  }

  @Test
  void theDisplayedTitleKeepsItsArticle() {
    TitleInfo t = extractor.extract(
        marc21("eng", DataField.of("245", '1', '0', 'a', "The new public diplomacy :", 'b', "soft power /")),
        MarcFlavour.MARC21);
    assertThat(t.titleProper()).isEqualTo("The new public diplomacy");
    assertThat(t.fullKey()).isEqualTo("new public diplomacy soft power");
  }

  @Test
  void aStatementOfResponsibilityTypedInto245aAfterASpacedSlashIsNotTitle() {
    TitleInfo t = extractor.extract(
        marc21("eng", DataField.of("245", '1', '0', 'a', "Babel / Barbara Hamby.")), MarcFlavour.MARC21);
    assertThat(t.titleProper()).isEqualTo("Babel");
    assertThat(t.key()).isEqualTo("babel");
    assertThat(t.responsibility()).isEqualTo("Barbara Hamby");
  }

  @Test
  void aSlashWithoutSpacesIsPartOfTheTitleAndSubfieldCWins() {
    TitleInfo slash = extractor.extract(
        marc21("eng", DataField.of("245", '1', '0', 'a', "Input/output systems /", 'c', "J. Smith.")),
        MarcFlavour.MARC21);
    assertThat(slash.key()).isEqualTo("input output systems");
    TitleInfo both = extractor.extract(
        marc21("eng", DataField.of("245", '1', '0', 'a', "Babel / Barbara Hamby", 'c', "B. Hamby.")),
        MarcFlavour.MARC21);
    assertThat(both.key()).isEqualTo("babel");
    assertThat(both.responsibility()).isEqualTo("B. Hamby");
  }

  @Test
  void cnmarcTitleWithTheResponsibilityTypedInto200a() {
    List<MarcField> all = new ArrayList<>();
    all.add(new ControlField("001", "c"));
    all.add(DataField.of("101", '0', ' ', 'a', "chi"));
    all.add(DataField.of("200", '1', ' ', 'a', "乡土中国 / 费孝通著"));
    TitleInfo t = extractor.extract(new MarcRecord(new Leader("00000nam0 2200000   450 "), all), MarcFlavour.CNMARC);
    assertThat(t.key()).isEqualTo("乡土中国");
    assertThat(t.responsibility()).isEqualTo("费孝通著");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'The age of Justinian. Vol. 1 :', age of justinian, 1",
    "'Selected works, v. 3', selected works, 3",
    "'Histoire de France. Tome 2', histoire de france, 2",
    "'Catch-22', catch 22, ",
    "'Apollo 13', apollo 13, ",
  })
  void aVolumeTypedAtTheEndOf245aIsAPart(String title, String key, Integer number) {
    TitleInfo t = extractor.extract(marc21("eng", DataField.of("245", '1', '0', 'a', title)), MarcFlavour.MARC21);
    assertThat(t.key()).isEqualTo(key);
    assertThat(t.part().present()).isEqualTo(number != null);
    assertThat(t.part().numbers()).isEqualTo(number == null ? java.util.List.of() : java.util.List.of(number));
  }
}
