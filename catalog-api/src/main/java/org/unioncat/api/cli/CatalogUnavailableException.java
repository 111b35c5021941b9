package org.unioncat.api.cli;

import org.unioncat.error.UnionCatException;

/** The command line could not open the catalog (database unreachable, bad UNIONCAT_HOME...). */
final class CatalogUnavailableException extends UnionCatException {
  private static final long serialVersionUID = 1L;

  CatalogUnavailableException(Throwable rootCause) {
    super(
        "The catalog could not be opened: " + rootCause.getMessage(),
        "无法打开目录：" + rootCause.getMessage(),
        rootCause);
  }

  @Override
  public String code() {
    return "CATALOG_UNAVAILABLE";
  }
}
