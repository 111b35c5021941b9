package org.unioncat.ingest.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.unioncat.ingest.normalize.NormalizedRecord;
import org.unioncat.ingest.normalize.identifier.Identifiers;
import org.unioncat.ingest.normalize.isbn.Isbn;
import org.unioncat.ingest.normalize.isbn.IsbnData;
import org.unioncat.ingest.normalize.isbn.IsbnEntry;
import org.unioncat.ingest.normalize.name.AuthorEntry;
import org.unioncat.ingest.normalize.publisher.PublisherInfo;
import org.unioncat.ingest.normalize.series.SeriesData;
import org.unioncat.ingest.normalize.series.SeriesEntry;
import org.unioncat.ingest.normalize.title.PartInfo;
import org.unioncat.ingest.normalize.title.TitleInfo;

/**
 * Maps an {@link IndexedRecord} to its Lucene document (see {@link CatalogFields} for the
 * fields), and a stored document back to a {@link SearchHit}. The two directions live together
 * because they must agree on the stored fields.
 *
 * <p>Stateless and thread-safe.
 */
final class RecordDocuments {
  private RecordDocuments() {}

  /** The term that identifies a record's document: replace and delete go by it. */
  static Term idTerm(long recordId) {
    return new Term(CatalogFields.ID, Long.toString(recordId));
  }

  /**
   * The record's document. Each text is indexed once, in its own field or in {@code other}: free
   * text searches those fields together ({@link FreeTextQueries}), so no copy field indexes every
   * text a second time.
   */
  static Document toDocument(IndexedRecord record) {
    NormalizedRecord n = record.normalized();
    Document doc = new Document();
    doc.add(new StringField(CatalogFields.ID, Long.toString(record.recordId()), Store.YES));
    doc.add(new NumericDocValuesField(CatalogFields.ID_ORDER, record.recordId()));
    OtherText other = new OtherText();

    addIsbns(doc, n.isbns(), other);
    addTitle(doc, n.title(), other);
    addAuthors(doc, n.authors(), other);
    addPublisher(doc, n.publisher(), other);
    addSeries(doc, n.series(), other);

    Integer year = n.dates() == null ? null : n.dates().trusted();
    if (year != null) {
      doc.add(new IntPoint(CatalogFields.YEAR, year));
      doc.add(new StoredField(CatalogFields.YEAR, year));
      other.add(year.toString());
    }
    if (n.edition() != null) {
      doc.add(new IntPoint(CatalogFields.EDITION, n.edition().number()));
    }
    for (String library : libraries(record)) {
      doc.add(new StringField(CatalogFields.LIBRARY, library, Store.YES));
    }
    addIdentifiers(doc, n.identifiers());

    other.addTo(doc);
    addEmptyWhereMissing(doc);
    return doc;
  }

  /** The text fields, each of which every document has (see {@link #addEmptyWhereMissing}). */
  private static final List<String> TEXT_FIELDS =
      List.of(
          CatalogFields.TITLE,
          CatalogFields.AUTHOR,
          CatalogFields.PUBLISHER,
          CatalogFields.SERIES,
          CatalogFields.OTHER);

  /**
   * Gives every text field the document lacks an empty value. An empty value has no terms, so it
   * matches nothing and changes no score (BM25 counts only documents with terms in the field), but
   * it gives the document a norm (0), which makes the field's norms dense. With sparse norms
   * (publisher and series are missing from many records) writing each segment's postings looked
   * every posting's norm up by a scan of its sparse block: 11 % of the indexing CPU in a profile of
   * {@code IndexBenchmark}, at every refresh and again at every merge. Dense norms are read by
   * position.
   */
  private static void addEmptyWhereMissing(Document doc) {
    for (String field : TEXT_FIELDS) {
      if (doc.getField(field) == null) {
        doc.add(AnalyzedText.EMPTY.field(field));
      }
    }
  }

  /** The hit for a stored document. */
  static SearchHit toHit(Document doc, float score) {
    IndexableField year = doc.getField(CatalogFields.YEAR);
    return new SearchHit(
        Long.parseLong(doc.get(CatalogFields.ID)),
        score,
        doc.get(CatalogFields.TITLE_STORED),
        doc.get(CatalogFields.AUTHOR_STORED),
        year == null ? null : year.numericValue().intValue(),
        doc.get(CatalogFields.PUBLISHER_STORED),
        List.of(doc.getValues(CatalogFields.ISBN13_STORED)),
        List.of(doc.getValues(CatalogFields.LIBRARY)));
  }

  private static void addIsbns(Document doc, IsbnData isbns, OtherText other) {
    if (isbns == null) {
      return;
    }
    Set<String> terms = new LinkedHashSet<>();
    for (IsbnEntry entry : isbns.entries()) {
      if (entry.isbn().isPresent()) {
        Isbn isbn = entry.isbn().get();
        terms.add(isbn.isbn13());
        isbn.isbn10().ifPresent(terms::add);
      } else if (!entry.digits().isEmpty()) {
        terms.add(entry.digits()); // an invalid ISBN is still what the librarian will type
      }
    }
    for (String term : terms) {
      doc.add(new StringField(CatalogFields.ISBN, term, Store.NO));
      other.add(term);
    }
    for (Isbn isbn : isbns.valid()) {
      doc.add(new StoredField(CatalogFields.ISBN13_STORED, isbn.isbn13()));
    }
  }

  private static void addTitle(Document doc, TitleInfo title, OtherText other) {
    if (title == null) {
      return;
    }
    List<String> texts = new ArrayList<>();
    addIfPresent(texts, title.titleProper());
    addIfPresent(texts, title.remainder());
    PartInfo part = title.part();
    addIfPresent(texts, part.raw());
    addIfPresent(texts, part.name());
    // The 880 title is only kept as a key (folded, simplified): exactly what matching needs.
    addIfPresent(texts, title.altScriptKey());
    for (String text : texts) {
      other.addShared(doc, CatalogFields.TITLE, text);
    }
    if (present(title.responsibility())) {
      other.add(title.responsibility().strip());
    }
    if (!title.key().isEmpty()) {
      doc.add(new StringField(CatalogFields.TITLE_KEY, title.key(), Store.NO));
    }
    String display = displayTitle(title);
    if (!display.isEmpty()) {
      doc.add(new StoredField(CatalogFields.TITLE_STORED, display));
    }
  }

  /** "Title proper : remainder. Part" as a catalog display would show it. */
  static String displayTitle(TitleInfo title) {
    StringBuilder out = new StringBuilder(title.titleProper());
    if (present(title.remainder())) {
      out.append(" : ").append(title.remainder());
    }
    PartInfo part = title.part();
    String partText =
        String.join(
                " ",
                present(part.raw()) ? part.raw() : "",
                present(part.name()) ? part.name() : "")
            .strip();
    if (!partText.isEmpty()) {
      out.append(out.length() == 0 ? "" : ". ").append(partText);
    }
    return out.toString();
  }

  private static void addAuthors(Document doc, List<AuthorEntry> authors, OtherText other) {
    AuthorEntry first = null;
    for (AuthorEntry author : authors) {
      if (present(author.display())) {
        other.addShared(doc, CatalogFields.AUTHOR, author.display());
        if (first == null || (author.main() && !first.main())) {
          first = author;
        }
      }
      if (present(author.key())) {
        doc.add(new StringField(CatalogFields.AUTHOR_KEY, author.key(), Store.NO));
      }
    }
    if (first != null) {
      doc.add(new StoredField(CatalogFields.AUTHOR_STORED, first.display()));
    }
  }

  private static void addPublisher(Document doc, PublisherInfo publisher, OtherText other) {
    if (publisher == null) {
      return;
    }
    if (present(publisher.name())) {
      other.addShared(doc, CatalogFields.PUBLISHER, publisher.name());
      doc.add(new StoredField(CatalogFields.PUBLISHER_STORED, publisher.name()));
    }
    if (present(publisher.altScriptKey())) {
      other.addShared(doc, CatalogFields.PUBLISHER, publisher.altScriptKey());
    }
    if (present(publisher.key())) {
      doc.add(new StringField(CatalogFields.PUBLISHER_KEY, publisher.key(), Store.NO));
    }
    if (present(publisher.place())) {
      other.add(publisher.place().strip());
    }
  }

  private static void addSeries(Document doc, SeriesData series, OtherText other) {
    if (series == null) {
      return;
    }
    Set<String> titles = new LinkedHashSet<>();
    for (SeriesEntry entry : series.fromSeriesFields()) {
      addIfPresent(titles, entry.title());
    }
    for (SeriesEntry entry : series.fromNotes()) {
      addIfPresent(titles, entry.title());
    }
    for (String title : titles) {
      other.addShared(doc, CatalogFields.SERIES, title);
    }
  }

  private static void addIdentifiers(Document doc, Identifiers ids) {
    if (ids == null) {
      return;
    }
    if (present(ids.language())) {
      doc.add(new StringField(CatalogFields.LANG, ids.language().strip().toLowerCase(Locale.ROOT), Store.NO));
    }
    Set<String> numbers = new LinkedHashSet<>(ids.systemNumbers());
    addIfPresent(numbers, ids.lccn());
    for (String number : numbers) {
      doc.add(new StringField(CatalogFields.SYSNO, number, Store.NO));
    }
  }

  /** Uploading library first, then holders; trimmed, upper case, no repeats. */
  static List<String> libraries(IndexedRecord record) {
    Set<String> codes = new LinkedHashSet<>();
    addLibrary(codes, record.libraryCode());
    record.holdingLibraries().forEach(code -> addLibrary(codes, code));
    return List.copyOf(codes);
  }

  private static void addLibrary(Set<String> codes, String code) {
    if (present(code)) {
      codes.add(code.strip().toUpperCase(Locale.ROOT));
    }
  }

  private static void addIfPresent(java.util.Collection<String> out, String text) {
    if (present(text)) {
      out.add(text.strip());
    }
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  /**
   * The texts free text must find beside the text fields, kept for {@code other} in the order they
   * were met (and added after the text fields, as the copy field {@code all} once was).
   */
  private static final class OtherText {
    private final List<Field> fields = new ArrayList<>();

    /** A text for {@code other}. */
    void add(String text) {
      fields.add(new TextField(CatalogFields.OTHER, text, Store.NO));
    }

    /** A text for {@code field} (added to the document now), which free text finds there. */
    void addShared(Document doc, String field, String text) {
      doc.add(new TextField(field, text, Store.NO));
    }

    void addTo(Document doc) {
      fields.forEach(doc::add);
    }
  }
}
