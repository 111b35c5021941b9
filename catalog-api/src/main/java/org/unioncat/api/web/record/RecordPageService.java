package org.unioncat.api.web.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.unioncat.error.NotFoundException;
import org.unioncat.ingest.load.StoredRecordDecoder;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.marc.Subfield;
import org.unioncat.ingest.store.CatalogQueries;
import org.unioncat.ingest.store.StoredRecord;

/** Builds the record page: labelled view, MARC view with tag names, holdings. */
@Service
public class RecordPageService {
  private final CatalogQueries queries;
  private final MessageSource messages;

  RecordPageService(CatalogQueries queries, MessageSource messages) {
    this.queries = queries;
    this.messages = messages;
  }

  public RecordPage page(long id, Locale locale) {
    StoredRecord r =
        queries
            .record(id)
            .orElseThrow(
                () -> new NotFoundException("There is no record " + id + ".", "没有编号为 " + id + " 的书目记录。"));
    MarcRecord marc = StoredRecordDecoder.decode(r).orElse(null);
    MarcFlavour flavour = flavourOf(r.flavour());
    RecordDigest digest = RecordDigest.of(marc, flavour);
    List<RecordPage.LabelledValue> labelled = new ArrayList<>();
    for (DigestLabel l : DigestLabel.values()) {
      String text = digest.text(l);
      if (!text.isEmpty()) {
        labelled.add(new RecordPage.LabelledValue(l.messageKey(), text));
      }
    }
    List<RecordPage.FieldRow> fields = new ArrayList<>();
    if (marc != null) {
      String table = flavour.isUnimarcFamily() ? "unimarc." : "marc21.";
      for (MarcField f : marc.fields()) {
        String name = messages.getMessage(table + f.tag(), null, "", locale);
        if (f instanceof ControlField c) {
          fields.add(new RecordPage.FieldRow(c.tag(), name, null, null, c.data(), List.of()));
        } else {
          DataField d = (DataField) f;
          List<RecordPage.SubfieldText> subs = new ArrayList<>();
          for (Subfield s : d.subfields()) {
            subs.add(new RecordPage.SubfieldText(String.valueOf(s.code()), s.value()));
          }
          fields.add(
              new RecordPage.FieldRow(
                  d.tag(), name, indicator(d.ind1()), indicator(d.ind2()), null, subs));
        }
      }
    }
    List<RecordPage.HoldingRow> holdings =
        queries.holdings(id).stream()
            .map(h -> new RecordPage.HoldingRow(h.libraryCode(), h.callNumber(), h.barcode(), h.location()))
            .toList();
    return new RecordPage(
        r.id(), r.libraryCode(), r.localId(), r.status().name(), r.mergedInto(), flavour.label(),
        r.title(), labelled, marc == null ? null : marc.leader().value(), fields, holdings);
  }

  /** A blank indicator shows as "#", as catalogers write it. */
  private static String indicator(char c) {
    return c == ' ' ? "#" : String.valueOf(c);
  }

  public static MarcFlavour flavourOf(String stored) {
    for (MarcFlavour f : MarcFlavour.values()) {
      if (f.name().equalsIgnoreCase(stored) || f.label().equalsIgnoreCase(stored)) {
        return f;
      }
    }
    return MarcFlavour.UNKNOWN;
  }
}
