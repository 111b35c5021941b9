package org.unioncat.dedup.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MutationsTest {
  private static Bib seed(String id) {
    return Bib.of(SeedRecords.all().stream()
        .filter(s -> s.record().localId().orElse("").equals(id)).findFirst().orElseThrow());
  }

  @Test
  void isbn10ConvertsToIsbn13AndBack() {
    assertThat(Isbns.to13("0195150171")).isEqualTo("9780195150179");
    assertThat(Isbns.to10("9780195150179")).hasValue("0195150171");
    assertThat(Isbns.to10("9791234567896")).isEmpty();
    assertThat(Isbns.digits("7-5037-1744-0 (精装)")).hasValue("7503717440");
  }

  @Test
  void siblingIsbnHasItsOwnValidCheckDigit() {
    String sibling = Isbns.sibling("0195150171", 1);
    assertThat(sibling).startsWith("978019515018");
    assertThat(sibling.charAt(12)).isEqualTo(Isbns.check13(sibling.substring(0, 12)));
  }

  @Test
  void staleCopyChangesTheEditionButKeepsIsbnAndPages() {
    for (int i = 0; i < 20; i++) {
      Bib first = seed("bu8");
      Bib stale = FindingMutations.staleCopy(first, new Random(i));
      assertThat(stale.value("250", 'a')).isPresent().isNotEqualTo(first.value("250", 'a'));
      assertThat(stale.isbn()).isEqualTo(first.isbn());
      assertThat(stale.pages()).isEqualTo(first.pages());
    }
  }

  @Test
  void newEditionWithStaleCodedDateHasNewTranscribedYearOnly() {
    Bib first = seed("cn11");
    Bib next = FindingMutations.staleCodedDate(first, new Random(3));

    assertThat(next.codedYear()).isEqualTo(2003);
    assertThat(next.transcribedYear()).isGreaterThan(2003);
    assertThat(next.isbn()).isNotEqualTo(first.isbn());
    assertThat(next.value("205", 'a')).isPresent();
  }

  @Test
  void seriesMovesFromTheSeriesFieldsToANote() {
    Bib original = seed("cn7");
    Bib duplicate = original.copy();
    DuplicateMutations.seriesInNote(original, duplicate, new Random(1));

    assertThat(original.value("225", 'a')).hasValue("现代语言学丛书");
    assertThat(duplicate.first("225")).isEmpty();
    assertThat(duplicate.all("300")).anyMatch(f -> f.first('a').orElse("").contains("现代语言学丛书"));
  }

  @Test
  void noTitleRecordHasNoUsableTitle() {
    for (int i = 0; i < 20; i++) {
      Bib bad = FindingMutations.noTitle(seed("cn3"), new Random(i));
      assertThat(bad.value("245", 'a').orElse(bad.value("200", 'a').filter(t -> !t.equals("红楼梦")).orElse("")))
          .isIn("", "REQUIRED FIELD");
    }
  }

  @Test
  void droppingADiacriticKeepsTheRestOfTheText() {
    assertThat(Noise.withoutFirstMark("Mühll und Müller")).isEqualTo("Muhll und Müller");
  }
}
