package org.unioncat.dedup.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unioncat.dedup.compare.EditionVersions.Version;

class EditionVersionsTest {
  @Test
  void versionsNamedByTheStatement() {
    assertThat(EditionVersions.of("Large print ed.")).containsExactly(Version.LARGE_PRINT);
    assertThat(EditionVersions.of("Abridged ed.")).containsExactly(Version.ABRIDGED);
    assertThat(EditionVersions.of("2nd ed., Student ed.")).containsExactly(Version.STUDENT);
    assertThat(EditionVersions.of("Facsim. ed.")).containsExactly(Version.FACSIMILE);
    assertThat(EditionVersions.of("International edition")).containsExactly(Version.INTERNATIONAL);
    assertThat(EditionVersions.of("大字本")).containsExactly(Version.LARGE_PRINT);
    assertThat(EditionVersions.of("第2版 插图本")).containsExactly(Version.ILLUSTRATED);
  }

  @Test
  void numbersRevisionsPrintingsAndUnabridgedNameNoVersion() {
    assertThat(EditionVersions.of("2nd ed., rev. and expanded.")).isEmpty();
    assertThat(EditionVersions.of("Unabridged.")).isEmpty();
    assertThat(EditionVersions.of("3rd printing")).isEmpty();
    assertThat(EditionVersions.of("第1版 2001年3月第3次印刷")).isEmpty();
    assertThat(EditionVersions.of(null)).isEmpty();
  }
}
