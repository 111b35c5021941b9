package org.unioncat.dedup.eval;

/** One record a case asks for, before local ids, holdings and noise are applied. */
final class CaseRecord {
  final String library;
  final Bib bib;
  final String group;
  final int cause;
  final Role role;
  final boolean finding;
  final String negativeOf;
  /** Copy this record's final bibliographic data (after its noise) instead of {@link #bib}. */
  CaseRecord identicalTo;
  /** Reuse the copied record's 001 when the library has not used it (byte-identical copies). */
  boolean keepLocalId;
  boolean holdings = true;
  String classNumber;

  CaseRecord(String library, Bib bib, String group, int cause, Role role, boolean finding,
      String negativeOf) {
    this.library = library;
    this.bib = bib;
    this.group = group;
    this.cause = cause;
    this.role = role;
    this.finding = finding;
    this.negativeOf = negativeOf;
  }
}
