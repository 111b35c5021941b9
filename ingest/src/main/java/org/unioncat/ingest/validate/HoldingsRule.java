package org.unioncat.ingest.validate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.unioncat.config.HoldingsMapping;
import org.unioncat.config.LibrarySettings;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.FindingCode;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.NormalizedRecord;
import org.unioncat.ingest.normalize.holdings.Holding;

/**
 * Holdings of the uploading library: a record sent with none of them cannot be tied to the
 * library's shelf (and an empty downloaded copy is cause 9); holdings naming another library are a
 * vendor's mix-up (cause 10). A holding that names no library belongs to the uploader.
 */
final class HoldingsRule implements ContentRule {
  private final LibrarySettings library;

  HoldingsRule(LibrarySettings library) {
    this.library = library;
  }

  @Override
  public List<Finding> check(MarcRecord record, NormalizedRecord normalized) {
    boolean mine = false;
    Set<String> others = new LinkedHashSet<>();
    for (Holding h : normalized.holdings()) {
      if (h.libraryCode() == null || library.isNamedBy(h.libraryCode())) {
        mine = true;
      } else {
        others.add(h.libraryCode());
      }
    }
    List<Finding> out = new ArrayList<>();
    String tags = library.holdings().stream().map(HoldingsMapping::tag).distinct()
        .collect(Collectors.joining(", "));
    if (!mine) {
      out.add(Finding.of(FindingCode.HOLDINGS_MISSING, null, null, library.code().value(), tags));
    }
    if (!others.isEmpty()) {
      out.add(
          Finding.of(
              FindingCode.HOLDINGS_OTHER_LIBRARY,
              null,
              null,
              String.join(", ", others),
              library.code().value()));
    }
    return out;
  }
}
