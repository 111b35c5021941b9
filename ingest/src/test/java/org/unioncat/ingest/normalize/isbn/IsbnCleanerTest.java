package org.unioncat.ingest.normalize.isbn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Golden table of real 020/010 values (catalogers' practice) and their exact cleaning. */
class IsbnCleanerTest {

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(
      resources = "/normalize/isbn_cases.csv",
      delimiter = '|',
      quoteCharacter = '~',
      emptyValue = "")
  void cleansValidatesAndClassifiesRealIsbnValues(
      String raw,
      String digits,
      String isbn13,
      IsbnProblem problem,
      Binding binding,
      String qualifier) {
    IsbnEntry entry = IsbnEntry.of(raw, "020$a", "", false);

    assertThat(entry.digits()).isEqualTo(digits == null ? "" : digits);
    assertThat(entry.isbn().map(Isbn::isbn13).orElse("")).isEqualTo(isbn13 == null ? "" : isbn13);
    assertThat(entry.problem()).isEqualTo(problem);
    assertThat(entry.binding()).isEqualTo(binding);
    assertThat(entry.qualifier()).isEqualTo(qualifier == null ? "" : qualifier);
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(
      resources = "/normalize/isbn_cases.csv",
      delimiter = '|',
      quoteCharacter = '~',
      emptyValue = "")
  void parseAgreesWithTheGoldenTable(String raw, String digits, String isbn13) {
    assertThat(Isbn.parse(raw).map(Isbn::isbn13).orElse(""))
        .isEqualTo(isbn13 == null ? "" : isbn13);
  }
}
