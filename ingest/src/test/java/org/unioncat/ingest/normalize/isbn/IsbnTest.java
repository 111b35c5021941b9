package org.unioncat.ingest.normalize.isbn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsbnTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "9787503726231 | 7503726237",
        "9780140449136 | 0140449132",
        "9787300032153 | 730003215X",
        "9789514920981 | 9514920988",
      })
  void isbn13Of978HasAnIsbn10Form(String isbn13, String isbn10) {
    assertThat(new Isbn(isbn13).isbn10()).contains(isbn10);
  }

  @Test
  void isbn13Of979HasNoIsbn10Form() {
    assertThat(new Isbn("9791032000151").isbn10()).isEmpty();
  }

  @Test
  void isbn10AndIsbn13OfSameBookFoldToOneKey() {
    assertThat(Isbn.parse("7-5037-2623-7")).isEqualTo(Isbn.parse("978-7-5037-2623-1"));
    assertThat(Isbn.parse("7-5037-2623-7")).contains(new Isbn("9787503726231"));
  }

  @ParameterizedTest
  @CsvSource({"9787503726232", "978750372623", "97875037262310", "4006381333931", "97875O3726231"})
  void constructorRejectsAnythingButAValidIsbn13(String value) {
    assertThatThrownBy(() -> new Isbn(value)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructorRejectsNull() {
    assertThatThrownBy(() -> new Isbn(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parseOfNullOrBlankIsEmpty() {
    assertThat(Isbn.parse(null)).isEqualTo(Optional.empty());
    assertThat(Isbn.parse("   ")).isEqualTo(Optional.empty());
  }
}
