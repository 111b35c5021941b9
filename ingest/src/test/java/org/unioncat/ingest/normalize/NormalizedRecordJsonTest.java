package org.unioncat.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unioncat.ingest.Fixtures;
import org.unioncat.ingest.read.MarcReader;
import org.unioncat.ingest.read.MarcReaders;
import org.unioncat.ingest.read.ReadOptions;
import org.unioncat.ingest.read.ReadRecord;

/** The stored JSON of a normalized record reads back to an equal record; its UTF-8 form is the same text. */
class NormalizedRecordJsonTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "solrmarc/uva_001_2000.mrc",
        "dp2/sample_cnmarcxml.xml",
        "dp2/sample_marcxml.xml",
        "marc4j/oclc_63111280_export_as_UTF8_from_connexion.mrc",
        "catmandu/bu_bibs.mrc",
        "traject/test_data.utf8.mrc"
      })
  void everyRecordRoundTripsThroughJson(String fixture) throws IOException {
    Normalizer normalizer = Normalizer.withDefaultHoldings();
    int checked = 0;
    try (MarcReader reader = MarcReaders.open(Fixtures.path(fixture), ReadOptions.detect())) {
      ReadRecord read;
      while ((read = reader.next()) != null) {
        if (read.record().isEmpty()) {
          continue;
        }
        NormalizedRecord n = normalizer.normalize(read.record().get(), read.flavour());
        String json = NormalizedRecordJson.toJson(n);

        assertThat(NormalizedRecordJson.fromJson(json)).as(fixture + " #" + read.ordinal()).isEqualTo(n);
        // The UTF-8 form the store writes is exactly the text's UTF-8 encoding.
        assertThat(NormalizedRecordJson.toJsonUtf8(n))
            .as(fixture + " #" + read.ordinal())
            .isEqualTo(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(0);
  }
}
