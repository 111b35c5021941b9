package org.unioncat.dedup.candidate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unioncat.dedup.DedupRecord;

/**
 * One record's blocking keys in the form a database table can hold them: each key as a 64-bit
 * hash of its {@link BlockingKey#blockId() block id}, merged per block as {@link
 * CandidateGenerator} merges them (a record with two keys in one block counts once, needy if
 * either key is), plus what the generator splits capped blocks by (trusted year, first author).
 * The nightly job stores them so that an incremental run finds the blocks of its changed records
 * without reading the whole catalog.
 *
 * <p>Hashes: two different block ids share a hash with probability about n²/2⁶⁵ for n keys (10⁻⁶
 * at five million keys); such a collision could only add candidate pairs or split a block
 * differently, never lose a record.
 *
 * @param recordId the record
 * @param year trusted year, or null
 * @param authorHash hash of the first author key ("" hashes too)
 * @param keyCount keys before merging (what the statistics count)
 * @param keys the merged keys
 */
public record RecordBlockKeys(
    long recordId, Integer year, long authorHash, int keyCount, List<Key> keys) {

  /**
   * One merged key.
   *
   * @param hash hash of the block id
   * @param kind the key space's kind ({@link KeyKind#ALT_TITLE_YEAR} is reported as {@link
   *     KeyKind#TITLE_YEAR}, whose space it shares)
   * @param needy for fuzzy keys: whether this record needed it
   * @param value the key's value (for reporting capped blocks)
   */
  public record Key(long hash, KeyKind kind, boolean needy, String value) {}

  public RecordBlockKeys {
    keys = List.copyOf(keys);
  }

  public static RecordBlockKeys of(BlockingKeys blockingKeys, DedupRecord record) {
    List<BlockingKey> all = blockingKeys.of(record);
    Map<String, Key> merged = new LinkedHashMap<>();
    for (BlockingKey k : all) {
      KeyKind kind = spaceKind(k.kind());
      merged.merge(k.blockId(), new Key(hash(k.blockId()), kind, k.needy(), k.value()),
          (a, b) -> b.needy() && !a.needy() ? new Key(a.hash(), a.kind(), true, a.value()) : a);
    }
    return new RecordBlockKeys(record.id(), record.normalized().dates().trusted(),
        hash(BlockingKeys.firstAuthorKey(record)), all.size(), new ArrayList<>(merged.values()));
  }

  /** The kind standing for a key space. */
  public static KeyKind spaceKind(KeyKind kind) {
    return kind == KeyKind.ALT_TITLE_YEAR ? KeyKind.TITLE_YEAR : kind;
  }

  /** The hash of a block id ({@code kind.space() + "\u0001" + value}). */
  public static long blockHash(KeyKind kind, String value) {
    return hash(new BlockingKey(kind, value, false).blockId());
  }

  /** FNV-1a over the UTF-8 bytes, then a strong 64-bit finalizer (SplitMix64's). */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 30;
    h *= 0xbf58476d1ce4e5b9L;
    h ^= h >>> 27;
    h *= 0x94d049bb133111ebL;
    h ^= h >>> 31;
    return h;
  }
}
