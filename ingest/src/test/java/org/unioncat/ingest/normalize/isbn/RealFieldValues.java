package org.unioncat.ingest.normalize.isbn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The real field values of the shared corpus (about 6,900: 020/010, 250/205, 260/264/210,
 * 300/215, 490/225, 500/300, 534), harvested into {@code /normalize/real_field_values.tsv} as
 * "tag$code TAB value". Used by each normalization package to check that no real value makes a
 * parser throw or break its invariants.
 */
public final class RealFieldValues {
  private static final List<String[]> VALUES = load();

  private RealFieldValues() {}

  /** The values whose source ("020$a", "300$a", ...) is one of {@code sources}. */
  public static List<String> of(String... sources) {
    List<String> out = new ArrayList<>();
    for (String[] v : VALUES) {
      for (String s : sources) {
        if (v[0].equals(s)) {
          out.add(v[1]);
        }
      }
    }
    return out;
  }

  private static List<String[]> load() {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = RealFieldValues.class.getResourceAsStream("/normalize/real_field_values.tsv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        int tab = line.indexOf('\t');
        if (!line.startsWith("#") && tab > 0) {
          out.add(new String[] {line.substring(0, tab), line.substring(tab + 1)});
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
