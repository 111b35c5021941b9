package org.unioncat.ingest.normalize.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SystemNumbersTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "(OCoLC)ocm00012345 | (ocolc)12345",
        "(OCoLC)ocn123456789 | (ocolc)123456789",
        "(OCoLC)on1234567890 | (ocolc)1234567890",
        "(OCoLC)63111280 | (ocolc)63111280",
        "(OCoLC)00012345 | (ocolc)12345",
        "(OCLC)12345 | (ocolc)12345",
        "(OCoLC) 12345 | (ocolc)12345",
        "ocm63111280 | (ocolc)63111280",
        "(OCoLC)fst00862903 | (ocolc)fst00862903",
        "(aleph)000218074BNU03 | (aleph)000218074bnu03",
        "(DLC)   75002321 | (dlc)75002321",
        "(CaOTULAS)160221981 | (caotulas)160221981",
        "CXEBK10344696 | cxebk10344696",
        "9910637057203961 | 9910637057203961",
        "000123 | 123",
        "'' | NULL",
        "(OCoLC) | NULL",
      })
  void systemNumbersAreNormalized(String raw, String expected) {
    assertThat(SystemNumbers.normalize(raw)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "ocm63111280  | OCoLC | (ocolc)63111280",
        "ocn123456789 | NULL | (ocolc)123456789",
        "63111280 | OCoLC | (ocolc)63111280",
        "63111280 | DLC | NULL",
        "990002180740203961 | NULL | NULL",
      })
  void oclcNumberInTheControlNumber(String controlNumber, String id, String expected) {
    assertThat(SystemNumbers.fromControlNumber(controlNumber, id)).isEqualTo(expected);
  }

  /** LC's own examples (lccn-namespace) and LCCNs from Open Library's expected parses. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "n78-890351 | n78890351",
        "n78-89035 | n78089035",
        "'n 78890351 ' | n78890351",
        "'   85000002 ' | 85000002",
        "85-2 | 85000002",
        "2001-000002 | 2001000002",
        "'75-425165//r75' | 75425165",
        "' 79139101 /AC/r932' | 79139101",
        "'sc 83003257 ' | sc83003257",
        "'ca 34001802 ' | ca34001802",
        "'  2007255728' | 2007255728",
        "'   57012963 ' | 57012963",
        "'agr25000003 ' | agr25000003",
        "'' | NULL",
        "'   ' | NULL",
      })
  void lccnIsNormalizedByLcRules(String raw, String expected) {
    assertThat(Lccn.normalize(raw)).isEqualTo(expected);
  }
}
