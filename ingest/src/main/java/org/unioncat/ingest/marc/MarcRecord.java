package org.unioncat.ingest.marc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A bibliographic record as UnionCat sees it after reading: a leader and its fields in the order
 * received, every value already NFC Unicode. This is UnionCat's own model: marc4j stops at the
 * readers, and validation, normalization and matching work on this type only.
 *
 * <p>Immutable and thread-safe.
 */
public final class MarcRecord {
  private final Leader leader;
  private final List<MarcField> fields;

  /**
   * Data fields grouped by tag, built on first use: normalization asks for some thirty tags per
   * record, and scanning every field for each of them was a measurable share of its cost. Racy
   * single-check: two threads may both build it, but they build equal maps; the map is never
   * changed once assigned, and the volatile write publishes it safely.
   */
  private volatile Map<String, List<DataField>> dataFieldsByTag;

  public MarcRecord(Leader leader, List<? extends MarcField> fields) {
    this.leader = leader == null ? new Leader("") : leader;
    this.fields = List.copyOf(fields);
  }

  public Leader leader() {
    return leader;
  }

  /** All fields in the order they were received. */
  public List<MarcField> fields() {
    return fields;
  }

  /** The first control field with this tag, e.g. {@code controlField("001")}. */
  public Optional<ControlField> controlField(String tag) {
    for (MarcField f : fields) {
      if (f instanceof ControlField && f.tag().equals(tag)) {
        return Optional.of((ControlField) f);
      }
    }
    return Optional.empty();
  }

  /** The 001 local control number, trimmed, or empty when absent or blank. */
  public Optional<String> localId() {
    return controlField("001").map(f -> f.data().trim()).filter(s -> !s.isEmpty());
  }

  /** All data fields with this tag, in order. The list is unmodifiable. */
  public List<DataField> dataFields(String tag) {
    return dataFieldsByTag().getOrDefault(tag, List.of());
  }

  /** All data fields whose tag is one of {@code tags}, in record order. The list is unmodifiable. */
  public List<DataField> dataFields(String... tags) {
    Map<String, List<DataField>> byTag = dataFieldsByTag();
    List<DataField> only = List.of();
    int tagsPresent = 0;
    for (String t : tags) {
      List<DataField> withTag = byTag.get(t);
      if (withTag != null) {
        only = withTag;
        tagsPresent++;
      }
    }
    if (tagsPresent <= 1) {
      return only; // the common case: no interleaving to restore
    }
    List<DataField> out = new ArrayList<>();
    for (MarcField f : fields) {
      if (f instanceof DataField) {
        for (String t : tags) {
          if (f.tag().equals(t)) {
            out.add((DataField) f);
            break;
          }
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The first data field with this tag. */
  public Optional<DataField> dataField(String tag) {
    List<DataField> withTag = dataFieldsByTag().get(tag);
    return withTag == null ? Optional.empty() : Optional.of(withTag.get(0));
  }

  private Map<String, List<DataField>> dataFieldsByTag() {
    Map<String, List<DataField>> index = dataFieldsByTag;
    if (index == null) {
      Map<String, List<DataField>> building = new HashMap<>();
      for (MarcField f : fields) {
        if (f instanceof DataField) {
          building.computeIfAbsent(f.tag(), t -> new ArrayList<>(2)).add((DataField) f);
        }
      }
      building.replaceAll((tag, withTag) -> Collections.unmodifiableList(withTag));
      index = building;
      dataFieldsByTag = index;
    }
    return index;
  }

  /** The first value of {@code tag $code}, e.g. {@code firstValue("245", 'a')}. */
  public Optional<String> firstValue(String tag, char code) {
    for (DataField f : dataFields(tag)) {
      Optional<String> v = f.first(code);
      if (v.isPresent()) {
        return v;
      }
    }
    return Optional.empty();
  }

  /** Whether any field (control or data) has this tag. */
  public boolean has(String tag) {
    for (MarcField f : fields) {
      if (f.tag().equals(tag)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("LDR ").append(leader.value()).append('\n');
    for (MarcField f : fields) {
      out.append(f).append('\n');
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MarcRecord
        && ((MarcRecord) o).leader.equals(leader)
        && ((MarcRecord) o).fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return 31 * leader.hashCode() + fields.hashCode();
  }
}
