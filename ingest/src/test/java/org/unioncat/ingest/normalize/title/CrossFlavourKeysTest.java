package org.unioncat.ingest.normalize.title;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.name.AuthorEntry;
import org.unioncat.ingest.normalize.name.AuthorExtractor;
import org.unioncat.ingest.normalize.name.NameKeys;
import org.unioncat.ingest.normalize.publisher.PublisherExtractor;
import org.unioncat.ingest.normalize.publisher.PublisherInfo;

/**
 * The same Chinese book arriving once as MARC21 (romanized 245/260/700 with 880s, Open Library
 * fixture 880_alternate_script, OCLC 613515810) and once as CNMARC (characters, as a Chinese member
 * library catalogs it; traditional characters from a Taiwanese source): the keys the matcher
 * compares must meet.
 */
class CrossFlavourKeysTest {

  private static final MarcRecord MARC21 =
      new MarcRecord(
          new Leader("01363cam a2200409Ia 4500"),
          List.of(
              new ControlField("001", "ocn613515810"),
              new ControlField("003", "OCoLC"),
              DataField.of("100", '1', ' ', 'a', "Lyons, Daniel,", 'd', "1960-"),
              DataField.of(
                  "245", '1', '0', '6', "880-01", 'a', "Qiaobusi de mi mi ri ji /", 'c',
                  "Danni'er Lai'angsi zhu ; Liu Ning yi."),
              DataField.of(
                  "260", ' ', ' ', '6', "880-03", 'a', "Beijing Shi :", 'b',
                  "Zhong xin chu ban she,", 'c', "2010."),
              DataField.of("700", '1', ' ', '6', "880-04", 'a', "Liu, Ning."),
              DataField.of(
                  "880", '1', '0', '6', "245-01/$1", 'a', "乔布斯的秘密日记 /", 'c',
                  "丹尼尔・莱昂斯著 ; 刘宁译."),
              DataField.of(
                  "880", ' ', ' ', '6', "260-03/$1", 'a', "北京市 :", 'b', "中信出版社,", 'c', "2010."),
              DataField.of("880", '1', ' ', '6', "700-04/$1", 'a', "刘宁.")));

  private static final MarcRecord CNMARC =
      new MarcRecord(
          new Leader("00000nam0 2200000   450 "),
          List.of(
              new ControlField("001", "cn-1"),
              DataField.of(
                  "200", '1', ' ', 'a', "喬布斯的秘密日記", 'f', "(美)丹尼爾·萊昂斯著", 'g', "劉寧譯"),
              DataField.of("210", ' ', ' ', 'a', "北京", 'c', "中信出版社", 'd', "2010"),
              DataField.of("701", ' ', '0', 'a', "莱昂斯", 'g', "Lyons, Daniel", '4', "著"),
              DataField.of("702", ' ', '0', 'a', "劉寧", '4', "譯")));

  @Test
  void romanizedMarc21TitleMeetsCnmarcThroughIts880() {
    TitleInfo marc21 = new TitleExtractor().extract(MARC21, MarcFlavour.MARC21);
    TitleInfo cnmarc = new TitleExtractor().extract(CNMARC, MarcFlavour.CNMARC);
    assertThat(marc21.key()).isEqualTo("qiaobusi de mi mi ri ji");
    assertThat(marc21.altScriptKey()).isEqualTo("乔布斯的秘密日记").isEqualTo(cnmarc.key());
  }

  @Test
  void romanizedMarc21PublisherMeetsCnmarcThroughIts880() {
    PublisherInfo marc21 = new PublisherExtractor().extract(MARC21, MarcFlavour.MARC21);
    PublisherInfo cnmarc = new PublisherExtractor().extract(CNMARC, MarcFlavour.CNMARC);
    assertThat(marc21.altScriptKey()).isEqualTo("中信出版社").isEqualTo(cnmarc.key());
  }

  @Test
  void translatorInAn880MeetsTheCnmarcSecondaryName() {
    List<AuthorEntry> marc21 = new AuthorExtractor().extract(MARC21, MarcFlavour.MARC21);
    List<AuthorEntry> cnmarc = new AuthorExtractor().extract(CNMARC, MarcFlavour.CNMARC);
    assertThat(marc21)
        .extracting(AuthorEntry::key)
        .containsExactly("lyons d", "liu n", "刘宁");
    assertThat(cnmarc).extracting(AuthorEntry::key).containsExactly("莱昂斯", "刘宁");
    assertThat(cnmarc.get(1).main()).isFalse();
  }

  @Test
  void statementsOfResponsibilityInBothScriptsGiveTheSameFirstName() {
    assertThat(NameKeys.keyOf("丹尼尔・莱昂斯著 ; 刘宁译."))
        .isEqualTo("丹尼尔莱昂斯")
        .isEqualTo(NameKeys.keyOf("(美)丹尼爾·萊昂斯著"));
  }
}
