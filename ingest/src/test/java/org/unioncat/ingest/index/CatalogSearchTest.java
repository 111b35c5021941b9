package org.unioncat.ingest.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unioncat.ingest.index.TestBooks.book;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searching a small catalog built in code: ISBNs, Chinese, folding, fields, booleans, paging. */
class CatalogSearchTest {
  private static final long CRIME = 1;
  private static final long HONGLOU_TRADITIONAL = 2;
  private static final long HONGLOU_SIMPLIFIED = 3;
  private static final long MULLER = 4;
  private static final long IDIOT = 5;
  private static final long HISTORY = 6;
  private static final long INVALID_ISBN = 7;
  /** Identical "Paging sample" records get ids 101-125, indexed in a scrambled order. */
  private static final int PAGING_FIRST = 101;
  private static final int PAGING_COUNT = 25;

  @TempDir static Path dir;
  private static CatalogIndex index;

  @BeforeAll
  static void buildCatalog() {
    index = CatalogIndex.open(dir);
    List<IndexedRecord> records = new ArrayList<>();
    records.add(
        book("Crime and punishment")
            .author("Dostoyevsky, Fyodor")
            .publisher("Penguin Books")
            .year(2003)
            .isbn("9780140449136 (pbk.)")
            .series("Penguin classics")
            .indexed(CRIME, "pku", "THU"));
    records.add(
        book("紅樓夢")
            .author("曹雪芹")
            .publisher("人民文學出版社")
            .year(1982)
            .language("chi")
            .isbn("7-02-000220-X")
            .indexed(HONGLOU_TRADITIONAL, "NLC"));
    records.add(
        book("红楼梦")
            .remainder("校注本")
            .author("曹雪芹")
            .publisher("人民文学出版社")
            .year(1996)
            .language("chi")
            .indexed(HONGLOU_SIMPLIFIED, "NLC", "PKU"));
    records.add(
        book("Über Kunst und Müßiggang")
            .author("Müller, Jürgen")
            .publisher("Suhrkamp")
            .year(1995)
            .language("ger")
            .edition("2. Aufl.")
            .indexed(MULLER, "BSB"));
    records.add(
        book("The idiot")
            .author("Dostoyevsky, Fyodor")
            .publisher("Vintage")
            .year(2003)
            .indexed(IDIOT, "THU"));
    records.add(
        book("A history of punishment")
            .author("Smith, Anne")
            .publisher("Oxford University Press")
            .year(1985)
            .indexed(HISTORY, "OXF"));
    records.add(
        book("Broken numbers").isbn("978-0-00-000000-1").year(2010).indexed(INVALID_ISBN, "OXF"));
    List<Integer> pagingIds = new ArrayList<>();
    for (int i = 0; i < PAGING_COUNT; i++) {
      pagingIds.add(PAGING_FIRST + (i * 7) % PAGING_COUNT); // scrambled: 101, 108, 115, ...
    }
    for (int id : pagingIds) {
      records.add(book("Paging sample").year(2020).indexed(id, "PAG"));
    }
    index.index(records);
    index.refresh();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static List<Long> ids(String query) {
    return index.search(query, 0, 100).hits().stream().map(SearchHit::recordId).toList();
  }

  @Test
  void isbn10QueryFindsARecordIndexedWithItsIsbn13() {
    assertThat(ids("isbn:0140449132")).containsExactly(CRIME);
  }

  @Test
  void isbn13QueryFindsARecordIndexedWithItsIsbn10() {
    assertThat(ids("isbn:9787020002207")).containsExactly(HONGLOU_TRADITIONAL);
  }

  @Test
  void hyphenatedAndSpacedIsbnQueriesWork() {
    assertThat(ids("isbn:978-7-02-000220-7")).containsExactly(HONGLOU_TRADITIONAL);
    assertThat(ids("isbn:7-02-000220-x")).containsExactly(HONGLOU_TRADITIONAL);
    assertThat(ids("isbn:\"0 14 044913 2\"")).containsExactly(CRIME);
  }

  @Test
  void bareIsbnInFreeTextFindsTheRecord() {
    assertThat(ids("0-14-044913-2")).containsExactly(CRIME);
  }

  @Test
  void invalidIsbnIsFoundByItsCleanedDigits() {
    assertThat(ids("isbn:978-0-00-000000-1")).containsExactly(INVALID_ISBN);
  }

  @Test
  void simplifiedWordFindsTraditionalAndSimplifiedTitles() {
    assertThat(ids("红楼")).containsExactlyInAnyOrder(HONGLOU_TRADITIONAL, HONGLOU_SIMPLIFIED);
    assertThat(ids("title:紅樓")).containsExactlyInAnyOrder(HONGLOU_TRADITIONAL, HONGLOU_SIMPLIFIED);
    assertThat(ids("红楼梦")).containsExactlyInAnyOrder(HONGLOU_TRADITIONAL, HONGLOU_SIMPLIFIED);
  }

  @Test
  void chineseFieldedSearchOnAuthorAndPublisher() {
    assertThat(ids("author:曹雪芹 publisher:文學")).containsExactlyInAnyOrder(
        HONGLOU_TRADITIONAL, HONGLOU_SIMPLIFIED);
    assertThat(ids("红楼 校注")).containsExactly(HONGLOU_SIMPLIFIED);
  }

  @Test
  void storedTitleKeepsTheOriginalScript() {
    SearchHit hit = index.search("isbn:702000220X", 0, 10).hits().get(0);
    assertThat(hit.title()).isEqualTo("紅樓夢");
    assertThat(hit.author()).isEqualTo("曹雪芹");
    assertThat(hit.publisher()).isEqualTo("人民文學出版社");
    assertThat(hit.year()).isEqualTo(1982);
    assertThat(hit.isbn13s()).containsExactly("9787020002207");
    assertThat(hit.libraries()).containsExactly("NLC");
  }

  @Test
  void foldingIgnoresCaseAndDiacritics() {
    assertThat(ids("Muller")).containsExactly(MULLER);
    assertThat(ids("author:MÜLLER")).containsExactly(MULLER);
    assertThat(ids("uber kunst")).containsExactly(MULLER);
    assertThat(ids("mussiggang")).containsExactly(MULLER);
    assertThat(ids("ｃｒｉｍｅ")).containsExactly(CRIME); // full-width letters
  }

  @Test
  void hitCarriesStoredFieldsForDisplay() {
    SearchHit hit = index.search("crime", 0, 10).hits().get(0);
    assertThat(hit.recordId()).isEqualTo(CRIME);
    assertThat(hit.title()).isEqualTo("Crime and punishment");
    assertThat(hit.author()).isEqualTo("Dostoyevsky, Fyodor");
    assertThat(hit.year()).isEqualTo(2003);
    assertThat(hit.publisher()).isEqualTo("Penguin Books");
    assertThat(hit.isbn13s()).containsExactly("9780140449136");
    assertThat(hit.libraries()).containsExactly("PKU", "THU");
    assertThat(hit.score()).isPositive();
  }

  @Test
  void fieldedSearchesStayInTheirField() {
    assertThat(ids("title:punishment")).containsExactlyInAnyOrder(CRIME, HISTORY);
    assertThat(ids("author:dostoyevsky")).containsExactlyInAnyOrder(CRIME, IDIOT);
    assertThat(ids("publisher:penguin")).containsExactly(CRIME);
    assertThat(ids("title:dostoyevsky")).isEmpty();
    assertThat(ids("series:classics")).containsExactly(CRIME);
    assertThat(ids("Title:Idiot")).containsExactly(IDIOT); // field names in any case
  }

  @Test
  void yearAndYearRanges() {
    assertThat(ids("year:1995")).containsExactly(MULLER);
    assertThat(ids("year:[1990 TO 2000]")).containsExactlyInAnyOrder(MULLER, HONGLOU_SIMPLIFIED);
    assertThat(ids("year:1990-2000")).containsExactlyInAnyOrder(MULLER, HONGLOU_SIMPLIFIED);
    assertThat(ids("year:{1995 TO 2003]")).containsExactlyInAnyOrder(HONGLOU_SIMPLIFIED, CRIME, IDIOT);
    assertThat(ids("year:[* TO 1985]")).containsExactlyInAnyOrder(HONGLOU_TRADITIONAL, HISTORY);
    assertThat(ids("dostoyevsky year:2003")).containsExactlyInAnyOrder(CRIME, IDIOT);
  }

  @Test
  void editionAndLanguage() {
    assertThat(ids("edition:2")).containsExactly(MULLER);
    assertThat(ids("lang:GER")).containsExactly(MULLER);
  }

  @Test
  void libraryFilterMatchesUploaderAndHolders() {
    assertThat(ids("library:pku")).containsExactlyInAnyOrder(CRIME, HONGLOU_SIMPLIFIED);
    assertThat(ids("library:THU")).containsExactlyInAnyOrder(CRIME, IDIOT);
    assertThat(ids("红楼 library:PKU")).containsExactly(HONGLOU_SIMPLIFIED);
  }

  @Test
  void booleanOperators() {
    assertThat(ids("crime OR idiot")).containsExactlyInAnyOrder(CRIME, IDIOT);
    assertThat(ids("punishment AND dostoyevsky")).containsExactly(CRIME);
    assertThat(ids("punishment dostoyevsky")).containsExactly(CRIME); // default AND
    assertThat(ids("punishment NOT dostoyevsky")).containsExactly(HISTORY);
    assertThat(ids("punishment -author:smith")).containsExactly(CRIME);
    assertThat(ids("(crime OR idiot) AND year:2003 NOT library:pku")).containsExactly(IDIOT);
    assertThat(ids("\"crime and punishment\"")).containsExactly(CRIME);
    assertThat(ids("\"punishment and crime\"")).isEmpty();
  }

  @Test
  void pureNegationMeansEverythingBut() {
    SearchResult all = index.search("*", 0, 1);
    SearchResult notPaging = index.search("NOT paging", 0, 1);
    assertThat(notPaging.total()).isEqualTo(all.total() - PAGING_COUNT);
  }

  @Test
  void freeTextSearchesTheTextFieldsTogether() {
    // each word in a different field: title, author
    assertThat(ids("punishment dostoyevsky")).containsExactly(CRIME);
    // what has no text field of its own (field "other"): the year, an invalid ISBN's digits
    assertThat(ids("2003")).containsExactlyInAnyOrder(CRIME, IDIOT);
    assertThat(ids("9780000000001")).containsExactly(INVALID_ISBN);
    assertThat(ids("all:dostoyevsky")).containsExactlyInAnyOrder(CRIME, IDIOT);
  }

  @Test
  void aFreeTextPhraseStaysInsideOneField() {
    assertThat(ids("\"crime and punishment\"")).containsExactly(CRIME);
    assertThat(ids("\"punishment dostoyevsky\"")).isEmpty(); // end of the title, then the author
  }

  @Test
  void prefixAndWildcardTerms() {
    assertThat(ids("punish*")).containsExactlyInAnyOrder(CRIME, HISTORY);
    assertThat(ids("title:pun?shment")).containsExactlyInAnyOrder(CRIME, HISTORY);
    assertThat(ids("Mül*")).containsExactly(MULLER);
    assertThat(ids("isbn:978014*")).containsExactly(CRIME);
  }

  @Test
  void pagingGivesTotalsAndStablePagesOrderedByIdOnTies() {
    SearchResult first = index.search("paging", 0, 10);
    SearchResult second = index.search("paging", 10, 10);
    SearchResult last = index.search("paging", 20, 10);
    assertThat(first.total()).isEqualTo(PAGING_COUNT);
    assertThat(last.total()).isEqualTo(PAGING_COUNT);
    assertThat(first.hits()).extracting(SearchHit::recordId)
        .containsExactly(101L, 102L, 103L, 104L, 105L, 106L, 107L, 108L, 109L, 110L);
    assertThat(second.hits()).extracting(SearchHit::recordId)
        .containsExactly(111L, 112L, 113L, 114L, 115L, 116L, 117L, 118L, 119L, 120L);
    assertThat(last.hits()).extracting(SearchHit::recordId)
        .containsExactly(121L, 122L, 123L, 124L, 125L);
    assertThat(index.search("paging", 30, 10).hits()).isEmpty();
  }

  @Test
  void resultsAreSortedByScoreThenId() {
    List<SearchHit> hits = index.search("punishment OR dostoyevsky OR paging", 0, 100).hits();
    for (int i = 1; i < hits.size(); i++) {
      SearchHit a = hits.get(i - 1);
      SearchHit b = hits.get(i);
      assertThat(a.score()).isGreaterThanOrEqualTo(b.score());
      if (a.score() == b.score()) {
        assertThat(a.recordId()).isLessThan(b.recordId());
      }
    }
    // Matching both title and author, Crime and punishment beats the single-match records.
    assertThat(hits.get(0).recordId()).isEqualTo(CRIME);
  }

  @Test
  void limitAboveTheCapGetsTheCap() {
    SearchResult result = index.search("*", 0, 1_000);
    assertThat(result.hits()).hasSize((int) Math.min(result.total(), QueryLimits.MAX_LIMIT));
  }
}
