package org.unioncat.api.web.library;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.unioncat.api.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unioncat.api.upload.RequestParams;
import org.unioncat.api.web.Actor;
import org.unioncat.api.web.Texts;
import org.unioncat.audit.AuditTrail;
import org.unioncat.batch.report.CorrectionReports;
import org.unioncat.error.UnionCatException;
import org.unioncat.ingest.store.LibraryStore;
import org.unioncat.ingest.store.MemberLibrary;

/** {@code /ui/libraries/{code}}: the latest correction report and the monthly figures. */
@Controller
class LibraryPageController extends PageController {
  static final int MONTHS = 12;
  private final LibraryStore libraries;
  private final LibraryReports reports;

  LibraryPageController(LibraryStore libraries, LibraryReports reports) {
    this.libraries = libraries;
    this.reports = reports;
  }

  @GetMapping("/ui/libraries/{code}")
  String page(@PathVariable String code, Model model, Locale locale) {
    MemberLibrary library = libraries.require(RequestParams.libraryCode(code));
    String c = library.code().value();
    model.addAttribute("library", library.settings());
    model.addAttribute("report", reports.latest(c, locale).orElse(null));
    model.addAttribute("marksAvailable", reports.marksAvailable());
    List<LibraryReports.Month> months = reports.monthly(c, MONTHS);
    model.addAttribute("months", months);
    model.addAttribute("seriesKeys", reports.seriesKeys());
    model.addAttribute("chart", MonthlyChart.of(months));
    return "library";
  }

  @PostMapping("/ui/libraries/{code}/items/{item}/mark")
  String mark(
      @PathVariable String code,
      @PathVariable String item,
      @RequestParam("mark") LibraryReports.Mark mark,
      @RequestParam(value = "comment", required = false) String comment,
      Principal principal,
      RedirectAttributes flash,
      Locale locale) {
    String c = libraries.require(RequestParams.libraryCode(code)).code().value();
    try {
      reports.mark(c, item, mark, comment, Actor.name(principal));
      flash.addFlashAttribute("flashKey", mark == LibraryReports.Mark.FIXED ? "flash.fixed" : "flash.disputed");
    } catch (UnionCatException e) {
      flash.addFlashAttribute("flashError", Texts.pick(locale, e.getMessage(), e.messageZh()));
    }
    return "redirect:/ui/libraries/" + c;
  }

  /** The report data behind the page: the correction reports of batch-jobs. */
  @Configuration(proxyBeanMethods = false)
  static class Wiring {
    @Bean
    LibraryReports libraryReports(CorrectionReports reports, AuditTrail audit, JdbcClient jdbc) {
      return new CorrectionLibraryReports(reports, audit, jdbc);
    }
  }
}
