package org.unioncat.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in API calls that carry {@code Authorization: Bearer <key>}: the key's SHA-256 is looked
 * up among unrevoked keys; an unknown, revoked or disabled key is a 401 at once (it never falls
 * through to anonymous access).
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {
  private static final String BEARER = "Bearer ";
  private final UserStore users;
  private final AuthenticationEntryPoint refuse;

  ApiKeyAuthenticationFilter(UserStore users, AuthenticationEntryPoint refuse) {
    this.users = users;
    this.refuse = refuse;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      chain.doFilter(request, response);
      return;
    }
    String token = header.substring(BEARER.length()).trim();
    Optional<UserStore.Credentials> found =
        token.isEmpty() || token.length() > 200 ? Optional.empty() : users.findByKeyHash(UserService.sha256(token));
    if (found.isEmpty() || !found.get().account().enabled()) {
      SecurityContextHolder.clearContext();
      refuse.commence(request, response, new BadCredentialsException("unknown API key"));
      return;
    }
    CatalogUser user = new CatalogUser(found.get().account(), null);
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
    chain.doFilter(request, response);
  }
}
