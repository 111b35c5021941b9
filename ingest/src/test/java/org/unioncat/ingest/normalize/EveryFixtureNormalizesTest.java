package org.unioncat.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.unioncat.ingest.Fixtures;
import org.unioncat.ingest.read.MarcReader;
import org.unioncat.ingest.read.MarcReaders;
import org.unioncat.ingest.read.ReadOptions;
import org.unioncat.ingest.read.ReadRecord;
import org.unioncat.ingest.read.UnreadableInputException;

/**
 * Every decodable record of every fixture file — damaged, mislabelled, MARC21, CNMARC, RUSMARC —
 * normalizes without an exception, and its JSON form reads back equal.
 */
class EveryFixtureNormalizesTest {

  @Test
  void everyRecordOfEveryFixtureNormalizes() throws IOException {
    Normalizer normalizer = Normalizer.withDefaultHoldings();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Fixtures.root())) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    int normalized = 0;
    for (Path file : files) {
      try (MarcReader reader = MarcReaders.open(file, ReadOptions.detect().withThreads(1))) {
        ReadRecord read;
        while ((read = reader.next()) != null) {
          if (read.record().isEmpty()) {
            continue;
          }
          NormalizedRecord n = normalizer.normalize(read.record().get(), read.flavour());
          assertThat(NormalizedRecordJson.fromJson(NormalizedRecordJson.toJson(n)))
              .as(Fixtures.root().relativize(file) + " #" + read.ordinal())
              .isEqualTo(n);
          normalized++;
        }
      } catch (UnreadableInputException e) {
        // Text formats (MarcBreaker, Aleph sequential, licences) are not MARC containers.
        continue;
      }
    }
    assertThat(normalized).isGreaterThan(4000);
  }
}
