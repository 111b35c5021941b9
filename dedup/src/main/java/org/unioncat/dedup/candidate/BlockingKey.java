package org.unioncat.dedup.candidate;

/**
 * One blocking key of one record.
 *
 * @param kind which key
 * @param value the key's value within its {@link KeyKind#space() space}
 * @param needy true for a fuzzy key the record needed (no ISBN, or no usable title): fuzzy blocks
 *     only pair records when at least one side is needy
 */
public record BlockingKey(KeyKind kind, String value, boolean needy) {

  /** The string records are grouped by: the key space and the value. */
  public String blockId() {
    return kind.space() + "\u0001" + value;
  }
}
