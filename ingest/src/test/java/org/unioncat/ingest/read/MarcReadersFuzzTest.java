package org.unioncat.ingest.read;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.unioncat.ingest.marc.MarcRecord;

/**
 * Coverage-guided fuzzing of the three MARC readers (ISO 2709, MARCXML, MARC-in-JSON) and the
 * container sniffing in front of them. Whatever the bytes, a reader may only return records
 * (damaged ones with findings) or throw what {@link MarcReaders#open} and {@link MarcReader#next}
 * document: {@link UnreadableInputException} when the input is no MARC container at all, and
 * {@link IOException} (including {@link ExpansionLimitException}). Anything else — a raw
 * ArrayIndexOutOfBounds, NullPointerException, StackOverflowError — fails the test; so does an
 * input that takes longer than Jazzer's per-input timeout (a hang).
 *
 * <p>In the normal build this runs in regression mode: only the seed corpus under
 * {@code src/test/resources/org/unioncat/ingest/read/MarcReadersFuzzTestInputs/} (and the
 * findings Jazzer saved before), in well under a second. To fuzz for real, see docs/security.md:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl ingest -am test -Dtest=MarcReadersFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=10m}.
 */
class MarcReadersFuzzTest {
  private static final ContainerFormat[] FORCED = {
    null, ContainerFormat.ISO2709, ContainerFormat.MARCXML, ContainerFormat.MARC_JSON
  };

  @FuzzTest(maxDuration = "30s")
  void readersThrowOnlyDocumentedExceptions(byte[] data) {
    for (ContainerFormat format : FORCED) {
      ReadOptions options = ReadOptions.detect().withThreads(1);
      if (format != null) {
        options = options.withFormat(format);
      }
      read(data, options);
    }
  }

  private static void read(byte[] data, ReadOptions options) {
    try (MarcReader reader = MarcReaders.open(new ByteArrayInputStream(data), options)) {
      ReadRecord r;
      int n = 0;
      while ((r = reader.next()) != null && n++ < 10_000) {
        // Touch what the loader touches: the record, its findings and raw bytes.
        if (r.record().isPresent()) {
          MarcRecord record = r.record().get();
          record.fields().size();
        }
        r.findings().size();
        r.raw();
      }
    } catch (UnreadableInputException | IOException documented) {
      // The documented outcomes for input that is not MARC or cannot be read further.
    }
  }
}
