package org.unioncat.ingest.normalize.isbn;

/**
 * The binding or carrier an ISBN is qualified with. Hardcover and paperback of one book are
 * one record in the union catalog (cause 2), so the matcher needs to know an ISBN pair differs
 * only by binding. Immutable and thread-safe.
 */
public enum Binding {
  HARDCOVER,
  PAPERBACK,
  EBOOK,
  AUDIO,
  /** A qualifier that names something else (spiral binding, deluxe, teacher's guide). */
  OTHER,
  /** No qualifier, or one that says nothing about binding ("alk. paper", "v. 1"). */
  UNKNOWN
}
