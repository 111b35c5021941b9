package org.unioncat.dedup.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.unioncat.dedup.run.TestRecords.book;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlockingKeysTest {
  private final BlockingKeys keys = new BlockingKeys();

  @Test
  void isbnKeysFoldBothFormsToIsbn13() {
    List<BlockingKey> ten = keys.of(book(1, "L").isbn("0-261-10221-4").title("The hobbit").build());
    List<BlockingKey> thirteen = keys.of(book(2, "L").isbn("978-0-261-10221-7").title("The hobbit").build());

    assertThat(ten).filteredOn(k -> k.kind() == KeyKind.ISBN).extracting(BlockingKey::value)
        .containsExactly("9780261102217");
    assertThat(thirteen).filteredOn(k -> k.kind() == KeyKind.ISBN).extracting(BlockingKey::value)
        .containsExactly("9780261102217");
  }

  @Test
  void aRecordGetsIndependentIdentifierTitleYearTitleAuthorAndFuzzyKeys() {
    List<BlockingKey> k = keys.of(book(1, "L").isbn("9780261102217").systemNumber("(OCoLC)ocm00012345")
        .title("The hobbit").author("Tolkien, J. R. R.").year(1937).build());

    assertThat(k).extracting(BlockingKey::kind, BlockingKey::value, BlockingKey::needy).containsExactly(
        tuple(KeyKind.ISBN, "9780261102217", false),
        tuple(KeyKind.SYSTEM_NUMBER, "(ocolc)12345", false),
        // "The" with the non-filing indicator left at 0: the key drops the article all the same
        tuple(KeyKind.TITLE_YEAR, "hobbit|1937", false),
        tuple(KeyKind.TITLE_AUTHOR, "hobbit|tolkien jrr", false),
        tuple(KeyKind.FUZZY, "hobbit|TLKN", false),
        tuple(KeyKind.FUZZY, "~tolkien jrr|1937", false));
  }

  @Test
  void theFuzzyTitleKeyIsNeededOnlyByRecordsWithoutIsbn() {
    List<BlockingKey> k = keys.of(book(1, "L").title("Introduction to algebra").author("Smith, John").build());

    assertThat(k).filteredOn(x -> x.kind() == KeyKind.FUZZY)
        .extracting(BlockingKey::value, BlockingKey::needy)
        .containsExactly(tuple("introduc|SM0", true), tuple("~smith j|2005", false));
  }

  @Test
  void aRecordWithoutUsableTitleIsBlockedByIdentifiersAndAuthorYearOnly() {
    List<BlockingKey> k = keys.of(book(1, "L").isbn("9780261102217").title("REQUIRED FIELD")
        .author("Tolkien, J. R. R.").year(1937).build());

    assertThat(k).extracting(BlockingKey::kind, BlockingKey::value, BlockingKey::needy).containsExactly(
        tuple(KeyKind.ISBN, "9780261102217", false),
        tuple(KeyKind.FUZZY, "~tolkien jrr|1937", true));
  }
}
