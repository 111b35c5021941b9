package org.unioncat.api.cli;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table for the command line's lists: columns as wide as their widest cell, measured
 * in terminal columns, so a Chinese library name (two columns per character) lines up with the
 * Latin ones. {@code printf("%-40s")} counts characters and would push every later column of a
 * Chinese row to the right.
 */
final class TextTable {
  private static final String GAP = "  ";

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(String... header) {
    this.header = List.of(header);
  }

  /** Adds a row; {@code null} cells print empty. Cells after the header's count are refused. */
  TextTable row(Object... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(
          "a row of " + cells.length + " cells for " + header.size() + " columns");
    }
    rows.add(Arrays.stream(cells).map(c -> c == null ? "" : String.valueOf(c)).toList());
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  void print(PrintStream out) {
    int[] widths = new int[header.size()];
    measure(header, widths);
    rows.forEach(r -> measure(r, widths));
    printRow(out, header, widths);
    rows.forEach(r -> printRow(out, r, widths));
    out.flush();
  }

  private static void measure(List<String> cells, int[] widths) {
    for (int i = 0; i < cells.size(); i++) {
      widths[i] = Math.max(widths[i], displayWidth(cells.get(i)));
    }
  }

  private static void printRow(PrintStream out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      line.append(cell);
      if (i < cells.size() - 1) {
        line.append(" ".repeat(widths[i] - displayWidth(cell))).append(GAP);
      }
    }
    out.println(line.toString().stripTrailing());
  }

  /** Terminal columns: East Asian wide and fullwidth characters take two, combining marks none. */
  static int displayWidth(String s) {
    int width = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.FORMAT) {
        continue;
      }
      int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
      width += eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
    }
    return width;
  }
}
