package org.unioncat.ingest.normalize.title;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognizes the placeholder text a cataloging client writes into an empty mandatory title
 * ("REQUIRED FIELD") and its relatives typed by hand (cause 11). Compared on folded keys, so any
 * case, width or punctuation matches.
 *
 * <p>Stateless and thread-safe.
 */
final class TitlePlaceholders {
  private static final Pattern REPEATED_REQUIRED_FIELD = Pattern.compile("(required field ?)+");
  private static final Set<String> KEYS =
      Set.of(
          "required field",
          "required",
          "requiredfield",
          "title",
          "no title",
          "notitle",
          "title proper",
          "title missing",
          "missing title",
          "titel",
          "titre",
          "xxx",
          "xxxx",
          "无题名",
          "题名",
          "正题名",
          "缺题名",
          "无",
          "无题",
          "必备字段",
          "必填字段",
          "必备项",
          "必填项");

  private TitlePlaceholders() {}

  static boolean isPlaceholder(String key) {
    if (key == null || key.isEmpty()) {
      return false;
    }
    return KEYS.contains(key) || REPEATED_REQUIRED_FIELD.matcher(key).matches();
  }
}
