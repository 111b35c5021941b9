package org.unioncat.ingest.normalize.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;

class IdentifierExtractorTest {
  private final IdentifierExtractor extractor = new IdentifierExtractor();

  /** OCLC 63111280 exported from Connexion. */
  @Test
  void marc21IdentifiersOfAnOclcRecord() {
    MarcRecord r =
        new MarcRecord(
            new Leader("01685cam a2200421Ia 4500"),
            List.of(
                new ControlField("001", "ocm63111280 "),
                new ControlField("003", "OCoLC"),
                new ControlField("008", "060119s2005    ch a     b    000 0 chi d"),
                DataField.of(
                    "040", ' ', ' ', 'a', "KKU", 'b', "eng", 'c', "KKU", 'd', "OCLCG", 'd', "OCLCF",
                    'd', "OCLCO", 'd', "OCLCQ"),
                DataField.of("035", ' ', ' ', 'a', "(OCoLC)63111280"),
                DataField.of("050", ' ', '4', 'a', "DS821.5.C5", 'b', "Y4 2005")));
    Identifiers ids = extractor.extract(r, MarcFlavour.MARC21);
    assertThat(ids)
        .isEqualTo(
            new Identifiers(
                List.of("(ocolc)63111280"),
                null,
                "chi",
                'a',
                'm',
                'I',
                List.of("lcc:DS821.5.C5"),
                List.of("KKU", "OCLCG", "OCLCF", "OCLCO", "OCLCQ")));
  }

  @Test
  void marc21LccnLanguageFallbackAndClassifications() {
    MarcRecord r =
        new MarcRecord(
            Leader.defaultBook(),
            List.of(
                new ControlField("001", "12345"),
                new ControlField("008", "short"),
                DataField.of("010", ' ', ' ', 'a', "   57012963 "),
                DataField.of("035", ' ', ' ', 'a', "(OCoLC)ocm00012345"),
                DataField.of("035", ' ', ' ', 'a', "(OCoLC)12345"),
                DataField.of("041", '1', ' ', 'a', "engfre"),
                DataField.of("082", '0', '4', 'a', "005.1/33", '2', "23"),
                DataField.of("082", '0', '0', 'a', "813'.54"),
                DataField.of("084", ' ', ' ', 'a', "I242.4", '2', "clc"),
                DataField.of("084", ' ', ' ', 'a', "F124", '2', "CLC5"),
                DataField.of("084", ' ', ' ', 'a', "54.53", '2', "bcl")));
    Identifiers ids = extractor.extract(r, MarcFlavour.MARC21);
    assertThat(ids.systemNumbers()).containsExactly("(ocolc)12345");
    assertThat(ids.lccn()).isEqualTo("57012963");
    assertThat(ids.language()).isEqualTo("eng");
    assertThat(ids.classifications())
        .containsExactly("ddc:005.133", "ddc:813.54", "clc:I242.4", "clc:F124", "bcl:54.53");
    assertThat(ids.encodingLevel()).isEqualTo(' ');
  }

  /** dp2 BNU CNMARC '94 record: 010 is the ISBN, not an LCCN. */
  @Test
  void cnmarcIdentifiers() {
    MarcRecord r =
        new MarcRecord(
            new Leader("01576nam0 2200409   4500"),
            List.of(
                new ControlField("001", "990002180740203961"),
                DataField.of("010", ' ', ' ', 'a', "7-5037-1744-0", 'd', "CNY68.00"),
                DataField.of("035", ' ', ' ', 'a', "(aleph)000218074BNU03"),
                DataField.of("101", '0', ' ', 'a', "chi"),
                DataField.of("690", ' ', ' ', 'a', "F124", 'v', "4"),
                DataField.of("801", ' ', '0', 'a', "CN", 'b', "BNU", 'c', "19950626"),
                DataField.of("801", ' ', '2', 'a', "CN", 'b', "BSD", 'c', "19951009"),
                DataField.of("801", ' ', '2', 'a', "CN", 'b', "bnu", 'c', "20120705")));
    Identifiers ids = extractor.extract(r, MarcFlavour.CNMARC);
    assertThat(ids)
        .isEqualTo(
            new Identifiers(
                List.of("(aleph)000218074bnu03"),
                null,
                "chi",
                'a',
                'm',
                ' ',
                List.of("clc:F124"),
                List.of("BNU", "BSD")));
  }

  @Test
  void emptyRecordGivesEmptyIdentifiers() {
    Identifiers ids = extractor.extract(null, MarcFlavour.MARC21);
    assertThat(ids)
        .isEqualTo(new Identifiers(List.of(), null, null, ' ', ' ', ' ', List.of(), List.of()));
  }
}
