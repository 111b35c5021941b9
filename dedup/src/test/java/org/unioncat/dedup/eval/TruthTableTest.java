package org.unioncat.dedup.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TruthTableTest {
  private static final TruthTable TABLE = new TruthTable(List.of(
      new TruthRow("LIB01", "1", "G1", 0, Role.ORIGINAL, false, ""),
      new TruthRow("LIB02", "7", "G1", 1, Role.DUPLICATE, false, ""),
      new TruthRow("LIB03", "9", "G1", 12, Role.DUPLICATE, true, ""),
      new TruthRow("LIB04", "5", "G1", 11, Role.FINDING, true, ""),
      new TruthRow("LIB02", "8", "G2", 5, Role.ORIGINAL, true, "G1")));

  @Test
  void duplicatePairsAreAllPairsOfLinkableRecordsWithinAGroup() {
    assertThat(TABLE.duplicatePairs()).containsExactlyInAnyOrder(
        pair("LIB01", "1", "LIB02", "7"), pair("LIB01", "1", "LIB03", "9"), pair("LIB02", "7", "LIB03", "9"));
  }

  @Test
  void pairsWithAFindingRoleRecordAreNeutral() {
    assertThat(TABLE.neutralPairs()).containsExactlyInAnyOrder(
        pair("LIB04", "5", "LIB01", "1"), pair("LIB04", "5", "LIB02", "7"), pair("LIB04", "5", "LIB03", "9"));
  }

  @Test
  void findingRecordsAreThoseFlaggedWhateverTheirRole() {
    assertThat(TABLE.findingRecords()).extracting(TruthRow::cause).containsExactly(12, 11, 5);
  }

  @Test
  void csvHasTheDocumentedHeaderAndOneLinePerRecord() {
    assertThat(TABLE.toCsv()).isEqualTo("""
        library,local_id,group_id,cause,role,finding,negative_of
        LIB01,1,G1,0,original,0,
        LIB02,7,G1,1,duplicate,0,
        LIB03,9,G1,12,duplicate,1,
        LIB04,5,G1,11,finding,1,
        LIB02,8,G2,5,original,1,G1
        """);
  }

  private static RecordPair pair(String l1, String id1, String l2, String id2) {
    return new RecordPair(new RecordKey(l1, id1), new RecordKey(l2, id2));
  }
}
