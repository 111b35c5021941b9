package org.unioncat.ingest.normalize;

import java.util.ArrayList;
import java.util.List;
import org.unioncat.config.HoldingsMapping;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.date.DateExtractor;
import org.unioncat.ingest.normalize.date.DateInfo;
import org.unioncat.ingest.normalize.edition.EditionExtractor;
import org.unioncat.ingest.normalize.edition.EditionInfo;
import org.unioncat.ingest.normalize.extent.ExtentExtractor;
import org.unioncat.ingest.normalize.extent.ExtentInfo;
import org.unioncat.ingest.normalize.holdings.Holding;
import org.unioncat.ingest.normalize.holdings.HoldingsExtractor;
import org.unioncat.ingest.normalize.identifier.IdentifierExtractor;
import org.unioncat.ingest.normalize.identifier.Identifiers;
import org.unioncat.ingest.normalize.isbn.IsbnData;
import org.unioncat.ingest.normalize.isbn.IsbnExtractor;
import org.unioncat.ingest.normalize.name.AuthorEntry;
import org.unioncat.ingest.normalize.name.AuthorExtractor;
import org.unioncat.ingest.normalize.publisher.PublisherExtractor;
import org.unioncat.ingest.normalize.publisher.PublisherInfo;
import org.unioncat.ingest.normalize.series.SeriesData;
import org.unioncat.ingest.normalize.series.SeriesExtractor;
import org.unioncat.ingest.normalize.title.TitleExtractor;
import org.unioncat.ingest.normalize.title.TitleInfo;

/**
 * Turns a decoded record into its {@link NormalizedRecord}: runs every extractor and gathers the
 * corrections they propose. MARC21 and UNIMARC/CNMARC are told apart by the flavour.
 *
 * <p>Thread-safe: the extractors hold no state, so one instance serves every decoding thread.
 */
public final class Normalizer {
  private final List<HoldingsMapping> holdingsMappings;
  private final IsbnExtractor isbns = new IsbnExtractor();
  private final TitleExtractor titles = new TitleExtractor();
  private final AuthorExtractor authors = new AuthorExtractor();
  private final DateExtractor dates = new DateExtractor();
  private final EditionExtractor editions = new EditionExtractor();
  private final SeriesExtractor series = new SeriesExtractor();
  private final ExtentExtractor extents = new ExtentExtractor();
  private final PublisherExtractor publishers = new PublisherExtractor();
  private final IdentifierExtractor identifiers = new IdentifierExtractor();
  private final HoldingsExtractor holdings = new HoldingsExtractor();

  /** @param holdingsMappings where the uploading library's records carry holdings */
  public Normalizer(List<HoldingsMapping> holdingsMappings) {
    this.holdingsMappings = List.copyOf(holdingsMappings);
  }

  /** A normalizer reading holdings from the default MARC21 852 and CNMARC 905. */
  public static Normalizer withDefaultHoldings() {
    return new Normalizer(List.of(HoldingsMapping.marc21Default(), HoldingsMapping.cnmarcDefault()));
  }

  public NormalizedRecord normalize(MarcRecord record, MarcFlavour flavour) {
    IsbnData isbnData = isbns.extract(record, flavour);
    TitleInfo title = titles.extract(record, flavour);
    List<AuthorEntry> names = authors.extract(record, flavour);
    DateInfo dateInfo = dates.extract(record, flavour);
    EditionInfo edition = editions.extract(record, flavour);
    SeriesData seriesData = series.extract(record, flavour);
    ExtentInfo extent = extents.extract(record, flavour);
    PublisherInfo publisher = publishers.extract(record, flavour);
    Identifiers ids = identifiers.extract(record, flavour);
    List<Holding> holdingList = holdings.extract(record, holdingsMappings);

    List<Correction> corrections = new ArrayList<>();
    corrections.addAll(isbnData.corrections());
    corrections.addAll(dateInfo.corrections());
    corrections.addAll(edition.corrections());
    corrections.addAll(seriesData.corrections());

    int completeness =
        CompletenessScore.of(record, flavour, title, names, dateInfo, publisher, extent, isbnData, ids);
    return new NormalizedRecord(
        flavour,
        record.localId().orElse(null),
        isbnData,
        title,
        names,
        dateInfo,
        edition,
        seriesData,
        extent,
        publisher,
        ids,
        holdingList,
        completeness,
        corrections,
        MediumExtractor.extract(record, flavour));
  }
}
