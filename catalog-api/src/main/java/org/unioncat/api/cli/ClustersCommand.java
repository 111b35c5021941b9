package org.unioncat.api.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.unioncat.batch.report.Csv;
import org.unioncat.config.LibraryCode;
import org.unioncat.dedup.cluster.Cluster;
import org.unioncat.dedup.cluster.ClusterMember;
import org.unioncat.dedup.store.DedupRun;
import org.unioncat.dedup.store.DedupStore;
import org.unioncat.error.UnionCatException;
import org.unioncat.ingest.store.LibraryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code unioncat clusters}: the latest stored run's duplicate clusters. CSV (RFC 4180, UTF-8):
 * one row per member, the kept record first, with the columns {@value #CSV_HEADER}; role is keep,
 * duplicate or finding, cause its number (empty when none), action in English. JSON lines: one
 * object per cluster with its members, explanations and actions in English and Chinese. With
 * {@code --library}, only the clusters that have a record of that library, each whole.
 */
@Command(
    name = "clusters",
    mixinStandardHelpOptions = true,
    description = {
      "List the duplicate clusters of the latest run (unioncat dedup), one row per record.",
      "列出最近一次查重（unioncat dedup）的重复记录簇，每条记录一行。"
    })
final class ClustersCommand implements Callable<Integer> {
  static final String CSV_HEADER = "cluster_id,library,local_id,record_id,role,cause,score,action";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The formats of {@code clusters}. */
  enum Format {
    CSV,
    JSON
  }

  @Mixin DatabaseOption db;

  @Option(names = "--output", defaultValue = "csv", paramLabel = "FORMAT",
      description = "csv (the default) or json (JSON lines, one cluster a line).")
  Format output;

  @Option(names = "--library", paramLabel = "CODE",
      description = "Only clusters with a record of this member library.")
  String library;

  @Override
  public Integer call() {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (CatalogContext catalog = CatalogContext.open(db)) {
      String code = null;
      if (library != null) {
        LibraryCode parsed;
        try {
          parsed = LibraryCode.of(library);
        } catch (IllegalArgumentException e) {
          System.err.println("unioncat clusters: " + e.getMessage());
          return ExitCodes.USAGE_OR_UNREADABLE;
        }
        code = catalog.bean(LibraryStore.class).require(parsed).code().value();
      }
      DedupStore store = catalog.bean(DedupStore.class);
      DedupRun run = store.latestRun().orElse(null);
      if (run == null) {
        System.err.println("unioncat clusters: no duplicate detection run yet; run 'unioncat dedup'"
            + " first.");
        return ExitCodes.USAGE_OR_UNREADABLE;
      }
      List<Cluster> clusters = code == null ? store.clusters(run.id()) : store.clusters(run.id(), code);
      if (output == Format.JSON) {
        clusters.forEach(c -> out.println(json(c)));
      } else {
        out.println(CSV_HEADER);
        clusters.forEach(c -> c.members().forEach(m -> out.println(csv(c, m))));
      }
      out.flush();
      return ExitCodes.OK;
    } catch (UnionCatException e) {
      System.err.println("unioncat clusters: " + e.getMessage());
      return ExitCodes.USAGE_OR_UNREADABLE;
    }
  }

  static String csv(Cluster c, ClusterMember m) {
    return String.join(",",
        String.valueOf(c.id()),
        Csv.cell(m.library()),
        Csv.cell(m.localId()),
        String.valueOf(m.recordId()),
        role(m),
        m.cause().map(k -> String.valueOf(k.number())).orElse(""),
        score(m.score()),
        Csv.cell(m.actionEn()));
  }

  static String json(Cluster c) {
    ObjectNode node = JSON.createObjectNode();
    node.put("cluster_id", c.id());
    node.put("keep_record_id", c.keepId());
    node.put("size", c.size());
    ArrayNode members = node.putArray("members");
    for (ClusterMember m : c.members()) {
      ObjectNode o = members.addObject();
      o.put("record_id", m.recordId());
      o.put("library", m.library());
      o.put("local_id", m.localId());
      o.put("role", role(m));
      if (m.cause().isPresent()) {
        o.put("cause", m.cause().get().number());
      } else {
        o.putNull("cause");
      }
      o.put("score", Double.parseDouble(score(m.score())));
      o.put("explanation_en", m.explanationEn());
      o.put("explanation_zh", m.explanationZh());
      o.put("action_en", m.actionEn());
      o.put("action_zh", m.actionZh());
    }
    return JSON.writeValueAsString(node);
  }

  private static String role(ClusterMember m) {
    return m.role().name().toLowerCase(Locale.ROOT);
  }

  private static String score(double score) {
    return String.format(Locale.ROOT, "%.3f", score);
  }
}
