package org.unioncat.ingest.store;

import org.unioncat.config.LibraryCode;
import org.unioncat.config.LibrarySettings;

/** A registered member library: its database id and its settings. Immutable. */
public record MemberLibrary(long id, LibrarySettings settings) {

  public LibraryCode code() {
    return settings.code();
  }
}
