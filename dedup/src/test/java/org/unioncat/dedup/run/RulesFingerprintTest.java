package org.unioncat.dedup.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unioncat.dedup.compare.RecordComparator;

class RulesFingerprintTest {
  @Test
  void codePartIsTheHashOfTheDetectorClassesAndStable() {
    assertThat(RulesFingerprint.code()).matches("[0-9a-f]{64}").isEqualTo(RulesFingerprint.code());
  }

  @Test
  void rulesAndConfigurationChangeItButThreadsDoNot() {
    Deduplicator two = new Deduplicator(new RecordComparator(), DedupConfig.defaults().withThreads(2));
    Deduplicator eight = new Deduplicator(new RecordComparator(), DedupConfig.defaults().withThreads(8));
    Deduplicator smallBlocks =
        new Deduplicator(new RecordComparator(), DedupConfig.defaults().withBlockCap(50));
    assertThat(two.fingerprint()).matches("[0-9a-f]{64}").isEqualTo(eight.fingerprint());
    assertThat(smallBlocks.fingerprint()).isNotEqualTo(two.fingerprint());
    assertThat(RulesFingerprint.of("isbnSame=30")).isNotEqualTo(RulesFingerprint.of("isbnSame=31"));
    // Descriptions are separated: moving text from one to the next changes the result too.
    assertThat(RulesFingerprint.of("ab", "c")).isNotEqualTo(RulesFingerprint.of("a", "bc"));
    assertThat(new RecordComparator().rulesDescription()).startsWith("MatchRules[isbnSame=");
  }

  @Test
  void inAJarOnlyTheDetectorPackagesCountAndTheirBytesDo(@TempDir Path dir) throws Exception {
    Path a = jar(dir.resolve("a.jar"), new byte[] {1, 2, 3});
    Path b = jar(dir.resolve("b.jar"), new byte[] {1, 2, 4});
    MessageDigest shaA = MessageDigest.getInstance("SHA-256");
    MessageDigest shaB = MessageDigest.getInstance("SHA-256");
    try (JarFile fa = new JarFile(a.toFile()); JarFile fb = new JarFile(b.toFile())) {
      assertThat(RulesFingerprint.hashJar(fa, shaA)).isEqualTo(2);
      assertThat(RulesFingerprint.hashJar(fb, shaB)).isEqualTo(2);
    }
    assertThat(shaA.digest()).isNotEqualTo(shaB.digest());
  }

  /** Two detector classes (one with the given bytes), one class elsewhere, one nested deeper. */
  private static Path jar(Path file, byte[] comparator) throws Exception {
    try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
      put(jar, "org/unioncat/dedup/compare/RecordComparator.class", comparator);
      put(jar, "org/unioncat/dedup/candidate/BlockingKeys.class", new byte[] {9});
      put(jar, "org/unioncat/dedup/eval/CatalogGenerator.class", new byte[] {7});
      put(jar, "org/unioncat/dedup/compare/inner/Other.class", new byte[] {8});
    }
    return file;
  }

  private static void put(JarOutputStream jar, String name, byte[] bytes) throws Exception {
    jar.putNextEntry(new JarEntry(name));
    jar.write(bytes);
    jar.closeEntry();
  }
}
