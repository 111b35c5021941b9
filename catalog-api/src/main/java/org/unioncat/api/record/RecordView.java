package org.unioncat.api.record;

import java.util.ArrayList;
import java.util.List;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.marc.Subfield;
import org.unioncat.ingest.store.StoredHolding;
import org.unioncat.ingest.store.StoredRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labelled JSON view of a record: who sent it, its status (a merged record names the record
 * it was merged into), the MARC fields, the normalized keys the matcher compares, and holdings by
 * library.
 */
record RecordView(
    long id,
    String library,
    String localId,
    String status,
    Long mergedInto,
    Long batchId,
    String flavour,
    String containerFormat,
    String sourceEncoding,
    String title,
    String leader,
    List<FieldView> fields,
    JsonNode normalized,
    List<HoldingView> holdings) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  record FieldView(String tag, String ind1, String ind2, String data, List<List<String>> subfields) {}

  record HoldingView(String library, String callNumber, String barcode, String location) {}

  static RecordView of(StoredRecord r, MarcRecord marc, List<StoredHolding> holdings) {
    List<FieldView> fields = new ArrayList<>();
    if (marc != null) {
      for (MarcField f : marc.fields()) {
        if (f instanceof ControlField) {
          fields.add(new FieldView(f.tag(), null, null, ((ControlField) f).data(), null));
        } else {
          DataField d = (DataField) f;
          List<List<String>> subs = new ArrayList<>();
          for (Subfield s : d.subfields()) {
            subs.add(List.of(String.valueOf(s.code()), s.value()));
          }
          fields.add(
              new FieldView(d.tag(), String.valueOf(d.ind1()), String.valueOf(d.ind2()), null, subs));
        }
      }
    }
    return new RecordView(
        r.id(),
        r.libraryCode(),
        r.localId(),
        r.status().name(),
        r.mergedInto(),
        r.batchId(),
        r.flavour(),
        r.containerFormat(),
        r.sourceEncoding(),
        r.title(),
        marc == null ? null : marc.leader().value(),
        fields,
        r.normalizedJson() == null ? null : JSON.readTree(r.normalizedJson()),
        holdings.stream()
            .map(h -> new HoldingView(h.libraryCode(), h.callNumber(), h.barcode(), h.location()))
            .toList());
  }
}
