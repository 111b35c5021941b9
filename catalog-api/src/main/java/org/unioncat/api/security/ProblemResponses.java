package org.unioncat.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The answers the security filters give before a controller is reached, as the same RFC 9457
 * problem details the rest of the API uses (English, or Chinese with {@code Accept-Language:
 * zh}): 401 when no valid credentials came, 403 when the user's role does not allow the request.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"UnionCat\", Bearer");
    write(
        request,
        response,
        401,
        "Unauthorized",
        "UNAUTHORIZED",
        "Sign in: send a user name and password (HTTP Basic) or an API key (Authorization: Bearer"
            + " ...). Ask the catalog administrator for an account.",
        "请登录：使用用户名和密码（HTTP Basic）或 API 密钥（Authorization: Bearer ...）。账户请向系统管理员申请。");
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(
        request,
        response,
        403,
        "Forbidden",
        "FORBIDDEN",
        "Your role does not allow this request; nothing was changed.",
        "您的角色无权执行此请求；未作任何修改。");
  }

  static void write(
      HttpServletRequest request, HttpServletResponse response, int status, String title,
      String code, String en, String zh) throws IOException {
    Locale locale = request.getLocale();
    boolean chinese = locale != null && "zh".equals(locale.getLanguage());
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String body =
        "{\"type\":\"urn:unioncat:problem:" + code.toLowerCase(Locale.ROOT) + "\",\"title\":\"" + title
            + "\",\"status\":" + status + ",\"detail\":" + Json.quote(chinese ? zh : en)
            + ",\"instance\":" + Json.quote(request.getRequestURI()) + ",\"code\":\"" + code
            + "\",\"messages\":{\"en\":" + Json.quote(en) + ",\"zh\":" + Json.quote(zh) + "}}";
    response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }
}
