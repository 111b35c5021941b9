package org.unioncat.ingest.normalize.title;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unioncat.config.HoldingsMapping;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.marc.Subfield;
import org.unioncat.ingest.normalize.holdings.HoldingsExtractor;
import org.unioncat.ingest.normalize.identifier.IdentifierExtractor;
import org.unioncat.ingest.normalize.name.AuthorExtractor;
import org.unioncat.ingest.normalize.publisher.PublisherExtractor;

/**
 * Damaged records of the kinds cause 11 describes (wrong flavour or character set chosen on
 * download, a crash mid-save): every extractor returns a value and never throws.
 */
class ExtractorsNeverThrowTest {

  static Stream<Arguments> damagedRecords() {
    List<Arguments> out = new ArrayList<>();
    String[] junk = {
      "",
      " ",
      "/",
      "\u0088",
      "\u0089\u0088",
      "\u001B",
      "$6",
      "880-",
      "245-0",
      "第卷",
      "v.",
      "1-999999",
      "99999999999999",
      "上中下",
      "(",
      ")",
      ",",
      "￿",
      "\uD83D\uDE00",
      "REQUIRED FIELD",
      "[s.n.]",
      "()",
      "(OCoLC)",
      "ocm",
      "/r75",
      "-",
      "十百千万"
    };
    String[] tags = {
      "245", "200", "100", "700", "880", "110", "111", "711", "701", "712", "260", "264", "210",
      "035", "010", "008", "040", "050", "082", "084", "690", "801", "852", "905", "041", "101"
    };
    for (String value : junk) {
      List<MarcField> fields = new ArrayList<>();
      fields.add(new ControlField("001", value));
      fields.add(new ControlField("008", value));
      for (String tag : tags) {
        List<Subfield> subs = new ArrayList<>();
        for (char code : "abcdefhiknpqz4602AF".toCharArray()) {
          subs.add(new Subfield(code, value));
        }
        fields.add(new DataField(tag, value.isEmpty() ? '\0' : value.charAt(0), '9', subs));
        fields.add(new DataField(tag, '1', '0', List.of()));
      }
      for (MarcFlavour flavour : MarcFlavour.values()) {
        out.add(Arguments.of(value, flavour, new MarcRecord(new Leader(value), fields)));
      }
      out.add(Arguments.of(value, null, new MarcRecord(null, fields)));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @MethodSource("damagedRecords")
  void everyExtractorReturnsAValue(String value, MarcFlavour flavour, MarcRecord record) {
    assertThat(new TitleExtractor().extract(record, flavour)).isNotNull();
    assertThat(new AuthorExtractor().extract(record, flavour)).isNotNull();
    assertThat(new PublisherExtractor().extract(record, flavour)).isNotNull();
    assertThat(new IdentifierExtractor().extract(record, flavour)).isNotNull();
    assertThat(
            new HoldingsExtractor()
                .extract(
                    record,
                    List.of(HoldingsMapping.marc21Default(), HoldingsMapping.cnmarcDefault())))
        .isNotNull();
    assertThat(PartNumberParser.parse(value, value, "245$n")).isNotNull();
  }
}
