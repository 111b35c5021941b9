package org.unioncat.ingest.store;

import java.sql.SQLException;
import org.unioncat.error.UnionCatException;

/**
 * The catalog database failed. SQL errors are translated here, at the store boundary, so no
 * caller ever sees (or shows a user) SQL.
 */
public final class StoreException extends UnionCatException {
  private static final long serialVersionUID = 1L;

  public StoreException(String whatWasBeingDone, SQLException cause) {
    super(
        "The catalog database failed while " + whatWasBeingDone + "; nothing was changed by this"
            + " step. Try again; if it persists, tell the catalog administrator.",
        "目录数据库在" + whatWasBeingDone + "时出错；本步骤未作任何修改。请重试；如仍出错，请联系系统管理员。",
        cause);
  }

  @Override
  public String code() {
    return "STORE_FAILED";
  }

  /** True for a unique-key violation (SQLState 23000 on MySQL/MariaDB, 23505 on H2). */
  static boolean isDuplicateKey(SQLException e) {
    String state = e.getSQLState();
    return state != null && (state.equals("23505") || (state.equals("23000") && e.getErrorCode() == 1062));
  }
}
