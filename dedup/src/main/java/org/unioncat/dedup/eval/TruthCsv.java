package org.unioncat.dedup.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads truth.csv (written by {@link TruthTable#toCsv()}; header {@link TruthRow#CSV_HEADER}), so
 * catalogs labelled elsewhere — by librarians, by hand — can be scored the same way. A line that
 * cannot be read is an error naming the line, never skipped.
 */
public final class TruthCsv {
  private TruthCsv() {}

  public static TruthTable read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).replace("\uFEFF", "").trim().equals(TruthRow.CSV_HEADER)) {
      throw new IllegalArgumentException(
          file + ": the first line must be the header " + TruthRow.CSV_HEADER);
    }
    List<TruthRow> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      List<String> cells = cells(line);
      if (cells.size() != 7) {
        throw new IllegalArgumentException(
            file + " line " + (i + 1) + ": expected 7 columns, found " + cells.size());
      }
      try {
        rows.add(
            new TruthRow(
                cells.get(0),
                cells.get(1),
                cells.get(2),
                Integer.parseInt(cells.get(3)),
                Role.valueOf(cells.get(4).toUpperCase(Locale.ROOT)),
                cells.get(5).equals("1"),
                cells.get(6)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return new TruthTable(rows);
  }

  /** RFC 4180 cells of one line (quotes around cells with commas or quotes). */
  static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString());
    return out;
  }
}
