package org.unioncat.ingest.marc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A data field: tag, two indicators and an ordered list of subfields.
 *
 * <p>Immutable and thread-safe.
 */
public record DataField(String tag, char ind1, char ind2, List<Subfield> subfields)
    implements MarcField {

  public DataField {
    if (tag == null) {
      throw new IllegalArgumentException("data field needs a tag");
    }
    subfields = List.copyOf(subfields);
  }

  /** Convenience for tests and builders: {@code DataField.of("245", '1', '0', 'a', "Title")}. */
  public static DataField of(String tag, char ind1, char ind2, Object... codesAndValues) {
    if (codesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("codes and values must come in pairs");
    }
    List<Subfield> subs = new ArrayList<>();
    for (int i = 0; i < codesAndValues.length; i += 2) {
      subs.add(new Subfield((Character) codesAndValues[i], (String) codesAndValues[i + 1]));
    }
    return new DataField(tag, ind1, ind2, subs);
  }

  /** The first subfield with this code. */
  public Optional<String> first(char code) {
    for (Subfield s : subfields) {
      if (s.code() == code) {
        return Optional.of(s.value());
      }
    }
    return Optional.empty();
  }

  /** All values of subfields with this code, in order. */
  public List<String> all(char code) {
    List<String> out = new ArrayList<>(2);
    for (Subfield s : subfields) {
      if (s.code() == code) {
        out.add(s.value());
      }
    }
    return out;
  }

  /** Values of the subfields whose code is in {@code codes}, joined by a space, in field order. */
  public String join(String codes) {
    StringBuilder out = new StringBuilder();
    for (Subfield s : subfields) {
      if (codes.indexOf(s.code()) >= 0) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(s.value());
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(tag).append(' ').append(ind1).append(ind2).append(' ');
    subfields.forEach(out::append);
    return out.toString();
  }
}
