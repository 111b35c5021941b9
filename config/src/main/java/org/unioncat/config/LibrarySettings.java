package org.unioncat.config;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * One member library: its code, its name, the language its reports are written in, where its
 * records carry holdings, and the codes by which its holdings name it inside records.
 *
 * <p>A library may send holdings in more than one place (its own 852 and a vendor's 949, say), so
 * the mappings are a list, tried in order. Inside records a library is often named by a sigil or
 * MARC organization code rather than its UnionCat code ("MUG", "211030"): {@code holdingsCodes}
 * lists those, so that its holdings are recognized as its own. Immutable.
 */
public record LibrarySettings(
    LibraryCode code,
    String name,
    Locale reportLanguage,
    List<HoldingsMapping> holdings,
    Set<String> holdingsCodes) {

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
    TreeSet<String> codes = new TreeSet<>();
    if (holdingsCodes != null) {
      holdingsCodes.forEach(c -> codes.add(c.trim().toUpperCase(Locale.ROOT)));
    }
    codes.add(code.value());
    holdingsCodes = Set.copyOf(codes);
  }

  /** A library with the default MARC21 852 and CNMARC 905 mappings and English reports. */
  public static LibrarySettings withDefaults(String code, String name) {
    return new LibrarySettings(LibraryCode.of(code), name, Locale.ENGLISH, List.of(), Set.of());
  }

  /** Whether a library code written in a holdings field names this library (case-insensitive). */
  public boolean isNamedBy(String codeInRecord) {
    return codeInRecord != null && holdingsCodes.contains(codeInRecord.trim().toUpperCase(Locale.ROOT));
  }
}
