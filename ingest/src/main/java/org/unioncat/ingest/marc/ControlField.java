package org.unioncat.ingest.marc;

/** A control field (001-009): a tag and unstructured data. Immutable and thread-safe. */
public record ControlField(String tag, String data) implements MarcField {
  public ControlField {
    if (tag == null || data == null) {
      throw new IllegalArgumentException("control field needs a tag and data");
    }
  }

  /** The character at {@code position}, or a space when the field is too short. */
  public char charAt(int position) {
    return position < data.length() ? data.charAt(position) : ' ';
  }

  /** Characters {@code [from, to)} padded with spaces when the field is too short. */
  public String slice(int from, int to) {
    StringBuilder out = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      out.append(charAt(i));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return tag + " " + data;
  }
}
