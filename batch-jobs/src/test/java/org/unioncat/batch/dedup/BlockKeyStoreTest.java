package org.unioncat.batch.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unioncat.dedup.candidate.BlockPairs.Member;
import org.unioncat.dedup.candidate.KeyKind;
import org.unioncat.dedup.candidate.RecordBlockKeys;

class BlockKeyStoreTest {

  @Test
  void blocksAfterReplacingKeysAreTheOldOnesWithoutTheRemovedAndWithTheAddedInRecordOrder() {
    Map<Long, BlockKeyStore.Block> before = Map.of(
        100L, block(KeyKind.ISBN, new Member(1, false, 2001, 7), new Member(5, false, null, 9)),
        200L, block(KeyKind.TITLE_YEAR, new Member(5, true, null, 9)));
    // record 5 changed (its keys are now 100 and 300, another year), record 1 was deleted,
    // record 3 is new and shares block 100
    List<RecordBlockKeys> added = List.of(
        new RecordBlockKeys(5, 1999, 11, 2, List.of(
            new RecordBlockKeys.Key(100, KeyKind.ISBN, false, "9780000000001"),
            new RecordBlockKeys.Key(300, KeyKind.TITLE_AUTHOR, true, "x"))),
        new RecordBlockKeys(3, null, 4, 1, List.of(
            new RecordBlockKeys.Key(100, KeyKind.ISBN, false, "9780000000001"))));

    Map<Long, BlockKeyStore.Block> after =
        BlockKeyStore.afterReplacing(before, Set.of(1L, 5L), added);

    // block 200 lost its only member: it is gone, as a read would not return it
    assertThat(after).containsOnlyKeys(100L, 300L);
    assertThat(after.get(100L).kind()).isEqualTo(KeyKind.ISBN);
    assertThat(after.get(100L).members()).containsExactly(
        new Member(3, false, null, 4), new Member(5, false, 1999, 11));
    assertThat(after.get(300L).kind()).isEqualTo(KeyKind.TITLE_AUTHOR);
    assertThat(after.get(300L).members()).containsExactly(new Member(5, true, 1999, 11));
    // the blocks before are left as they were (their pairs were already taken)
    assertThat(before.get(100L).members()).extracting(Member::recordId).containsExactly(1L, 5L);
  }

  private static BlockKeyStore.Block block(KeyKind kind, Member... members) {
    return new BlockKeyStore.Block(kind, new ArrayList<>(List.of(members)));
  }
}
