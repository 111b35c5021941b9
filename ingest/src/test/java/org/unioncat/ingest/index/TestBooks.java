package org.unioncat.ingest.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.unioncat.ingest.Fixtures;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.NormalizedRecord;
import org.unioncat.ingest.normalize.Normalizer;
import org.unioncat.ingest.read.MarcReader;
import org.unioncat.ingest.read.MarcReaders;
import org.unioncat.ingest.read.ReadOptions;
import org.unioncat.ingest.read.ReadRecord;

/**
 * Test data for the index: MARC21 books built in code (a small fluent builder) and real fixture
 * files, both normalized the way the catalog service does it.
 */
final class TestBooks {
  private static final Normalizer NORMALIZER = Normalizer.withDefaultHoldings();

  private TestBooks() {}

  static Book book(String title) {
    return new Book(title);
  }

  /** Every readable record of a fixture under {@code src/test/resources/marc}, normalized. */
  static List<NormalizedRecord> fixture(String name) {
    List<NormalizedRecord> out = new ArrayList<>();
    try (MarcReader reader = MarcReaders.open(Fixtures.path(name), ReadOptions.detect())) {
      for (ReadRecord r = reader.next(); r != null; r = reader.next()) {
        if (r.record().isPresent()) {
          out.add(NORMALIZER.normalize(r.record().get(), r.flavour()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** A MARC21 book record under construction. */
  static final class Book {
    private final String title;
    private String remainder;
    private String author;
    private String publisher;
    private Integer year;
    private String language = "eng";
    private final List<String> isbns = new ArrayList<>();
    private String series;
    private String edition;

    private Book(String title) {
      this.title = title;
    }

    Book remainder(String value) {
      remainder = value;
      return this;
    }

    Book author(String value) {
      author = value;
      return this;
    }

    Book publisher(String value) {
      publisher = value;
      return this;
    }

    Book year(int value) {
      year = value;
      return this;
    }

    Book language(String value) {
      language = value;
      return this;
    }

    Book isbn(String value) {
      isbns.add(value);
      return this;
    }

    Book series(String value) {
      series = value;
      return this;
    }

    Book edition(String value) {
      edition = value;
      return this;
    }

    MarcRecord marc() {
      List<MarcField> fields = new ArrayList<>();
      fields.add(new ControlField("001", "t" + Math.abs(title.hashCode())));
      fields.add(new ControlField("008", fixedField()));
      for (String isbn : isbns) {
        fields.add(DataField.of("020", ' ', ' ', 'a', isbn));
      }
      if (author != null) {
        fields.add(DataField.of("100", '1', ' ', 'a', author));
      }
      fields.add(
          remainder == null
              ? DataField.of("245", '1', '0', 'a', title)
              : DataField.of("245", '1', '0', 'a', title + " :", 'b', remainder));
      if (edition != null) {
        fields.add(DataField.of("250", ' ', ' ', 'a', edition));
      }
      if (publisher != null || year != null) {
        fields.add(
            DataField.of(
                "260",
                ' ',
                ' ',
                'a',
                "London :",
                'b',
                (publisher == null ? "[s.n.]" : publisher) + ",",
                'c',
                year == null ? "[n.d.]" : year + "."));
      }
      if (series != null) {
        fields.add(DataField.of("490", '0', ' ', 'a', series));
      }
      return new MarcRecord(Leader.defaultBook(), fields);
    }

    NormalizedRecord normalized() {
      return NORMALIZER.normalize(marc(), MarcFlavour.MARC21);
    }

    IndexedRecord indexed(long id, String library, String... holders) {
      return new IndexedRecord(id, library, List.of(holders), normalized());
    }

    /** 008 with Date1 = the year (or "uuuu") and the language at 35-37. */
    private String fixedField() {
      String date1 = year == null ? "uuuu" : String.format("%04d", year);
      String f = "000000s" + date1 + "    xx " + " ".repeat(17) + language + " d";
      if (f.length() != 40) {
        throw new IllegalStateException("008 must be 40 characters: " + f.length());
      }
      return f;
    }
  }
}
