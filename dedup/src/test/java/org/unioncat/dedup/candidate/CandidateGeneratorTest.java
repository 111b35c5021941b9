package org.unioncat.dedup.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unioncat.dedup.run.TestRecords.book;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unioncat.dedup.DedupRecord;

class CandidateGeneratorTest {

  private static List<String> pairs(Candidates c) {
    return c.pairs().stream().map(IdPair::toString).toList();
  }

  @Test
  void makesEachPairOnceLowerIdFirstWhateverTheNumberOfSharedKeys() {
    List<DedupRecord> records = List.of(
        book(5, "L").isbn("9780261102217").title("The hobbit").author("Tolkien, J.").build(),
        book(2, "L").isbn("9780261102217").title("The hobbit").author("Tolkien, J.").build());

    Candidates c = new CandidateGenerator(new BlockingKeys(), 200).generate(records);

    assertThat(pairs(c)).containsExactly("2-5");
    assertThat(c.pairMentions()).isEqualTo(3); // ISBN, title+year, title+author (fuzzy: neither needy)
  }

  @Test
  void findsADuplicateWhoseIsbnIsMissingThroughTheTitleKeys() {
    List<DedupRecord> records = List.of(
        book(1, "L").isbn("9780261102217").title("The hobbit").author("Tolkien, J.").year(1937).build(),
        book(2, "M").title("The hobbit").author("Tolkien, J.").year(1951).build(),
        book(3, "M").isbn("9780140449136").title("Crime and punishment").build());

    Candidates c = new CandidateGenerator(new BlockingKeys(), 200).generate(records);

    assertThat(pairs(c)).containsExactly("1-2");
  }

  @Test
  void fuzzyBlocksPairOnlyWhenOneSideNeededTheFuzzyKey() {
    // same first 8 title characters and author, different ISBNs: no pair; without ISBN: a pair
    List<DedupRecord> records = List.of(
        book(1, "L").isbn("9780261102217").title("Introduction to algebra").author("Smith, John").year(2001).build(),
        book(2, "L").isbn("9780140449136").title("Introduction to algebraic topology").author("Smith, John").year(2002).build(),
        book(3, "L").title("Introduction to algebra, 2").author("Smith, John").year(2003).build());

    Candidates c = new CandidateGenerator(new BlockingKeys(), 200).generate(records);

    assertThat(pairs(c)).containsExactly("1-3", "2-3");
  }

  @Test
  void splitsAnOversizedBlockByYearAndReportsTheSkippedPairs() {
    // 5 "Poems" without author: 3 of 1999, 2 of 2000; cap 2
    List<DedupRecord> records = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      records.add(book(i, "L").title("Poems").year(i <= 3 ? 1999 : 2000).isbn(isbn(i)).build());
    }

    Candidates c = new CandidateGenerator(new BlockingKeys(), 2).generate(records);

    // title+year 1999 (3 records) is over the cap with nothing left to split on: skipped (3 pairs)
    // title+year 2000 (2 records): 4-5. The fuzzy block "poems|" has no needy record: no pairs.
    assertThat(pairs(c)).containsExactly("4-5");
    assertThat(c.cappedBlocks()).containsExactly(
        new CappedBlock(KeyKind.FUZZY, "poems|", 5, 0, 0),
        new CappedBlock(KeyKind.TITLE_YEAR, "poems|1999", 3, 0, 3));
    assertThat(c.pairsSkipped()).isEqualTo(3);
  }

  @Test
  void aSubBlockByYearWithinTheCapIsPairedWhole() {
    // one ISBN printed on 4 records: 2 of 1999, 2 of 2000; cap 3: pairs within each year only
    List<DedupRecord> records = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      records.add(book(i, "L").title("Volume " + i).year(i <= 2 ? 1999 : 2000).isbn("9787500000006").build());
    }

    Candidates c = new CandidateGenerator(new BlockingKeys(), 3).generate(records);

    assertThat(pairs(c)).containsExactly("1-2", "3-4");
    assertThat(c.cappedBlocks()).containsExactly(new CappedBlock(KeyKind.ISBN, "9787500000006", 4, 2, 4));
  }

  private static String isbn(int i) {
    String[] valid = {"9780261102217", "9780140449136", "9780787955182", "9787500000006", "9780306406157"};
    return valid[i - 1];
  }
}
