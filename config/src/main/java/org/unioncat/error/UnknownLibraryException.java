package org.unioncat.error;

/** A library code that is not registered as a member library. Never created silently. */
public final class UnknownLibraryException extends UnionCatException {
  private static final long serialVersionUID = 1L;
  private final String libraryCode;

  public UnknownLibraryException(String libraryCode) {
    super(
        "Library " + libraryCode + " is not a member library of this catalog; register it first"
            + " (unioncat libraries add " + libraryCode + " NAME).",
        "馆代码 " + libraryCode + " 不是本联合目录的成员馆；请先注册（unioncat libraries add "
            + libraryCode + " 馆名）。");
    this.libraryCode = libraryCode;
  }

  public String libraryCode() {
    return libraryCode;
  }

  @Override
  public String code() {
    return "UNKNOWN_LIBRARY";
  }
}
