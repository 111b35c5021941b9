package org.unioncat.ingest.normalize.publisher;

import java.util.Set;
import org.unioncat.ingest.normalize.TextFolder;
import org.unioncat.ingest.normalize.title.HanSpaces;

/**
 * Recognizes the phrases catalogers write when the publisher or place is unknown: "[s.n.]",
 * "[publisher not identified]", "[出版者不详]", "[s.l.]", "[出版地不详]". They say nothing about the book, so
 * two records that both have one must not be counted as agreeing on the publisher.
 *
 * <p>Stateless and thread-safe.
 */
final class ImprintPlaceholders {
  private static final Set<String> KEYS =
      Set.of(
          "s n",
          "sn",
          "sine nomine",
          "s n s l",
          "publisher not identified",
          "publisher unknown",
          "n p",
          "np",
          "s l",
          "sl",
          "sine loco",
          "s l s n",
          "place of publication not identified",
          "place of publication unknown",
          "place of publication not identified publisher not identified",
          "出版者不详",
          "出版社不详",
          "出版者不明",
          "出版地不详",
          "出版地不明",
          "不详",
          "未知",
          "");

  private ImprintPlaceholders() {}

  static boolean isPlaceholder(String value) {
    return KEYS.contains(HanSpaces.squeeze(TextFolder.fold(value)));
  }
}
