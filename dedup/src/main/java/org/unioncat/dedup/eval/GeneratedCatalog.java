package org.unioncat.dedup.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.write.Iso2709Writer;

/**
 * A generated test catalog: each library's uploads, the truth table, and how many cases of each
 * kind were built ("cause01".."cause12", "negative:OTHER_EDITION", ..., "lone").
 */
public record GeneratedCatalog(
    Map<String, List<GeneratedRecord>> recordsByLibrary,
    TruthTable truth,
    Map<String, Integer> caseCounts) {

  public GeneratedCatalog {
    recordsByLibrary = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(recordsByLibrary));
    caseCounts = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(caseCounts));
  }

  /** One library's upload as ISO 2709, UTF-8, records in upload order. */
  public byte[] iso2709(String library) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      write(library, out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Writes {@code truth.csv} and one {@code <LIBRARY>.mrc} (ISO 2709, UTF-8) per library. */
  public void writeTo(Path directory) throws IOException {
    Files.createDirectories(directory);
    Files.writeString(directory.resolve("truth.csv"), truth.toCsv(), StandardCharsets.UTF_8);
    for (String library : recordsByLibrary.keySet()) {
      try (OutputStream out = Files.newOutputStream(directory.resolve(library + ".mrc"))) {
        write(library, out);
      }
    }
  }

  private void write(String library, OutputStream out) throws IOException {
    Iso2709Writer writer = new Iso2709Writer(out, MarcFlavour.MARC21);
    for (GeneratedRecord generated : recordsByLibrary.get(library)) {
      writer.write(generated.record(), generated.flavour());
    }
    writer.flush();
  }
}
