package org.unioncat.ingest.normalize.publisher;

/**
 * The publisher and place of publication of a record. Immutable and thread-safe.
 *
 * @param name the first publisher named, for display (ISBD punctuation and brackets removed), or
 *     null when there is none or only "[s.n.]" / "[出版者不详]"
 * @param key the matching key ({@link PublisherKeys#keyOf}), or null when {@code name} is null
 * @param place the first place of publication, or null when there is none or only "[s.l.]"
 * @param source where the publisher came from ("264$b", "260$b", "210$c"), or where the place came
 *     from ("260$a") when there is no publisher; null when there is neither
 * @param altScriptKey MARC21 only: the key of the publisher in the 880 linked to the imprint field
 *     (the characters of a romanized Chinese imprint), or null
 */
public record PublisherInfo(
    String name, String key, String place, String source, String altScriptKey) {

  /** No imprint at all. */
  public static final PublisherInfo NONE = new PublisherInfo(null, null, null, null, null);

  /** A publisher with no alternate-script form (UNIMARC, or MARC21 without a linked 880). */
  public PublisherInfo(String name, String key, String place, String source) {
    this(name, key, place, source, null);
  }
}
