package org.unioncat.api.security;

import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * A path rule scoped by the {@code {code}} path variable: allows the request when the signed-in
 * user passes the {@link AccessPolicy} test for that library (e.g. a cataloger of BNU may read
 * {@code /api/libraries/BNU/reports}, not {@code /api/libraries/PKU/reports}).
 */
final class LibraryScope implements AuthorizationManager<RequestAuthorizationContext> {
  private final BiPredicate<UserAccount, String> allowed;

  private LibraryScope(BiPredicate<UserAccount, String> allowed) {
    this.allowed = allowed;
  }

  /** Cataloger of the library, the center, administrators. */
  static LibraryScope reports() {
    return new LibraryScope(AccessPolicy::mayReadReportsOf);
  }

  @Override
  public AuthorizationResult authorize(
      Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
    String code = context.getVariables().get("code");
    Authentication auth = authentication.get();
    if (code == null || auth == null || !(auth.getPrincipal() instanceof CatalogUser user)) {
      return new AuthorizationDecision(false);
    }
    // Library codes are stored upper-case; the API accepts them in any case.
    return new AuthorizationDecision(allowed.test(user.account(), code.toUpperCase(Locale.ROOT)));
  }
}
