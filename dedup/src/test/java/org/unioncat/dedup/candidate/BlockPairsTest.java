package org.unioncat.dedup.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unioncat.dedup.run.TestRecords.book;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.dedup.run.TestRecords;

/**
 * The key-table route (keys per record, grouped by hash, each block paired by {@link BlockPairs})
 * gives exactly the pairs, blocks, capped blocks and skipped pairs of {@link CandidateGenerator}.
 */
class BlockPairsTest {

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 5, 200})
  void theKeyTableRouteGivesTheGeneratorsPairsAndCappedBlocks(int cap) {
    List<DedupRecord> records = catalog(new Random(cap), 80);

    Candidates expected = new CandidateGenerator(new BlockingKeys(), cap).generate(records);

    Map<Long, List<BlockPairs.Member>> blocks = new TreeMap<>();
    Map<Long, RecordBlockKeys.Key> keyOf = new TreeMap<>();
    long keys = 0;
    List<DedupRecord> byId = new ArrayList<>(records);
    byId.sort((a, b) -> Long.compare(a.id(), b.id()));
    for (DedupRecord r : byId) {
      RecordBlockKeys k = RecordBlockKeys.of(new BlockingKeys(), r);
      keys += k.keyCount();
      for (RecordBlockKeys.Key key : k.keys()) {
        blocks.computeIfAbsent(key.hash(), h -> new ArrayList<>())
            .add(new BlockPairs.Member(r.id(), key.needy(), k.year(), k.authorHash()));
        keyOf.putIfAbsent(key.hash(), key);
      }
    }
    Set<String> pairs = new HashSet<>();
    Set<CappedBlock> capped = new HashSet<>();
    long blockCount = 0;
    long skipped = 0;
    BlockPairs blockPairs = new BlockPairs(cap);
    for (var e : blocks.entrySet()) {
      RecordBlockKeys.Key key = keyOf.get(e.getKey());
      BlockPairs.Outcome o = blockPairs.pairs(key.kind(), e.getValue(),
          (a, b) -> pairs.add(a + "-" + b));
      if (o.members() >= 2) {
        blockCount++;
      }
      if (o.capped()) {
        capped.add(new CappedBlock(key.kind(), key.value(), o.members(), o.made(),
            o.possible() - o.made()));
        skipped += o.possible() - o.made();
      }
    }

    assertThat(pairs).containsExactlyInAnyOrderElementsOf(
        expected.pairs().stream().map(IdPair::toString).toList());
    assertThat(keys).isEqualTo(expected.keys());
    assertThat(blockCount).isEqualTo(expected.blocks());
    assertThat(capped).containsExactlyInAnyOrderElementsOf(expected.cappedBlocks());
    assertThat(skipped).isEqualTo(expected.pairsSkipped());
    if (cap <= 3) {
      assertThat(capped).isNotEmpty();
    }
  }

  /** Few titles, years, authors and ISBNs, so that blocks are large and often over a small cap. */
  private static List<DedupRecord> catalog(Random random, int n) {
    String[] titles = {"Poems", "Selected poems", "The hobbit", "Introduction to algebra",
        "Introduction to algebraic topology", "[No title]", "红楼梦", ""};
    String[] authors = {"Smith, John", "Tolkien, J.", "", "Cao, Xueqin"};
    String[] isbns = {"9780261102217", "9780140449136", "9780787955182", "9787500000006",
        "9780306406157"};
    List<DedupRecord> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      TestRecords.Builder b = book(1000 - 7L * i, i % 3 == 0 ? "L" : "M");
      String title = titles[random.nextInt(titles.length)];
      b.title(title);
      String author = authors[random.nextInt(authors.length)];
      if (!author.isEmpty()) {
        b.author(author);
      }
      b.year(random.nextInt(4) > 0 ? Integer.valueOf(1998 + random.nextInt(3)) : null);
      if (random.nextBoolean()) {
        b.isbn(isbns[random.nextInt(isbns.length)]);
      }
      out.add(b.build());
    }
    return out;
  }
}
