package org.unioncat.ingest.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.unioncat.config.HoldingsMapping;
import org.unioncat.ingest.index.CatalogIndex;
import org.unioncat.ingest.index.IndexedRecord;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.NormalizedRecord;
import org.unioncat.ingest.normalize.NormalizedRecordJson;
import org.unioncat.ingest.normalize.Normalizer;
import org.unioncat.ingest.store.CatalogQueries;
import org.unioncat.ingest.store.MemberLibrary;
import org.unioncat.ingest.store.StoreException;
import org.unioncat.ingest.store.StoredRecord;

/**
 * Derives every ACTIVE record's normalized view again from its raw MARC (the source of truth) with
 * the rules of the running version, after an upgrade changed the normalization: a stored view
 * made by older rules would otherwise keep its old title key, ISBN forms or edition reading until
 * its library re-sent the record. Only the records whose view actually changes are written; their
 * {@code updated_at} moves, so the next nightly run treats them as changed (new blocking keys, new
 * scores), and their index documents are replaced.
 *
 * <p>Streams the catalog in pages (bounded memory), decodes and normalizes a page on all cores,
 * writes each page's changes in one transaction. An update is guarded by the raw record it was
 * derived from, so a record replaced or merged meanwhile is left as it is. Safe to interrupt and
 * to run again: a second run finds nothing to change.
 */
public final class Renormalization {
  private static final int PAGE = 1000;

  /**
   * @param read ACTIVE records read
   * @param changed records whose normalized view was rewritten
   * @param undecodable records whose raw MARC could no longer be decoded (left as they were)
   */
  public record Result(long read, long changed, long undecodable) {}

  private final DataSource dataSource;
  private final CatalogQueries queries;
  private final Map<String, Normalizer> byLibrary = new HashMap<>();
  private final Normalizer defaults =
      new Normalizer(List.of(HoldingsMapping.marc21Default(), HoldingsMapping.cnmarcDefault()));

  /** {@code libraries}: the members, whose holdings mappings shape the view as at upload. */
  public Renormalization(DataSource dataSource, CatalogQueries queries, List<MemberLibrary> libraries) {
    this.dataSource = dataSource;
    this.queries = queries;
    for (MemberLibrary l : libraries) {
      byLibrary.put(l.code().value(), new Normalizer(l.settings().holdings()));
    }
  }

  /**
   * Runs over the whole catalog.
   *
   * @param index the search index to update, or null when it is rebuilt separately
   * @param progress told the records read so far after each page
   */
  public Result run(CatalogIndex index, LoadProgress progress) {
    long[] counts = new long[3];
    queries.activeRecords(PAGE, page -> {
      List<Outcome> outcomes = page.parallelStream().map(this::renormalize).toList();
      List<Outcome> changed = new ArrayList<>();
      for (Outcome o : outcomes) {
        if (o.undecodable()) {
          counts[2]++;
        } else if (o.json() != null) {
          changed.add(o);
        }
      }
      List<Outcome> written = write(changed);
      if (index != null && !written.isEmpty()) {
        reindex(index, written);
      }
      counts[0] += page.size();
      counts[1] += written.size();
      progress.chunkCommitted(counts[0], 0);
    });
    return new Result(counts[0], counts[1], counts[2]);
  }

  /** A record's new view: json null when it is unchanged. */
  private record Outcome(StoredRecord stored, NormalizedRecord normalized, String json, boolean undecodable) {}

  private Outcome renormalize(StoredRecord stored) {
    Optional<MarcRecord> record = StoredRecordDecoder.decode(stored);
    if (record.isEmpty()) {
      return new Outcome(stored, null, null, true);
    }
    Normalizer normalizer = byLibrary.getOrDefault(stored.libraryCode(), defaults);
    NormalizedRecord n = normalizer.normalize(record.get(), MarcFlavour.valueOf(stored.flavour()));
    String json = NormalizedRecordJson.toJson(n);
    return json.equals(stored.normalizedJson())
        ? new Outcome(stored, n, null, false)
        : new Outcome(stored, n, json, false);
  }

  /**
   * Writes a page's changes in one transaction; returns those that were still current: the rows
   * are locked and their raw MARC compared with the bytes the new view came from (a merge amends
   * the raw record without changing the content hash, so the hash cannot tell).
   */
  private List<Outcome> write(List<Outcome> changed) {
    if (changed.isEmpty()) {
      return changed;
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        Map<Long, byte[]> current = lockedRaw(c, changed);
        List<Outcome> written = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
            "UPDATE bib_record SET normalized = ?, title = ?, updated_at = CURRENT_TIMESTAMP"
                + " WHERE id = ?")) {
          for (Outcome o : changed) {
            if (!Arrays.equals(current.get(o.stored().id()), o.stored().raw())) {
              continue; // replaced, merged or deleted since it was read: not ours to change
            }
            ps.setString(1, o.json());
            ps.setString(2, titleColumn(o.normalized()));
            ps.setLong(3, o.stored().id());
            ps.addBatch();
            written.add(o);
          }
          ps.executeBatch();
        }
        c.commit();
        return written;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("storing the renormalized records", e);
    }
  }

  private static Map<Long, byte[]> lockedRaw(Connection c, List<Outcome> changed)
      throws SQLException {
    String ids = String.join(",", changed.stream().map(o -> "?").toList());
    Map<Long, byte[]> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, raw_marc FROM bib_record WHERE status = 'ACTIVE' AND id IN (" + ids + ")"
            + " FOR UPDATE")) {
      for (int i = 0; i < changed.size(); i++) {
        ps.setLong(i + 1, changed.get(i).stored().id());
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getLong(1), rs.getBytes(2));
        }
      }
    }
    return out;
  }

  /** As the loader fills {@code bib_record.title}: the title proper, at most 1,000 characters. */
  private static String titleColumn(NormalizedRecord n) {
    String t = n.title().titleProper();
    return t == null || t.length() <= 1000 ? t : t.substring(0, 1000);
  }

  private void reindex(CatalogIndex index, List<Outcome> written) {
    long from = written.get(0).stored().id();
    long to = written.get(written.size() - 1).stored().id();
    Map<Long, List<String>> holders = queries.holdingLibraries(from, to);
    List<IndexedRecord> docs = new ArrayList<>(written.size());
    for (Outcome o : written) {
      StoredRecord s = o.stored();
      docs.add(new IndexedRecord(
          s.id(), s.libraryCode(), holders.getOrDefault(s.id(), List.of()), o.normalized()));
    }
    index.index(docs);
  }
}
