package org.unioncat.dedup.candidate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.ingest.normalize.NormalizedRecord;
import org.unioncat.ingest.normalize.isbn.Isbn;
import org.unioncat.ingest.normalize.name.AuthorEntry;
import org.unioncat.ingest.normalize.title.TitleInfo;

/**
 * The blocking keys of one record, computed from its normalized view alone (so they can be
 * produced in one streaming pass over the catalog and grouped by sorting). See {@link KeyKind}
 * for the keys and {@code docs/dedup-engine.md} for why each exists.
 *
 * <p>Stateless and thread-safe.
 */
public final class BlockingKeys {
  /** Title characters in the fuzzy signature (Latin script; Han titles use half as many). */
  public static final int FUZZY_TITLE_CHARS = 8;

  public List<BlockingKey> of(DedupRecord record) {
    NormalizedRecord n = record.normalized();
    Set<BlockingKey> keys = new LinkedHashSet<>();
    boolean hasIsbn = !n.isbns().valid().isEmpty();
    for (Isbn isbn : n.isbns().valid()) {
      keys.add(new BlockingKey(KeyKind.ISBN, isbn.isbn13(), false));
    }
    for (String number : n.identifiers().systemNumbers()) {
      keys.add(new BlockingKey(KeyKind.SYSTEM_NUMBER, number, false));
    }
    if (n.identifiers().lccn() != null && !n.identifiers().lccn().isBlank()) {
      keys.add(new BlockingKey(KeyKind.SYSTEM_NUMBER, "lccn:" + n.identifiers().lccn(), false));
    }
    TitleInfo title = n.title();
    Integer year = n.dates().trusted();
    String author = firstAuthorKey(record);
    if (title.usable()) {
      if (year != null) {
        keys.add(new BlockingKey(KeyKind.TITLE_YEAR, title.key() + "|" + year, false));
      }
      if (!author.isEmpty()) {
        keys.add(new BlockingKey(KeyKind.TITLE_AUTHOR, title.key() + "|" + author, false));
      }
      keys.add(new BlockingKey(KeyKind.FUZZY, fuzzyTitleSignature(title.key(), record), !hasIsbn));
    }
    String alt = title.altScriptKey();
    if (alt != null && !alt.isBlank() && year != null) {
      keys.add(new BlockingKey(KeyKind.ALT_TITLE_YEAR, alt + "|" + year, false));
    }
    if (!author.isEmpty() && year != null) {
      // meets records whose title is missing or a placeholder (cause 11)
      keys.add(new BlockingKey(KeyKind.FUZZY, "~" + author + "|" + year, !title.usable()));
    }
    return new ArrayList<>(keys);
  }

  /** The key of the main entry, else of the first name; "" when the record has no name. */
  public static String firstAuthorKey(DedupRecord record) {
    List<AuthorEntry> authors = record.normalized().authors();
    for (AuthorEntry a : authors) {
      if (a.main() && !a.key().isEmpty()) {
        return a.key();
      }
    }
    for (AuthorEntry a : authors) {
      if (!a.key().isEmpty()) {
        return a.key();
      }
    }
    return "";
  }

  /**
   * First {@link #FUZZY_TITLE_CHARS} letters/digits of the title key (spaces removed; half as many
   * for Han script) + the first author's phonetic key, else the first two characters of the
   * author key.
   */
  static String fuzzyTitleSignature(String titleKey, DedupRecord record) {
    String compact = titleKey.replace(" ", "");
    boolean han = !compact.isEmpty() && Character.UnicodeScript.of(compact.codePointAt(0))
        == Character.UnicodeScript.HAN;
    int want = han ? FUZZY_TITLE_CHARS / 2 : FUZZY_TITLE_CHARS;
    int end = compact.offsetByCodePoints(0, Math.min(want, compact.codePointCount(0, compact.length())));
    String prefix = compact.substring(0, end);
    String authorPart = "";
    for (AuthorEntry a : record.normalized().authors()) {
      if (a.phoneticKey() != null && !a.phoneticKey().isEmpty()) {
        authorPart = a.phoneticKey();
        break;
      }
      if (!a.key().isEmpty()) {
        String k = a.key().replace(" ", "");
        authorPart = k.substring(0, k.offsetByCodePoints(0, Math.min(2, k.codePointCount(0, k.length()))));
        break;
      }
    }
    return prefix + "|" + authorPart;
  }
}
