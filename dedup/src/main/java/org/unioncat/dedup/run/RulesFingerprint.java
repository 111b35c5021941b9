package org.unioncat.dedup.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.unioncat.dedup.compare.RecordComparator;

/**
 * A fingerprint of everything that decides a detector's results: the compiled code of the
 * comparison, blocking, clustering and survivor packages, the match rules' values and the run's
 * configuration. The nightly job stores it with each run; an incremental run reuses the previous
 * run's stored keys and pair scores only when the fingerprint is the same, so an upgrade or a
 * changed weight makes the next run a full one instead of mixing old and new scores.
 *
 * <p>The code part is read once per process from the classes' own jar or folder; it changes with
 * any rebuild that changes those classes, which is what is wanted (a full run too many costs
 * minutes, a stale score costs a wrong merge).
 */
public final class RulesFingerprint {
  /** The packages whose code decides pairs, keys, clusters and the record kept. */
  static final List<String> PACKAGES = List.of(
      "org/unioncat/dedup/compare/", "org/unioncat/dedup/candidate/",
      "org/unioncat/dedup/cluster/", "org/unioncat/dedup/survivor/");

  private static volatile String code;

  private RulesFingerprint() {}

  /** SHA-256 (hex) of the code and the given descriptions of rules and configuration. */
  public static String of(String... descriptions) {
    MessageDigest sha = sha256();
    sha.update(code().getBytes(StandardCharsets.UTF_8));
    for (String d : descriptions) {
      sha.update((byte) 0);
      sha.update(d.getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** The code part: SHA-256 over the class files of {@link #PACKAGES}, in name order. */
  static String code() {
    String c = code;
    if (c == null) {
      c = hashClasses();
      code = c;
    }
    return c;
  }

  private static String hashClasses() {
    // Found from the class's own URL: a folder in development and tests, a jar (or a jar nested
    // in the application's jar, which the loader serves as a JarURLConnection) in production.
    URL self = RecordComparator.class.getResource("RecordComparator.class");
    try {
      MessageDigest sha = sha256();
      int classes;
      if ("file".equals(self.getProtocol())) {
        Path file = Path.of(self.toURI());
        Path root = file;
        for (int i = 0; i < "org/unioncat/dedup/compare/RecordComparator.class".split("/").length; i++) {
          root = root.getParent();
        }
        classes = hashFolder(root, sha);
      } else {
        URLConnection connection = self.openConnection();
        connection.setUseCaches(false);
        if (!(connection instanceof JarURLConnection jar)) {
          throw new IllegalStateException("cannot read the detector classes from " + self);
        }
        try (JarFile file = jar.getJarFile()) {
          classes = hashJar(file, sha);
        }
      }
      if (classes == 0) {
        throw new IllegalStateException("no detector classes found at " + self);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int hashFolder(Path root, MessageDigest sha) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String p : PACKAGES) {
      Path dir = root.resolve(p);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.list(dir)) {
          s.filter(f -> f.toString().endsWith(".class")).forEach(files::add);
        }
      }
    }
    files.sort(Path::compareTo);
    for (Path f : files) {
      update(sha, root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
    }
    return files.size();
  }

  static int hashJar(JarFile file, MessageDigest sha) throws IOException {
    List<JarEntry> entries = new ArrayList<>();
    Collections.list(file.entries()).stream()
        .filter(e -> e.getName().endsWith(".class"))
        .filter(e -> PACKAGES.stream().anyMatch(p -> e.getName().startsWith(p)
            && e.getName().indexOf('/', p.length()) < 0))
        .forEach(entries::add);
    entries.sort((a, b) -> a.getName().compareTo(b.getName()));
    for (JarEntry e : entries) {
      try (InputStream in = file.getInputStream(e)) {
        update(sha, e.getName(), in.readAllBytes());
      }
    }
    return entries.size();
  }

  private static void update(MessageDigest sha, String name, byte[] bytes) {
    sha.update(name.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    sha.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
