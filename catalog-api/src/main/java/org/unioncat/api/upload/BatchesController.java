package org.unioncat.api.upload;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.security.Principal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.unioncat.api.security.AccessPolicy;
import org.unioncat.batch.report.Csv;
import org.unioncat.config.LibraryCode;
import org.unioncat.error.InvalidRequestException;
import org.unioncat.error.NotFoundException;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.FindingMessages;
import org.unioncat.ingest.read.ReadOptions;
import org.unioncat.ingest.store.BatchStore;
import org.unioncat.ingest.store.CatalogQueries;
import org.unioncat.ingest.store.StoredRecord;
import org.unioncat.ingest.store.UploadBatch;

/**
 * Uploads of MARC batches: send a file for a member library, follow its progress, read its
 * validation report, list and download the records that were refused.
 */
@RestController
@RequestMapping("/api/batches")
class BatchesController {
  private final UploadService uploads;
  private final BatchStore batches;
  private final CatalogQueries queries;
  private final AccessPolicy access;

  BatchesController(
      UploadService uploads, BatchStore batches, CatalogQueries queries, AccessPolicy access) {
    this.uploads = uploads;
    this.batches = batches;
    this.queries = queries;
    this.access = access;
  }

  /** Receives a file for a library; processing continues in the background (202). */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<BatchView> upload(
      @RequestParam("file") MultipartFile file,
      @RequestParam("library") String library,
      @RequestParam(value = "format", required = false) String format,
      @RequestParam(value = "encoding", required = false) String encoding,
      @RequestParam(value = "flavour", required = false) String flavour,
      Principal principal)
      throws IOException {
    LibraryCode code = RequestParams.libraryCode(library);
    access.requireUploadFor(principal, code);
    if (file.isEmpty()) {
      throw new InvalidRequestException("The uploaded file is empty.", "上传的文件为空。");
    }
    ReadOptions options = RequestParams.readOptions(format, encoding, flavour);
    String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
    UploadBatch batch =
        uploads.accept(
            code, AccessPolicy.actor(principal), AccessPolicy.vendorOf(principal), name,
            file.getInputStream(), options);
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .location(URI.create("/api/batches/" + batch.id()))
        .body(BatchView.of(batch));
  }

  @GetMapping("/{id}")
  BatchView show(@PathVariable long id, Principal principal) {
    return BatchView.of(find(id, principal));
  }

  /** The validation report: JSON (default) or CSV, messages in English or Chinese. */
  @GetMapping("/{id}/findings")
  ResponseEntity<StreamingResponseBody> findings(
      @PathVariable long id,
      @RequestParam(value = "format", defaultValue = "json") String format,
      @RequestParam(value = "lang", defaultValue = "en") String lang,
      Principal principal) {
    UploadBatch batch = find(id, principal);
    Locale locale = "zh".equalsIgnoreCase(lang) ? FindingMessages.CHINESE : Locale.ENGLISH;
    if ("csv".equalsIgnoreCase(format)) {
      StreamingResponseBody body = out -> writeCsv(batch, locale, out);
      return ResponseEntity.ok()
          .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
          .header("Content-Disposition", "attachment; filename=\"batch-" + id + "-findings.csv\"")
          .body(body);
    }
    if (!"json".equalsIgnoreCase(format)) {
      throw new InvalidRequestException(
          "Unknown report format '" + format + "'; use json or csv.",
          "未知的报告格式“" + format + "”；请使用 json 或 csv。");
    }
    StreamingResponseBody body = out -> writeJson(batch, out);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
  }

  /** Records refused for errors: kept with their raw bytes (download via /api/records/{id}). */
  @GetMapping("/{id}/quarantine")
  List<Map<String, Object>> quarantine(
      @PathVariable long id,
      @RequestParam(value = "after", defaultValue = "0") long after,
      Principal principal) {
    find(id, principal);
    List<Map<String, Object>> out = new ArrayList<>();
    for (StoredRecord r : queries.quarantined(id, after, 200)) {
      out.add(
          Map.of(
              "record_id", r.id(),
              "record_no", r.ordinal(),
              "local_id", r.localId() == null ? "" : r.localId(),
              "raw", "/api/records/" + r.id() + "?format=raw"));
    }
    return out;
  }

  /** The batch, if the user may see it: its library's cataloger or vendors, the center, admins. */
  private UploadBatch find(long id, Principal principal) {
    UploadBatch batch =
        batches
            .find(id)
            .orElseThrow(
                () -> new NotFoundException("There is no upload " + id + ".", "没有编号为 " + id + " 的上传批次。"));
    access.requireBatchAccess(principal, batch.libraryCode());
    return batch;
  }

  private void writeJson(UploadBatch batch, OutputStream raw) {
    PrintStream out = new PrintStream(raw, false, StandardCharsets.UTF_8);
    out.print("{\"batch\":" + batch.id() + ",\"file\":" + FindingJson.quote(batch.fileName())
        + ",\"findings\":[");
    boolean[] first = {true};
    queries.findings(
        batch.id(),
        f -> {
          out.print(first[0] ? "" : ",");
          first[0] = false;
          out.print(FindingJson.of(f.finding(), f.recordId()));
        });
    out.print("]}");
    out.flush();
  }

  private void writeCsv(UploadBatch batch, Locale locale, OutputStream raw) {
    PrintStream out = new PrintStream(raw, false, StandardCharsets.UTF_8);
    out.print('\uFEFF'); // so that spreadsheet programs open UTF-8 CSV correctly
    out.println("record_no,local_id,byte_offset,record_id,severity,code,field,message");
    queries.findings(
        batch.id(),
        sf -> {
          Finding f = sf.finding();
          out.println(
              String.join(
                  ",",
                  String.valueOf(f.recordNo()),
                  Csv.cell(f.localId()),
                  String.valueOf(f.byteOffset()),
                  sf.recordId() == null ? "" : String.valueOf(sf.recordId()),
                  f.severity().label(),
                  f.code().name(),
                  Csv.cell(f.fieldRef()),
                  Csv.cell(f.message(locale))));
        });
    out.flush();
  }



}
