package org.unioncat.api.library;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unioncat.config.LibraryCode;
import org.unioncat.config.LibrarySettings;
import org.unioncat.error.InvalidRequestException;
import org.unioncat.ingest.store.LibraryStore;
import org.unioncat.ingest.store.MemberLibrary;

/** Member libraries: list, show, register. */
@RestController
@RequestMapping("/api/libraries")
class LibrariesController {
  private final LibraryStore libraries;

  LibrariesController(LibraryStore libraries) {
    this.libraries = libraries;
  }

  @GetMapping
  List<LibraryView> list() {
    return libraries.findAll().stream().map(LibraryView::of).toList();
  }

  @GetMapping("/{code}")
  LibraryView show(@PathVariable String code) {
    return LibraryView.of(libraries.require(parseCode(code)));
  }

  @PostMapping
  ResponseEntity<LibraryView> register(@RequestBody LibraryView request) {
    if (request == null || request.code() == null) {
      throw new InvalidRequestException("A library code is required.", "必须提供馆代码。");
    }
    LibrarySettings settings;
    try {
      settings = request.toSettings(parseCode(request.code()));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "The library settings are not valid: " + e.getMessage(), "馆设置无效：" + e.getMessage(), e);
    }
    MemberLibrary created = libraries.add(settings);
    return ResponseEntity.created(URI.create("/api/libraries/" + created.code().value()))
        .body(LibraryView.of(created));
  }

  static LibraryCode parseCode(String code) {
    try {
      return LibraryCode.of(code);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          e.getMessage(), "馆代码“" + code + "”无效：应为 2-20 位字母、数字、“-”或“_”。", e);
    }
  }
}
