package org.unioncat.dedup.merge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.unioncat.ingest.index.CatalogIndex;
import org.unioncat.ingest.index.SearchHit;

/**
 * Every row of the catalog tables a merge touches, and the index documents, as comparable text:
 * raw MARC as hex (byte-exact), every column including timestamps.
 */
record CatalogState(List<String> records, List<String> holdings, List<String> index) {

  static CatalogState of(DataSource ds, CatalogIndex idx) {
    List<String> docs = new ArrayList<>();
    if (idx != null) {
      idx.refresh();
      for (SearchHit h : idx.search("summerland", 0, 100).hits()) {
        docs.add(h.recordId() + "|" + h.title() + "|" + h.author() + "|" + h.year() + "|"
            + h.publisher() + "|" + h.isbn13s() + "|" + h.libraries());
      }
      docs.sort(null);
      docs.add("count=" + idx.count());
    }
    return new CatalogState(
        rows(ds, "SELECT * FROM bib_record ORDER BY id"),
        rows(ds, "SELECT * FROM holding ORDER BY id"),
        docs);
  }

  static List<String> rows(DataSource ds, String sql) {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      ResultSetMetaData md = rs.getMetaData();
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          int type = md.getColumnType(i);
          Object v = switch (type) {
            case java.sql.Types.BLOB, java.sql.Types.LONGVARBINARY, java.sql.Types.VARBINARY,
                java.sql.Types.BINARY -> rs.getBytes(i);
            case java.sql.Types.CLOB, java.sql.Types.NCLOB, java.sql.Types.LONGVARCHAR,
                java.sql.Types.LONGNVARCHAR -> rs.getString(i);
            default -> rs.getObject(i);
          };
          row.append(md.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT)).append('=')
              .append(v instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(v))
              .append(';');
        }
        out.add(row.toString());
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static long count(DataSource ds, String sql, Object... params) {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
