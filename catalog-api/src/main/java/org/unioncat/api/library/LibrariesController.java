package org.unioncat.api.library;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unioncat.api.upload.RequestParams;
import org.unioncat.config.LibrarySettings;
import org.unioncat.error.InvalidRequestException;
import org.unioncat.ingest.store.LibraryStore;
import org.unioncat.ingest.store.CatalogQueries;
import org.unioncat.ingest.store.MemberLibrary;
import org.unioncat.ingest.store.RecordStatus;
import org.unioncat.ingest.store.StoredRecord;

/** Member libraries: list, show, register, and each library's records. */
@RestController
@RequestMapping("/api/libraries")
class LibrariesController {
  private final LibraryStore libraries;
  private final CatalogQueries queries;

  LibrariesController(LibraryStore libraries, CatalogQueries queries) {
    this.libraries = libraries;
    this.queries = queries;
  }

  @GetMapping
  List<LibraryView> list() {
    return libraries.findAll().stream().map(LibraryView::of).toList();
  }

  @GetMapping("/{code}")
  LibraryView show(@PathVariable String code) {
    return LibraryView.of(libraries.require(RequestParams.libraryCode(code)));
  }

  /** The library's active records, by id; page with {@code after} (the last id seen). */
  @GetMapping("/{code}/records")
  Map<String, Object> records(
      @PathVariable String code,
      @RequestParam(value = "after", defaultValue = "0") long after,
      @RequestParam(value = "limit", defaultValue = "50") int limit) {
    MemberLibrary library = libraries.require(RequestParams.libraryCode(code));
    List<Map<String, Object>> items = new ArrayList<>();
    for (StoredRecord r : queries.libraryRecords(library.id(), RecordStatus.ACTIVE, after, limit)) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", r.id());
      item.put("local_id", r.localId());
      item.put("title", r.title());
      item.put("flavour", r.flavour());
      item.put("link", "/api/records/" + r.id());
      items.add(item);
    }
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("library", library.code().value());
    page.put("total", queries.countLibraryRecords(library.id(), RecordStatus.ACTIVE));
    page.put("records", items);
    if (!items.isEmpty()) {
      page.put("next", "/api/libraries/" + library.code().value() + "/records?after="
          + items.get(items.size() - 1).get("id") + "&limit=" + limit);
    }
    return page;
  }

  @PostMapping
  ResponseEntity<LibraryView> register(@RequestBody LibraryView request) {
    if (request == null || request.code() == null) {
      throw new InvalidRequestException("A library code is required.", "必须提供馆代码。");
    }
    LibrarySettings settings;
    try {
      settings = request.toSettings(RequestParams.libraryCode(request.code()));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "The library settings are not valid: " + e.getMessage(), "馆设置无效：" + e.getMessage(), e);
    }
    MemberLibrary created = libraries.add(settings);
    return ResponseEntity.created(URI.create("/api/libraries/" + created.code().value()))
        .body(LibraryView.of(created));
  }
}
