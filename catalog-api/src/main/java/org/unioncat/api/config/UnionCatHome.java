package org.unioncat.api.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The service's local data folder ({@code unioncat.home}, from {@code UNIONCAT_HOME}, default
 * {@code ./data}): the embedded database, the Lucene index and received uploads live under it.
 */
public record UnionCatHome(Path root) {

  public Path index() {
    return ensure(root.resolve("index"));
  }

  public Path uploads() {
    return ensure(root.resolve("uploads"));
  }

  private static Path ensure(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
  }
}
