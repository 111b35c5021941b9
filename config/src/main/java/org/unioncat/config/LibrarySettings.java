package org.unioncat.config;

import java.util.List;
import java.util.Locale;

/**
 * One member library: its code, its name, the language its reports are written in, and where
 * its records carry holdings. A library may send holdings in more than one place (its own 852 and
 * a vendor's 949, say), so the mappings are a list, tried in order.
 */
public record LibrarySettings(
    LibraryCode code, String name, Locale reportLanguage, List<HoldingsMapping> holdings) {

  public LibrarySettings {
    if (code == null) {
      throw new IllegalArgumentException("a library needs a code");
    }
    name = name == null || name.isBlank() ? code.value() : name.trim();
    reportLanguage = reportLanguage == null ? Locale.ENGLISH : reportLanguage;
    holdings =
        holdings == null || holdings.isEmpty()
            ? List.of(HoldingsMapping.marc21Default(), HoldingsMapping.cnmarcDefault())
            : List.copyOf(holdings);
  }

  /** A library with the default MARC21 852 and CNMARC 905 mappings and English reports. */
  public static LibrarySettings withDefaults(String code, String name) {
    return new LibrarySettings(LibraryCode.of(code), name, Locale.ENGLISH, List.of());
  }
}
