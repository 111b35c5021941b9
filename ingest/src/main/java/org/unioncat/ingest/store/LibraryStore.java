package org.unioncat.ingest.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.unioncat.config.LibraryCode;
import org.unioncat.config.LibrarySettings;
import org.unioncat.error.LibraryAlreadyExistsException;
import org.unioncat.error.UnknownLibraryException;

/**
 * The member libraries of the catalog (table {@code member_library}), in plain JDBC. A library is
 * never created implicitly: uploading for an unknown code fails with
 * {@link UnknownLibraryException}.
 *
 * <p>Thread-safe: every call takes its own connection from the data source.
 */
public final class LibraryStore {
  private final DataSource dataSource;

  public LibraryStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** All member libraries, ordered by code. */
  public List<MemberLibrary> findAll() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, code, name, report_language, holdings_mapping, holdings_codes"
                    + " FROM member_library ORDER BY code")) {
      List<MemberLibrary> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(map(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("reading member libraries", e);
    }
  }

  public Optional<MemberLibrary> find(LibraryCode code) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, code, name, report_language, holdings_mapping, holdings_codes"
                    + " FROM member_library WHERE code = ?")) {
      ps.setString(1, code.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("reading member library " + code, e);
    }
  }

  /** The library with this code, or {@link UnknownLibraryException}. */
  public MemberLibrary require(LibraryCode code) {
    return find(code).orElseThrow(() -> new UnknownLibraryException(code.value()));
  }

  /** Registers a library; {@link LibraryAlreadyExistsException} if the code is taken. */
  public MemberLibrary add(LibrarySettings settings) {
    if (find(settings.code()).isPresent()) {
      throw new LibraryAlreadyExistsException(settings.code().value());
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO member_library"
                    + " (code, name, report_language, holdings_mapping, holdings_codes)"
                    + " VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, settings.code().value());
      ps.setString(2, settings.name());
      ps.setString(3, settings.reportLanguage().toLanguageTag());
      ps.setString(4, HoldingsMappingJson.write(settings.holdings()));
      ps.setString(5, String.join(",", new TreeSet<>(settings.holdingsCodes())));
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return new MemberLibrary(keys.getLong(1), settings);
      }
    } catch (SQLException e) {
      if (StoreException.isDuplicateKey(e)) {
        // Lost a race with another registration of the same code.
        throw new LibraryAlreadyExistsException(settings.code().value());
      }
      throw new StoreException("registering library " + settings.code(), e);
    }
  }

  private static MemberLibrary map(ResultSet rs) throws SQLException {
    LibrarySettings settings =
        new LibrarySettings(
            LibraryCode.of(rs.getString("code")),
            rs.getString("name"),
            Locale.forLanguageTag(rs.getString("report_language")),
            HoldingsMappingJson.read(rs.getString("holdings_mapping")),
            Set.of(rs.getString("holdings_codes").split(",")));
    return new MemberLibrary(rs.getLong("id"), settings);
  }
}
