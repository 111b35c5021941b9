package org.unioncat.dedup.run;

import java.util.ArrayList;
import java.util.List;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.Normalizer;

/** MARC21 book records built in code and normalized, for the engine's tests. */
public final class TestRecords {
  private static final Normalizer NORMALIZER = Normalizer.withDefaultHoldings();

  private TestRecords() {}

  public static Builder book(long id, String library) {
    return new Builder(id, library);
  }

  /** A builder: a MARC21 book with 001, 008, 245, 260 and holdings unless told otherwise. */
  public static final class Builder {
    private final long id;
    private final String library;
    private String localId;
    private final List<String> isbns = new ArrayList<>();
    private String title = "A book";
    private String part;
    private String author;
    private Integer year = 2005;
    private String edition;
    private boolean holdings = true;
    private String callNumber = "PR1 .A1";
    private String source;
    private char encodingLevel = ' ';
    private String systemNumber;
    private String seriesNote;

    Builder(long id, String library) {
      this.id = id;
      this.library = library;
      this.localId = "b" + id;
    }

    public Builder localId(String v) {
      localId = v;
      return this;
    }

    public Builder isbn(String... v) {
      isbns.addAll(List.of(v));
      return this;
    }

    public Builder title(String v) {
      title = v;
      return this;
    }

    /** 245 $n. */
    public Builder part(String v) {
      part = v;
      return this;
    }

    /** 100 $a. */
    public Builder author(String v) {
      author = v;
      return this;
    }

    public Builder year(Integer v) {
      year = v;
      return this;
    }

    /** 250 $a. */
    public Builder edition(String v) {
      edition = v;
      return this;
    }

    public Builder noHoldings() {
      holdings = false;
      return this;
    }

    public Builder callNumber(String v) {
      callNumber = v;
      return this;
    }

    /** 040 $a. */
    public Builder source(String v) {
      source = v;
      return this;
    }

    public Builder encodingLevel(char v) {
      encodingLevel = v;
      return this;
    }

    /** 035 $a. */
    public Builder systemNumber(String v) {
      systemNumber = v;
      return this;
    }

    /** 500 $a with a series statement. */
    public Builder seriesNote(String v) {
      seriesNote = v;
      return this;
    }

    public MarcRecord marc() {
      List<MarcField> fields = new ArrayList<>();
      fields.add(new ControlField("001", localId));
      String y = year == null ? "uuuu" : String.valueOf(year);
      fields.add(new ControlField("008", "050101s" + y + "    xxu" + " ".repeat(17) + "eng d"));
      for (String isbn : isbns) {
        fields.add(DataField.of("020", ' ', ' ', 'a', isbn));
      }
      if (systemNumber != null) {
        fields.add(DataField.of("035", ' ', ' ', 'a', systemNumber));
      }
      if (source != null) {
        fields.add(DataField.of("040", ' ', ' ', 'a', source, 'c', source));
      }
      if (author != null) {
        fields.add(DataField.of("100", '1', ' ', 'a', author));
      }
      if (part == null) {
        fields.add(DataField.of("245", author == null ? '0' : '1', '0', 'a', title));
      } else {
        fields.add(DataField.of("245", author == null ? '0' : '1', '0', 'a', title + ".", 'n', part));
      }
      if (edition != null) {
        fields.add(DataField.of("250", ' ', ' ', 'a', edition));
      }
      fields.add(DataField.of("260", ' ', ' ', 'a', "London :", 'b', "Penguin,", 'c',
          year == null ? "[n.d.]" : year + "."));
      fields.add(DataField.of("300", ' ', ' ', 'a', "345 p."));
      if (seriesNote != null) {
        fields.add(DataField.of("500", ' ', ' ', 'a', seriesNote));
      }
      if (holdings) {
        fields.add(DataField.of("852", ' ', ' ', 'a', library, 'h', callNumber, 'p', "3" + id));
      }
      String leader = Leader.defaultBook().value();
      leader = leader.substring(0, 17) + encodingLevel + leader.substring(18);
      return new MarcRecord(new Leader(leader), fields);
    }

    public DedupRecord build() {
      return DedupRecords.of(id, library, NORMALIZER.normalize(marc(), MarcFlavour.MARC21));
    }
  }
}
