package org.unioncat.api.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.unioncat.ingest.store.LibraryStore;

/** {@code /ui}: where to go — search, check a file, the center's queue, each library's page. */
@Controller
class HomeController extends PageController {
  private final LibraryStore libraries;

  HomeController(LibraryStore libraries) {
    this.libraries = libraries;
  }

  @GetMapping({"/ui", "/ui/"})
  String home(Model model) {
    model.addAttribute(
        "libraries",
        libraries.findAll().stream().map(l -> l.settings()).toList());
    return "home";
  }
}
