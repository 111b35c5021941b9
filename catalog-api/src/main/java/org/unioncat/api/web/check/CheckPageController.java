package org.unioncat.api.web.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.unioncat.api.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unioncat.api.check.CheckService;
import org.unioncat.api.upload.RequestParams;
import org.unioncat.config.LibrarySettings;
import org.unioncat.error.NotFoundException;
import org.unioncat.ingest.store.LibraryStore;

/** {@code /ui/check}: the upload form, the report page and its CSV download. */
@Controller
class CheckPageController extends PageController {
  private final CheckService checks;
  private final CheckReportCache reports;
  private final LibraryStore libraries;

  CheckPageController(CheckService checks, CheckReportCache reports, LibraryStore libraries) {
    this.checks = checks;
    this.reports = reports;
    this.libraries = libraries;
  }

  @GetMapping("/ui/check")
  String form(Model model) {
    model.addAttribute("libraries", libraries.findAll().stream().map(l -> l.settings()).toList());
    return "check";
  }

  @PostMapping("/ui/check")
  String check(
      @RequestParam(value = "file", required = false) MultipartFile file,
      @RequestParam(value = "library", required = false) String library,
      @RequestParam(value = "format", required = false) String format,
      @RequestParam(value = "encoding", required = false) String encoding,
      RedirectAttributes flash)
      throws IOException {
    if (file == null || file.isEmpty()) {
      flash.addFlashAttribute("flashKey", "check.empty");
      flash.addFlashAttribute("flashIsError", true);
      return "redirect:/ui/check";
    }
    Optional<LibrarySettings> settings =
        library == null || library.isBlank()
            ? Optional.empty()
            : Optional.of(libraries.require(RequestParams.libraryCode(library)).settings());
    var report =
        checks.check(
            file.getInputStream(), settings,
            RequestParams.readOptions(blankToNull(format), blankToNull(encoding), null));
    String name = file.getOriginalFilename() == null ? "file" : file.getOriginalFilename();
    return "redirect:/ui/check/" + reports.put(name, report);
  }

  @GetMapping("/ui/check/{token}")
  String report(@PathVariable String token, Model model) {
    CheckReportCache.Entry entry = find(token);
    model.addAttribute("token", token);
    model.addAttribute("fileName", entry.fileName());
    model.addAttribute("report", entry.report());
    return "check-report";
  }

  @GetMapping("/ui/check/{token}/report.csv")
  ResponseEntity<byte[]> download(@PathVariable String token, Locale locale) {
    CheckReportCache.Entry entry = find(token);
    byte[] body = CheckReportCsv.write(entry.report(), locale).getBytes(StandardCharsets.UTF_8);
    // a BOM so that spreadsheet programs open the Chinese text as UTF-8
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"check-report.csv\"")
        .body(withBom);
  }

  private CheckReportCache.Entry find(String token) {
    return reports.get(token).orElseThrow(() -> new NotFoundException(
        "This check report is no longer kept; check the file again.",
        "该检查报告已不再保留；请重新检查文件。"));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
