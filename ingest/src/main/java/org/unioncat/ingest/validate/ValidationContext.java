package org.unioncat.ingest.validate;

import java.util.Optional;
import org.unioncat.config.LibrarySettings;

/**
 * What validation knows about an upload beyond the records: the member library it is sent for
 * (empty when a file is checked with no library, e.g. {@code unioncat validate FILE}). Holdings
 * rules need it; everything else does not.
 */
public record ValidationContext(Optional<LibrarySettings> library) {

  public static ValidationContext noLibrary() {
    return new ValidationContext(Optional.empty());
  }

  public static ValidationContext forLibrary(LibrarySettings library) {
    return new ValidationContext(Optional.of(library));
  }
}
