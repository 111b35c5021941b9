package org.unioncat.api.check;

import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.unioncat.api.security.AccessPolicy;
import org.unioncat.api.upload.RequestParams;
import org.unioncat.config.LibraryCode;
import org.unioncat.config.LibrarySettings;
import org.unioncat.error.InvalidRequestException;
import org.unioncat.ingest.read.ReadOptions;
import org.unioncat.ingest.store.LibraryStore;

/**
 * {@code POST /api/check}: a vendor or cataloger sends one record or a whole file and learns,
 * before uploading, what is wrong with each record and which catalog records it would duplicate.
 * Nothing is stored.
 */
@RestController
@RequestMapping("/api/check")
class CheckController {
  private final CheckService checks;
  private final LibraryStore libraries;
  private final AccessPolicy access;

  CheckController(CheckService checks, LibraryStore libraries, AccessPolicy access) {
    this.checks = checks;
    this.libraries = libraries;
    this.access = access;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  CheckReport check(
      @RequestParam("file") MultipartFile file,
      @RequestParam(value = "library", required = false) String library,
      @RequestParam(value = "format", required = false) String format,
      @RequestParam(value = "encoding", required = false) String encoding,
      @RequestParam(value = "flavour", required = false) String flavour,
      Principal principal)
      throws IOException {
    Optional<LibraryCode> code =
        library == null || library.isBlank()
            ? Optional.empty()
            : Optional.of(RequestParams.libraryCode(library));
    access.requireCheckFor(principal, code);
    if (file.isEmpty()) {
      throw new InvalidRequestException("The file to check is empty.", "待检查的文件为空。");
    }
    Optional<LibrarySettings> settings = code.map(c -> libraries.require(c).settings());
    ReadOptions options =
        RequestParams.readOptions(format, encoding, flavour);
    return checks.check(file.getInputStream(), settings, options);
  }
}
