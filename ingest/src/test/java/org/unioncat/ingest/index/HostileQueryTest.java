package org.unioncat.ingest.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.unioncat.ingest.index.TestBooks.book;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Queries the index must refuse with an {@link InvalidQueryException} worded for librarians,
 * never a Lucene exception. The timeout is only a guard against a hang, not a measurement.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileQueryTest {
  @TempDir static Path dir;
  private static CatalogIndex index;

  @BeforeAll
  static void open() {
    index = CatalogIndex.open(dir);
    index.index(
        List.of(
            book("Crime and punishment").author("Dostoyevsky, Fyodor").year(2003).indexed(1, "A"),
            book("红楼梦").author("曹雪芹").year(1996).indexed(2, "B")));
    index.refresh();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static InvalidQueryException refused(String query) {
    InvalidQueryException e =
        catchThrowableOfType(InvalidQueryException.class, () -> index.search(query, 0, 10));
    assertThat(e).as("refused: %s", query.length() > 80 ? query.substring(0, 80) + "..." : query)
        .isNotNull();
    assertThat(e.code()).isEqualTo("INVALID_QUERY");
    assertThat(e.messageZh()).isNotBlank().isNotEqualTo(e.getMessage());
    assertThat(e.getMessage()).doesNotContain("Encountered", "org.apache");
    return e;
  }

  @Test
  void unbalancedQuotes() {
    assertThat(refused("\"crime and punishment").getMessage()).contains("quotation mark");
  }

  @ParameterizedTest
  @ValueSource(strings = {"(crime OR idiot", "crime)", "((crime) OR (idiot)", "title:(crime"})
  void unbalancedParentheses(String query) {
    assertThat(refused(query).getMessage()).contains("parenthesis");
  }

  @ParameterizedTest
  @ValueSource(strings = {"*foo", "?rime", "title:*ment", "author:?ost*"})
  void leadingWildcards(String query) {
    assertThat(refused(query).getMessage()).contains("cannot start with * or ?");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a*", "cr*", "ab?d", "a~"})
  void tooShortBeforeTheWildcard(String query) {
    assertThat(refused(query).getMessage()).contains("too short");
  }

  @Test
  void tooManyWildcardTerms() {
    assertThat(refused("abc* bcd* cde* def* efg* fgh*").getMessage()).contains("At most 5");
  }

  @Test
  void wildcardsOnExactFields() {
    assertThat(refused("library:PK*").getMessage()).contains("work on free text");
  }

  @Test
  void tooLong() {
    String query = "crime ".repeat(400).strip();
    assertThat(query.length()).isGreaterThan(2_000);
    assertThat(refused(query).getMessage()).contains("too long").contains("1,000");
  }

  @Test
  void deepNesting() {
    String query = "(".repeat(100) + "crime" + ")".repeat(100);
    assertThat(refused(query).getMessage()).contains("nests parentheses");
  }

  @Test
  void tenThousandOrClauses() {
    String query =
        IntStream.range(0, 10_000).mapToObj(i -> "w" + i).collect(Collectors.joining(" OR "));
    assertThat(refused(query).getMessage()).contains("too long");
  }

  @Test
  void tooManyTermsWithinTheLengthLimit() {
    String query =
        IntStream.range(0, 250).mapToObj(i -> "w" + (i % 10)).collect(Collectors.joining(" "));
    assertThat(query.length()).isLessThanOrEqualTo(QueryLimits.MAX_LENGTH);
    assertThat(refused(query).getMessage()).contains("too many terms");
  }

  @Test
  void longChineseTextCountsItsBigrams() {
    String query = "红楼梦".repeat(100);
    assertThat(refused(query).getMessage()).contains("too many terms");
  }

  @Test
  void unknownFieldNamesTheFieldsThereAre() {
    InvalidQueryException e = refused("subject:history");
    assertThat(e.getMessage()).contains("\"subject:\"").contains("isbn, title, author");
    assertThat(e.messageZh()).contains("subject:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"crime AND", "OR crime", "title:", "crime^^2", "[1990 TO", "year:[1990 TO 2000", "crime\\"})
  void syntaxErrors(String query) {
    assertThat(refused(query).getMessage()).startsWith("The search could not be understood");
  }

  @ParameterizedTest
  @ValueSource(strings = {"year:abc", "year:19999", "edition:first", "isbn:abc"})
  void badFieldValues(String query) {
    assertThat(refused(query).getMessage()).contains(": expects");
  }

  @Test
  void rangesOnTextFields() {
    assertThat(refused("title:[a TO z]").getMessage()).contains("year: and edition: only");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void blank(String query) {
    assertThat(refused(query).getMessage()).contains("Enter something");
  }

  @Test
  void pagingLimits() {
    InvalidQueryException deep =
        catchThrowableOfType(InvalidQueryException.class, () -> index.search("crime", 10_001, 10));
    assertThat(deep.getMessage()).contains("first 10,000");
    assertThat(catchThrowableOfType(InvalidQueryException.class, () -> index.search("crime", -1, 10)))
        .isNotNull();
    assertThat(catchThrowableOfType(InvalidQueryException.class, () -> index.search("crime", 0, 0)))
        .isNotNull();
    assertThat(index.search("crime", 10_000, 1_000).hits()).isEmpty();
  }

  @Test
  void slashesAndFullWidthSyntaxAreHandled() {
    // a slash is a character, not a regular expression
    assertThat(index.search("crime / punishment", 0, 10).total()).isEqualTo(1);
    assertThat(index.search("and/or", 0, 10).total()).isZero();
    // a Chinese input method's full-width colon and parentheses act as syntax
    assertThat(index.search("author：曹雪芹", 0, 10).total()).isEqualTo(1);
    assertThat(index.search("（红楼 OR crime）", 0, 10).total()).isEqualTo(2);
  }

  @Test
  void escapedSyntaxIsAllowed() {
    assertThat(index.search("crime\\: punishment", 0, 10).total()).isEqualTo(1);
    assertThat(index.search("\"crime: and punishment\"", 0, 10).total()).isEqualTo(1);
  }
}
