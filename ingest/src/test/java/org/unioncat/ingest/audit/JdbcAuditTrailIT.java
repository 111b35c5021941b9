package org.unioncat.ingest.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unioncat.audit.AuditEvent;
import org.unioncat.ingest.store.TestDatabases;

class JdbcAuditTrailIT {

  static List<String> databases() {
    return TestDatabases.names();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void entriesAreReadBackNewestFirstAndByTarget(String db) {
    JdbcAuditTrail audit = new JdbcAuditTrail(TestDatabases.fresh(db));
    audit.record(new AuditEvent("alice", "UPLOAD", "batch:1", "BNU", "{\"records\":3}"));
    audit.record(new AuditEvent("center", "MERGE", "cluster:7", null, null));

    List<AuditEntry> all = audit.recent(null, 10);
    assertThat(all).extracting(e -> e.event().action()).containsExactly("MERGE", "UPLOAD");
    assertThat(audit.recent("batch:1", 10))
        .singleElement()
        .satisfies(
            e -> assertThat(e.event())
                .isEqualTo(new AuditEvent("alice", "UPLOAD", "batch:1", "BNU", "{\"records\":3}")));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void anEntryWrittenInsideARolledBackTransactionIsGone(String db) throws Exception {
    DataSource ds = TestDatabases.fresh(db);
    JdbcAuditTrail audit = new JdbcAuditTrail(ds);
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      audit.record(c, new AuditEvent("center", "MERGE", "cluster:9", null, null));
      c.rollback();
    }
    assertThat(audit.recent(null, 10)).isEmpty();
  }
}
