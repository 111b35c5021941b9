package org.unioncat.api.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.unioncat.ingest.store.StoreException;

/**
 * Users, the libraries they act for, and their API keys (tables {@code app_user},
 * {@code app_user_library}, {@code api_key}). Stores hashes only; the rules (which role needs
 * which libraries, how keys are made) live in {@link UserService}. A connection per call.
 */
public class UserStore {
  private final DataSource dataSource;

  public UserStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** A user with the stored password hash (null for key-only users). */
  public record Credentials(UserAccount account, String passwordHash) {}

  /** An API key as listed (the token itself is never stored). */
  public record ApiKey(long id, String user, String label, String prefix, Instant createdAt, boolean revoked) {}

  public long count() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM app_user");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("counting users", e);
    }
  }

  public Optional<Credentials> find(String name) {
    return one("SELECT id, name, role, enabled, password_hash FROM app_user WHERE name = ?", name);
  }

  /** The user owning an unrevoked key with this SHA-256, if any. */
  public Optional<Credentials> findByKeyHash(String tokenSha256) {
    return one(
        "SELECT u.id, u.name, u.role, u.enabled, u.password_hash FROM api_key k"
            + " JOIN app_user u ON u.id = k.user_id WHERE k.token_sha256 = ? AND k.revoked = FALSE",
        tokenSha256);
  }

  public List<UserAccount> findAll() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT id, name, role, enabled, password_hash FROM app_user ORDER BY name");
        ResultSet rs = ps.executeQuery()) {
      Map<Long, String[]> rows = new LinkedHashMap<>();
      while (rs.next()) {
        rows.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), String.valueOf(rs.getBoolean(4))});
      }
      List<UserAccount> out = new ArrayList<>();
      for (Map.Entry<Long, String[]> row : rows.entrySet()) {
        String[] v = row.getValue();
        out.add(
            UserAccount.of(
                row.getKey(), v[0], Role.valueOf(v[1]), libraries(c, row.getKey()), Boolean.parseBoolean(v[2])));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("listing users", e);
    }
  }

  /** Adds a user; the caller has checked the name is free and the libraries fit the role. */
  public UserAccount create(String name, Role role, Set<String> libraries, String passwordHash) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        long id;
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO app_user (name, password_hash, role, enabled) VALUES (?, ?, ?, TRUE)",
                Statement.RETURN_GENERATED_KEYS)) {
          ps.setString(1, name);
          ps.setString(2, passwordHash);
          ps.setString(3, role.name());
          ps.executeUpdate();
          try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
          }
        }
        writeLibraries(c, id, libraries);
        c.commit();
        return UserAccount.of(id, name, role, libraries, true);
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("adding a user", e);
    }
  }

  /** Replaces a user's role, libraries and enabled flag (and password when not null). */
  public void update(long userId, Role role, Set<String> libraries, boolean enabled, String passwordHash) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement ps =
            c.prepareStatement(
                "UPDATE app_user SET role = ?, enabled = ?, password_hash = COALESCE(?, password_hash)"
                    + " WHERE id = ?")) {
          ps.setString(1, role.name());
          ps.setBoolean(2, enabled);
          ps.setString(3, passwordHash);
          ps.setLong(4, userId);
          ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM app_user_library WHERE user_id = ?")) {
          ps.setLong(1, userId);
          ps.executeUpdate();
        }
        writeLibraries(c, userId, libraries);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("changing a user", e);
    }
  }

  public ApiKey addKey(long userId, String userName, String label, String prefix, String tokenSha256) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO api_key (user_id, label, prefix, token_sha256, created_at) VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
      Instant now = Instant.now();
      ps.setLong(1, userId);
      ps.setString(2, label);
      ps.setString(3, prefix);
      ps.setString(4, tokenSha256);
      ps.setTimestamp(5, java.sql.Timestamp.from(now));
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return new ApiKey(keys.getLong(1), userName, label, prefix, now, false);
      }
    } catch (SQLException e) {
      throw new StoreException("adding an API key", e);
    }
  }

  public List<ApiKey> keys(long userId, String userName) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, label, prefix, created_at, revoked FROM api_key WHERE user_id = ? ORDER BY id")) {
      ps.setLong(1, userId);
      List<ApiKey> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new ApiKey(
                  rs.getLong(1), userName, rs.getString(2), rs.getString(3),
                  rs.getTimestamp(4).toInstant(), rs.getBoolean(5)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("listing API keys", e);
    }
  }

  /** Revokes one of the user's keys; false when the user has no such key. */
  public boolean revokeKey(long userId, long keyId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("UPDATE api_key SET revoked = TRUE WHERE id = ? AND user_id = ?")) {
      ps.setLong(1, keyId);
      ps.setLong(2, userId);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new StoreException("revoking an API key", e);
    }
  }

  private Optional<Credentials> one(String sql, String parameter) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, parameter);
      long id;
      String name;
      Role role;
      boolean enabled;
      String hash;
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        id = rs.getLong(1);
        name = rs.getString(2);
        role = Role.valueOf(rs.getString(3));
        enabled = rs.getBoolean(4);
        hash = rs.getString(5);
      }
      return Optional.of(new Credentials(UserAccount.of(id, name, role, libraries(c, id), enabled), hash));
    } catch (SQLException e) {
      throw new StoreException("reading a user", e);
    }
  }

  private static Set<String> libraries(Connection c, long userId) throws SQLException {
    Set<String> out = new TreeSet<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT library_code FROM app_user_library WHERE user_id = ?")) {
      ps.setLong(1, userId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  private static void writeLibraries(Connection c, long userId, Set<String> libraries) throws SQLException {
    if (libraries.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO app_user_library (user_id, library_code) VALUES (?, ?)")) {
      for (String code : libraries) {
        ps.setLong(1, userId);
        ps.setString(2, code);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
