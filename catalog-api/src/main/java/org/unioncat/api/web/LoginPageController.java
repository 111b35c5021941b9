package org.unioncat.api.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in form at {@code /ui/login}, in the pages' style and language. It posts to Spring
 * Security's form login ({@code org.unioncat.api.security.SecurityConfiguration}); the form's
 * {@code th:action} brings the CSRF token.
 */
@Controller
class LoginPageController extends PageController {

  @GetMapping("/ui/login")
  String login(
      @RequestParam(value = "error", required = false) String error,
      @RequestParam(value = "logout", required = false) String logout,
      Model model) {
    model.addAttribute("failed", error != null);
    model.addAttribute("signedOut", logout != null);
    return "login";
  }
}
