package org.unioncat.ingest.validate;

import java.util.ArrayList;
import java.util.List;

/** The content rules, in the order their findings are reported. */
final class ContentRules {
  private ContentRules() {}

  static List<ContentRule> all(ValidationContext context) {
    List<ContentRule> rules = new ArrayList<>();
    rules.add(new ControlNumberRule());
    rules.add(new TitleRule());
    rules.add(new IsbnRule());
    rules.add(new DateRule());
    rules.add(new EditionRule());
    rules.add(new SeriesRule());
    context.library().ifPresent(library -> rules.add(new HoldingsRule(library)));
    return List.copyOf(rules);
  }
}
