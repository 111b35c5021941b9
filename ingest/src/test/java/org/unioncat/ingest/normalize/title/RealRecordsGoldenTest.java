package org.unioncat.ingest.normalize.title;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unioncat.config.HoldingsMapping;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.holdings.Holding;
import org.unioncat.ingest.normalize.holdings.HoldingsExtractor;
import org.unioncat.ingest.normalize.identifier.IdentifierExtractor;
import org.unioncat.ingest.normalize.identifier.Identifiers;
import org.unioncat.ingest.normalize.name.AuthorEntry;
import org.unioncat.ingest.normalize.name.AuthorExtractor;
import org.unioncat.ingest.normalize.publisher.PublisherExtractor;
import org.unioncat.ingest.normalize.publisher.PublisherInfo;

/**
 * Runs every extractor of this half of normalization on real records (the dp2 samples from BNU's
 * Alma catalogue, CNMARC and MARC21; UTF-8 Open Library and OCLC fixtures with 880 fields) and
 * compares one line per record with the reviewed golden file {@code normalize-b/real_records.tsv}
 * (its header names the columns).
 */
class RealRecordsGoldenTest {
  private static final String GOLDEN = "/normalize-b/real_records.tsv";

  static Stream<Arguments> records() throws IOException {
    List<String> golden;
    try (InputStream in = RealRecordsGoldenTest.class.getResourceAsStream(GOLDEN)) {
      golden =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(l -> !l.isBlank() && !l.startsWith("#"))
              .toList();
    }
    List<Arguments> out = new ArrayList<>();
    for (String line : golden) {
      String[] cols = line.split("\t", 3);
      MarcFlavour flavour = MarcFlavour.valueOf(cols[1]);
      MarcRecord record =
          cols[0].endsWith(".xml")
              ? MarcXmlRecords.load(cols[0]).stream()
                  .filter(r -> r.localId().orElse("").equals(cols[2].split("\t")[0]))
                  .findFirst()
                  .orElseThrow()
              : Iso2709Records.first(cols[0]);
      out.add(Arguments.of(cols[0], flavour, record, cols[2]));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {3}")
  @MethodSource("records")
  void realRecordsNormalizeAsReviewed(
      String file, MarcFlavour flavour, MarcRecord record, String expected) {
    assertThat(describe(record, flavour)).isEqualTo(expected);
  }

  /** One tab-separated line describing what normalization makes of {@code record}. */
  static String describe(MarcRecord record, MarcFlavour flavour) {
    TitleInfo t = new TitleExtractor().extract(record, flavour);
    List<AuthorEntry> names = new AuthorExtractor().extract(record, flavour);
    PublisherInfo p = new PublisherExtractor().extract(record, flavour);
    Identifiers ids = new IdentifierExtractor().extract(record, flavour);
    List<Holding> holdings =
        new HoldingsExtractor()
            .extract(
                record, List.of(HoldingsMapping.marc21Default(), HoldingsMapping.cnmarcDefault()));
    return String.join(
        "\t",
        record.localId().orElse(""),
        t.key()
            + (t.missing() ? "(missing)" : "")
            + (t.altScriptKey() == null ? "" : "~" + t.altScriptKey()),
        t.part().raw() == null ? "" : t.part().raw() + "=" + t.part().numbers(),
        names.stream()
            .map(n -> n.key() + (n.main() ? "*" : "") + (n.authorizedForm() ? "!" : ""))
            .collect(Collectors.joining("|")),
        (p.key() == null ? "" : p.key()) + (p.altScriptKey() == null ? "" : "~" + p.altScriptKey()),
        String.join("|", ids.systemNumbers()),
        String.join("|", ids.classifications()),
        String.join("|", ids.catalogingSources()),
        holdings.stream()
            .map(h -> h.libraryCode() + ":" + h.callNumber())
            .collect(Collectors.joining("|")));
  }
}
