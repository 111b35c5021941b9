package org.unioncat.api.security;

import java.security.Principal;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.unioncat.config.LibraryCode;

/**
 * Who may act on which library, for the checks the path rules cannot make (the library is in a
 * form field or is the library of a stored batch). Controllers take a {@link Principal}
 * parameter and call these; a refusal is an {@link AccessRefusedException} (403), thrown before
 * anything is written.
 *
 * <p>The same rules back the path rules in {@link SecurityConfiguration}, so there is one
 * definition of "may see this library's reports".
 */
@Component
public class AccessPolicy {

  /** The name to record in audit entries and {@code uploaded_by}: the user, or "anonymous". */
  public static String actor(Principal principal) {
    return principal == null ? "anonymous" : principal.getName();
  }

  /** The signed-in user's account, if the principal is one of ours. */
  public static Optional<UserAccount> account(Principal principal) {
    if (principal instanceof Authentication auth && auth.getPrincipal() instanceof CatalogUser user) {
      return Optional.of(user.account());
    }
    return Optional.empty();
  }

  /**
   * May read this library's reports, batches and findings: its cataloger, a vendor working for
   * it (batches only, see {@link #mayReadBatchesOf}), the center, administrators.
   */
  public static boolean mayReadReportsOf(UserAccount user, String libraryCode) {
    return switch (user.role()) {
      case ADMIN, CENTER -> true;
      case CATALOGER -> user.actsFor(libraryCode);
      case VENDOR -> false;
    };
  }

  /** May see the library's upload batches and their findings (vendors see their libraries'). */
  public static boolean mayReadBatchesOf(UserAccount user, String libraryCode) {
    return switch (user.role()) {
      case ADMIN, CENTER -> true;
      case CATALOGER, VENDOR -> user.actsFor(libraryCode);
    };
  }

  /** May upload records into the library's holdings: its cataloger, its vendors, administrators. */
  public static boolean mayUploadFor(UserAccount user, String libraryCode) {
    return switch (user.role()) {
      case ADMIN -> true;
      case CENTER -> false;
      case CATALOGER, VENDOR -> user.actsFor(libraryCode);
    };
  }

  /** Refuses unless the user may read the library's reports. */
  public void requireLibraryAccess(Principal principal, LibraryCode library) {
    UserAccount user = require(principal);
    if (!mayReadReportsOf(user, library.value())) {
      throw refused(user, library.value());
    }
  }

  /** Refuses unless the user may see this library's batches (batch status, findings, quarantine). */
  public void requireBatchAccess(Principal principal, String libraryCode) {
    UserAccount user = require(principal);
    if (!mayReadBatchesOf(user, libraryCode)) {
      throw refused(user, libraryCode);
    }
  }

  /** Refuses unless the user may upload for the library. */
  public void requireUploadFor(Principal principal, LibraryCode library) {
    UserAccount user = require(principal);
    if (!mayUploadFor(user, library.value())) {
      if (user.role() == Role.CENTER) {
        throw new AccessRefusedException(
            "The center does not upload records; the library or its vendor does.",
            "中心不上传书目记录；请由成员馆或其供应商上传。");
      }
      throw refused(user, library.value());
    }
  }

  /**
   * Refuses unless the user may check records against the catalog for the library named (or for
   * no library): vendors and catalogers for their own libraries, the center and administrators.
   */
  public void requireCheckFor(Principal principal, Optional<LibraryCode> library) {
    UserAccount user = require(principal);
    if (library.isPresent() && user.role().actsForLibraries() && !user.actsFor(library.get().value())) {
      throw refused(user, library.get().value());
    }
  }

  /** The vendor to tag an upload with: the user's name when a vendor uploads, otherwise null. */
  public static String vendorOf(Principal principal) {
    return account(principal).filter(u -> u.role() == Role.VENDOR).map(UserAccount::name).orElse(null);
  }

  private static UserAccount require(Principal principal) {
    return account(principal)
        .orElseThrow(
            () ->
                new AccessRefusedException(
                    "Sign in first: this needs a user or an API key.", "请先登录：此操作需要用户或 API 密钥。"));
  }

  private static AccessRefusedException refused(UserAccount user, String libraryCode) {
    return new AccessRefusedException(
        "User " + user.name() + " (" + user.role() + ") may not act for library " + libraryCode + ".",
        "用户 " + user.name() + "（" + user.role() + "）无权处理馆 " + libraryCode + " 的数据。");
  }
}
