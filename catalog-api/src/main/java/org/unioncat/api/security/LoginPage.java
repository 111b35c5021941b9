package org.unioncat.api.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A plain sign-in form at {@code /ui/login} (English and Chinese), posting to Spring Security's
 * form login with the CSRF token. Kept deliberately small: when the web pages bring their own
 * styled login template, this class is the one to remove.
 */
@Controller
class LoginPage {

  @GetMapping(value = "/ui/login", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> page(HttpServletRequest request) {
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    boolean failed = request.getParameter("error") != null;
    boolean out = request.getParameter("logout") != null;
    String html =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>UnionCat — sign in / 登录</title>"
            + "</head><body><h1>UnionCat</h1>"
            + (failed ? "<p role=\"alert\">Wrong user name or password. / 用户名或密码错误。</p>" : "")
            + (out ? "<p>You are signed out. / 您已退出登录。</p>" : "")
            + "<form method=\"post\" action=\"/ui/login\">"
            + "<p><label>User / 用户名 <input name=\"username\" autocomplete=\"username\" required></label></p>"
            + "<p><label>Password / 密码 <input type=\"password\" name=\"password\""
            + " autocomplete=\"current-password\" required></label></p>"
            + (csrf == null
                ? ""
                : "<input type=\"hidden\" name=\"" + csrf.getParameterName() + "\" value=\"" + csrf.getToken() + "\">")
            + "<p><button type=\"submit\">Sign in / 登录</button></p></form></body></html>";
    return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8)).body(html);
  }
}
