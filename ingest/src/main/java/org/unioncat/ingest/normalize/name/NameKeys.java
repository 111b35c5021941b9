package org.unioncat.ingest.normalize.name;

import org.unioncat.ingest.normalize.TextFolder;
import org.unioncat.ingest.normalize.title.HanSpaces;

/**
 * Matching keys of names, usable on headings and on free text such as a statement of
 * responsibility, so that a record with no 1XX can be compared with one that has it (cause 4).
 * Latin-script personal names key as "surname initials" ("tolkien jrr"), CJK names as their folded
 * simplified characters without spaces or role words ("曹雪芹"). See {@link LatinNameKey} and {@link
 * CjkNameKey} for the rules.
 *
 * <p>Stateless and thread-safe.
 */
public final class NameKeys {
  private NameKeys() {}

  /**
   * The key of the first personal name in {@code freeTextName}: a heading ("Tolkien, J. R. R.,
   * 1892-1973"), a name in direct order ("J.R.R. Tolkien") or a statement of responsibility ("by
   * J.R.R. Tolkien ; illustrated by Alan Lee", "曹雪芹著"). "" when there is no name.
   */
  public static String keyOf(String freeTextName) {
    String name = StatementOfResponsibility.firstName(freeTextName);
    if (HanSpaces.containsCjk(name)) {
      return CjkNameKey.key(name);
    }
    return LatinNameKey.parse(name, NameOrder.GUESS).key();
  }

  /** The phonetic key of the first personal name in {@code freeTextName}, or null (CJK, none). */
  public static String phoneticKeyOf(String freeTextName) {
    String name = StatementOfResponsibility.firstName(freeTextName);
    if (HanSpaces.containsCjk(name)) {
      return null;
    }
    return PhoneticKey.of(LatinNameKey.parse(name, NameOrder.GUESS).surname());
  }

  /** The key of a corporate body or meeting name: folded whole, CJK without spaces. */
  public static String corporateKeyOf(String name) {
    if (HanSpaces.containsCjk(name)) {
      return CjkNameKey.key(name);
    }
    return TextFolder.fold(name == null ? "" : name.replace("&", " and "));
  }
}
