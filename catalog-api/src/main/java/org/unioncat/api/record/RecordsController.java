package org.unioncat.api.record;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unioncat.error.InvalidRequestException;
import org.unioncat.error.NotFoundException;
import org.unioncat.ingest.index.CatalogIndex;
import org.unioncat.ingest.index.SearchResult;
import org.unioncat.ingest.load.StoredRecordDecoder;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.store.CatalogQueries;
import org.unioncat.ingest.store.RecordStatus;
import org.unioncat.ingest.store.StoredHolding;
import org.unioncat.ingest.store.StoredRecord;
import org.unioncat.ingest.write.Iso2709Writer;
import org.unioncat.ingest.write.MarcJsonWriter;
import org.unioncat.ingest.write.MarcXmlWriter;

/**
 * One record, in the format asked for by {@code ?format=} or the Accept header: {@code json}
 * (labelled view: normalized keys, MARC fields, holdings by library), {@code marcxml},
 * {@code marcjson} (MARC-in-JSON), {@code iso2709} (UTF-8) or {@code raw} (the bytes exactly as
 * received, also for quarantined records).
 */
@RestController
@RequestMapping("/api/records")
class RecordsController {
  static final MediaType MARCXML = MediaType.parseMediaType("application/marcxml+xml");
  static final MediaType MARC = MediaType.parseMediaType("application/marc");
  static final MediaType MARC_JSON = MediaType.parseMediaType("application/marc+json");
  private final CatalogQueries queries;
  private final CatalogIndex index;

  RecordsController(CatalogQueries queries, CatalogIndex index) {
    this.queries = queries;
    this.index = index;
  }

  /**
   * Searches the catalog: free text plus {@code isbn:}, {@code title:}, {@code author:},
   * {@code publisher:}, {@code year:}, {@code library:} (see docs/search.md). A query that cannot
   * be parsed, or is too expensive, answers 400 with the reason.
   */
  @GetMapping
  SearchResult search(
      @RequestParam("q") String q,
      @RequestParam(value = "offset", defaultValue = "0") int offset,
      @RequestParam(value = "limit", defaultValue = "20") int limit) {
    return index.search(q, offset, limit);
  }

  /**
   * One record. A record merged into another answers 301 to the record it now lives in (following
   * later merges to the surviving one, keeping {@code format}), so that links libraries hold keep
   * working; {@code follow=false} shows the tombstone itself, with {@code mergedInto}.
   */
  @GetMapping("/{id}")
  ResponseEntity<?> show(
      @PathVariable long id,
      @RequestParam(value = "format", required = false) String format,
      @RequestParam(value = "follow", defaultValue = "true") boolean follow,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept)
      throws IOException {
    StoredRecord stored =
        queries
            .record(id)
            .orElseThrow(
                () -> new NotFoundException("There is no record " + id + ".", "没有编号为 " + id + " 的记录。"));
    if (follow && stored.status() == RecordStatus.MERGED && stored.mergedInto() != null) {
      long target = survivor(stored);
      String location = "/api/records/" + target
          + (format == null ? "" : "?format=" + URLEncoder.encode(format, StandardCharsets.UTF_8));
      return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
          .location(URI.create(location))
          .contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("id", id, "status", stored.status().name(), "mergedInto", stored.mergedInto(),
              "survivor", target));
    }
    String wanted = format != null ? format.toLowerCase(Locale.ROOT) : fromAccept(accept);
    if (wanted.equals("raw")) {
      return ResponseEntity.ok()
          .contentType(MediaType.APPLICATION_OCTET_STREAM)
          .header("Content-Disposition", "attachment; filename=\"record-" + id + ".raw\"")
          .body(stored.raw());
    }
    List<StoredHolding> holdings = queries.holdings(id);
    Optional<MarcRecord> marc = StoredRecordDecoder.decode(stored);
    if (wanted.equals("json")) {
      return ResponseEntity.ok()
          .contentType(MediaType.APPLICATION_JSON)
          .body(RecordView.of(stored, marc.orElse(null), holdings));
    }
    MarcRecord record =
        marc.orElseThrow(
            () ->
                new InvalidRequestException(
                    "Record " + id + " could not be decoded; download it with format=raw.",
                    "记录 " + id + " 无法解码；请用 format=raw 下载原始数据。"));
    MarcFlavour flavour = MarcFlavour.valueOf(stored.flavour());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    switch (wanted) {
      case "marcxml":
        try (MarcXmlWriter w = new MarcXmlWriter(out, flavour)) {
          w.write(record);
        }
        return ResponseEntity.ok().contentType(MARCXML).body(out.toString(StandardCharsets.UTF_8));
      case "marcjson":
        return ResponseEntity.ok()
            .contentType(MARC_JSON)
            .body(MarcJsonWriter.toJson(record, flavour));
      case "iso2709":
        return ResponseEntity.ok()
            .contentType(MARC)
            .header("Content-Disposition", "attachment; filename=\"record-" + id + ".mrc\"")
            .body(Iso2709Writer.toBytes(record, flavour));
      default:
        throw new InvalidRequestException(
            "Unknown format '" + wanted + "'; use json, marcxml, marcjson, iso2709 or raw.",
            "未知的格式“" + wanted + "”；请使用 json、marcxml、marcjson、iso2709 或 raw。");
    }
  }

  /** The record a merged record lives in now: merges are followed (at most 100, against cycles). */
  private long survivor(StoredRecord merged) {
    StoredRecord current = merged;
    for (int hops = 0; hops < 100; hops++) {
      if (current.status() != RecordStatus.MERGED || current.mergedInto() == null) {
        break;
      }
      Optional<StoredRecord> next = queries.record(current.mergedInto());
      if (next.isEmpty()) {
        break;
      }
      current = next.get();
    }
    return current.id();
  }

  private static String fromAccept(String accept) {
    if (accept == null) {
      return "json";
    }
    for (MediaType type : MediaType.parseMediaTypes(accept)) {
      if (type.isCompatibleWith(MARCXML) && !type.isWildcardType()) {
        return "marcxml";
      }
      if (type.isCompatibleWith(MARC_JSON) && !type.isWildcardType()) {
        return "marcjson";
      }
      if (type.isCompatibleWith(MARC) && !type.isWildcardType()) {
        return "iso2709";
      }
    }
    return "json";
  }
}
