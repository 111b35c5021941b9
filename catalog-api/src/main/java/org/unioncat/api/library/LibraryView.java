package org.unioncat.api.library;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.unioncat.config.HoldingsMapping;
import org.unioncat.config.LibraryCode;
import org.unioncat.config.LibrarySettings;
import org.unioncat.ingest.store.MemberLibrary;

/**
 * A member library as the API shows and accepts it. {@code holdings} lists where the library's
 * records carry holdings; omitted, the MARC21 852 and CNMARC 905 defaults apply.
 * {@code holdingsCodes} lists the codes that name the library inside those fields (its own code
 * is always one).
 */
record LibraryView(
    String code,
    String name,
    String reportLanguage,
    List<HoldingsView> holdings,
    List<String> holdingsCodes) {

  static LibraryView of(MemberLibrary library) {
    LibrarySettings s = library.settings();
    return new LibraryView(
        s.code().value(),
        s.name(),
        s.reportLanguage().toLanguageTag(),
        s.holdings().stream().map(HoldingsView::of).toList(),
        s.holdingsCodes().stream().sorted().toList());
  }

  LibrarySettings toSettings(LibraryCode parsedCode) {
    List<HoldingsMapping> mappings =
        holdings == null ? List.of() : holdings.stream().map(HoldingsView::toMapping).toList();
    Locale language = reportLanguage == null ? Locale.ENGLISH : Locale.forLanguageTag(reportLanguage);
    Set<String> codes = holdingsCodes == null ? Set.of() : Set.copyOf(holdingsCodes);
    return new LibrarySettings(parsedCode, name, language, mappings, codes);
  }

  /** One holdings mapping: field tag and the subfield codes for each element. */
  record HoldingsView(
      String tag, String library, String callNumber, String barcode, String location) {

    static HoldingsView of(HoldingsMapping m) {
      return new HoldingsView(
          m.tag(),
          str(m.librarySubfield()),
          m.callNumberSubfields(),
          str(m.barcodeSubfield()),
          str(m.locationSubfield()));
    }

    HoldingsMapping toMapping() {
      return new HoldingsMapping(tag, chr(library), callNumber, chr(barcode), chr(location));
    }

    private static String str(Character c) {
      return c == null ? null : c.toString();
    }

    private static Character chr(String s) {
      return s == null || s.isEmpty() ? null : s.charAt(0);
    }
  }
}
