package org.unioncat.ingest.normalize.name;

/**
 * How a personal name is written, when the field says so (indicators, $a/$b split). Thread-safe.
 */
enum NameOrder {
  /** "Surname, Forenames" (MARC21 ind1 1; UNIMARC ind2 1). */
  INVERTED,
  /** "Forenames Surname", as in a statement of responsibility. */
  DIRECT,
  /** A forename-only or family name ("Homer", "Elizabeth II"): keyed whole. */
  WHOLE,
  /** Free text: decide from the commas (see {@link LatinNameKey}). */
  GUESS
}
