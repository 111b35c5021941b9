package org.unioncat.ingest.validate;

import java.util.List;

/** The content rules, in the order their findings are reported. */
final class ContentRules {
  private ContentRules() {}

  static List<ContentRule> all(ValidationContext context) {
    return List.of(new ControlNumberRule());
  }
}
