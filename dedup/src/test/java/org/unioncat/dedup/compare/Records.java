package org.unioncat.dedup.compare;

import java.util.ArrayList;
import java.util.List;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.NormalizedRecord;
import org.unioncat.ingest.normalize.Normalizer;
import org.unioncat.ingest.normalize.holdings.Holding;

/** Builds realistic MARC21 and CNMARC records in code and turns them into DedupRecords. */
final class Records {
  private static final Normalizer NORMALIZER = Normalizer.withDefaultHoldings();
  private static long ids;

  private Records() {}

  /** A MARC21 008 for a book: date type, Date1, Date2, language, form of item (23). */
  static ControlField f008(char type, String date1, String date2, String lang, char form) {
    StringBuilder s = new StringBuilder("050301" + type + date1 + date2 + "enk" + " ".repeat(17) + lang + " d");
    s.setCharAt(23, form);
    return new ControlField("008", s.toString());
  }

  static ControlField f008(String year) {
    return f008('s', year, "    ", "eng", ' ');
  }

  /** A CNMARC 100 $a with type d, Date1 and simplified Chinese. */
  static DataField f100(String year) {
    return DataField.of("100", ' ', ' ', 'a', "20050301d" + year + "    em y0chiy50      ea");
  }

  static MarcRecord marc21(String localId, MarcField... fields) {
    return marc21(Leader.defaultBook(), localId, fields);
  }

  static MarcRecord marc21(Leader leader, String localId, MarcField... fields) {
    List<MarcField> all = new ArrayList<>();
    all.add(new ControlField("001", localId));
    all.addAll(List.of(fields));
    return new MarcRecord(leader, all);
  }

  static MarcRecord cnmarc(String localId, MarcField... fields) {
    List<MarcField> all = new ArrayList<>();
    all.add(new ControlField("001", localId));
    all.addAll(List.of(fields));
    return new MarcRecord(new Leader("00000nam0 2200000   450 "), all);
  }

  static DedupRecord dedup(String library, MarcRecord record, MarcFlavour flavour) {
    NormalizedRecord n = NORMALIZER.normalize(record, flavour);
    List<String> libraries = new ArrayList<>();
    List<String> callNumbers = new ArrayList<>();
    for (Holding h : n.holdings()) {
      String lib = h.libraryCode() == null ? library : h.libraryCode();
      if (!libraries.contains(lib)) {
        libraries.add(lib);
      }
      if (h.callNumber() != null && !callNumbers.contains(h.callNumber())) {
        callNumbers.add(h.callNumber());
      }
    }
    return new DedupRecord(++ids, library, n.localId(), n, libraries, callNumbers);
  }

  static DedupRecord m21(String library, MarcField... fields) {
    return dedup(library, marc21("m" + (ids + 1), fields), MarcFlavour.MARC21);
  }

  static DedupRecord cn(String library, MarcField... fields) {
    return dedup(library, cnmarc("c" + (ids + 1), fields), MarcFlavour.CNMARC);
  }

  static DataField df(String tag, char ind1, char ind2, Object... codesAndValues) {
    return DataField.of(tag, ind1, ind2, codesAndValues);
  }

  /** 852 holdings of a library with a call number. */
  static DataField holding852(String library, String callNumber) {
    return DataField.of("852", ' ', ' ', 'a', library, 'b', "MAIN", 'h', callNumber, 'p', "3900" + (++ids));
  }

  /** 905 CNMARC holdings. */
  static DataField holding905(String library, String callNumber) {
    return DataField.of("905", ' ', ' ', 'a', library, 'b', "A" + (++ids), 'd', callNumber, 'e', "1");
  }
}
