package org.unioncat.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.unioncat.ingest.Fixtures;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.FindingCode;
import org.unioncat.ingest.marc.MarcRecord;

/** Test helpers: read a whole fixture or byte array into a list. */
final class Reads {
  private Reads() {}

  static ReadOptions sequential() {
    return ReadOptions.detect().withThreads(1);
  }

  static List<ReadRecord> fixture(String name) {
    return fixture(name, sequential());
  }

  static List<ReadRecord> fixture(String name, ReadOptions options) {
    try (MarcReader r = MarcReaders.open(Fixtures.path(name), options)) {
      return drain(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<ReadRecord> bytes(byte[] data, ReadOptions options) {
    try (MarcReader r = MarcReaders.open(new ByteArrayInputStream(data), options)) {
      return drain(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<ReadRecord> drain(MarcReader r) throws IOException {
    List<ReadRecord> out = new ArrayList<>();
    ReadRecord rr;
    while ((rr = r.next()) != null) {
      out.add(rr);
    }
    return out;
  }

  static MarcRecord record(ReadRecord r) {
    return r.record().orElseThrow(() -> new AssertionError("record " + r.ordinal() + " empty"));
  }

  static Set<FindingCode> codes(ReadRecord r) {
    Set<FindingCode> out = new TreeSet<>();
    for (Finding f : r.findings()) {
      out.add(f.code());
    }
    return out;
  }

  static Set<FindingCode> codes(List<ReadRecord> records) {
    Set<FindingCode> out = new TreeSet<>();
    for (ReadRecord r : records) {
      out.addAll(codes(r));
    }
    return out;
  }
}
