package org.unioncat.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one way tests reach the real MARC files copied from {@code ../shared/data/marc} into
 * {@code src/test/resources/marc/<source>/} (see MANIFEST.md there for provenance and licences).
 * Names are the shared corpus' relative paths, e.g. {@code "marc4j/chabon-loc.mrc"}.
 */
public final class Fixtures {
  private Fixtures() {}

  /** The fixture's path on disk. */
  public static Path path(String name) {
    URL url = Fixtures.class.getResource("/marc/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no such fixture: marc/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fixture's bytes. */
  public static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(path(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fresh stream over the fixture; the caller closes it. */
  public static InputStream open(String name) {
    try {
      return Files.newInputStream(path(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The root folder holding all fixtures ({@code .../resources/marc}). */
  public static Path root() {
    return path("MANIFEST.md").getParent();
  }
}
