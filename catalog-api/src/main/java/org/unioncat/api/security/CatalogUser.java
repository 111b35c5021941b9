package org.unioncat.api.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security holds it, whether they came with a password (HTTP Basic,
 * the login form) or an API key: the account (role, libraries) travels with the authentication,
 * so scoping needs no further database read.
 */
public final class CatalogUser implements UserDetails {
  private static final long serialVersionUID = 1L;
  private final UserAccount account;
  private final transient String passwordHash;

  CatalogUser(UserAccount account, String passwordHash) {
    this.account = account;
    this.passwordHash = passwordHash;
  }

  public UserAccount account() {
    return account;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority(account.role().authority()));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return account.name();
  }

  @Override
  public boolean isEnabled() {
    return account.enabled();
  }
}
