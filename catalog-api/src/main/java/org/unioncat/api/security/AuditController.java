package org.unioncat.api.security;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unioncat.ingest.audit.AuditEntry;
import org.unioncat.ingest.audit.JdbcAuditTrail;

/**
 * {@code GET /api/audit?target=&limit=}: the newest audit entries (uploads, user and key changes,
 * merges, undos, decisions), optionally for one target such as {@code user:alice} or
 * {@code batch:7}. Administrators only.
 */
@RestController
class AuditController {
  private static final int MAX = 1000;
  private final JdbcAuditTrail audit;

  AuditController(JdbcAuditTrail audit) {
    this.audit = audit;
  }

  @GetMapping("/api/audit")
  List<AuditEntry> recent(
      @RequestParam(value = "target", required = false) String target,
      @RequestParam(value = "limit", defaultValue = "100") int limit) {
    return audit.recent(target == null || target.isBlank() ? null : target, Math.max(1, Math.min(limit, MAX)));
  }
}
