package org.unioncat.ingest.marc;

/**
 * Which tag table a record follows. The container does not say; the tags do (245/260/008 for
 * MARC21, 200/210/100 for UNIMARC). CNMARC is China's UNIMARC profile: it shares UNIMARC's tag
 * table, so every rule written for {@link #UNIMARC} applies to it; it is told apart only so that
 * reports can say which profile a batch used.
 */
public enum MarcFlavour {
  MARC21("MARC21"),
  UNIMARC("UNIMARC"),
  CNMARC("CNMARC"),
  /** Too damaged or too small to tell (no title, date or fixed field of either table). */
  UNKNOWN("unknown");

  private final String label;

  MarcFlavour(String label) {
    this.label = label;
  }

  /** True for UNIMARC and its CNMARC profile: both use the UNIMARC tag table. */
  public boolean isUnimarcFamily() {
    return this == UNIMARC || this == CNMARC;
  }

  public String label() {
    return label;
  }
}
