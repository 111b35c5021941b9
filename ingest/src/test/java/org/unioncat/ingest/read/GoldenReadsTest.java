package org.unioncat.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unioncat.ingest.Fixtures;
import org.unioncat.ingest.finding.FindingCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every fixture against {@code read/expected-reads.json}: record count, empty records and the set
 * of finding codes, sequentially and on two threads.
 */
class GoldenReadsTest {

  private static JsonNode golden() throws IOException {
    try (InputStream in = GoldenReadsTest.class.getResourceAsStream("/read/expected-reads.json")) {
      return JsonMapper.builder().build().readTree(in).get("files");
    }
  }

  static Stream<Arguments> fixtures() throws IOException {
    JsonNode files = golden();
    return files.properties().stream()
        .filter(e -> !e.getValue().has("skip"))
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixtureReadsAsExpected(String name, JsonNode expected) {
    for (int threads : new int[] {1, 2}) {
      List<ReadRecord> records = Reads.fixture(name, Reads.sequential().withThreads(threads));
      assertThat(records).as("%s records (%d threads)", name, threads)
          .hasSize(expected.get("records").asInt());
      assertThat(records.stream().filter(r -> r.record().isEmpty()).count())
          .as("%s empty records", name).isEqualTo(expected.get("empty").asLong());
      Set<String> codes = new TreeSet<>();
      for (JsonNode c : expected.get("codes")) {
        codes.add(FindingCode.valueOf(c.asString()).name());
      }
      assertThat(Reads.codes(records).stream().map(Enum::name).collect(Collectors.toSet()))
          .as("%s finding codes", name).isEqualTo(codes);
      for (int i = 0; i < records.size(); i++) {
        assertThat(records.get(i).ordinal()).isEqualTo(i + 1);
      }
    }
  }

  @Test
  void everyFixtureFileIsInTheGoldenFileOrSkippedWithAReason() throws IOException {
    JsonNode files = golden();
    Path root = Fixtures.root();
    List<String> onDisk;
    try (Stream<Path> walk = Files.walk(root)) {
      onDisk = walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted().collect(Collectors.toList());
    }
    assertThat(onDisk).allSatisfy(name -> assertThat(files.has(name))
        .as("%s is listed in read/expected-reads.json", name).isTrue());
    for (Map.Entry<String, JsonNode> e : files.properties()) {
      assertThat(onDisk).as("listed file exists").contains(e.getKey());
      if (e.getValue().has("skip")) {
        assertThat(e.getValue().get("skip").asString()).isNotBlank();
      }
    }
  }
}
