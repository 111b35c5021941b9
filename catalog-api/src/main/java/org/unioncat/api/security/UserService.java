package org.unioncat.api.security;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.unioncat.audit.AuditEvent;
import org.unioncat.audit.AuditTrail;
import org.unioncat.config.LibraryCode;
import org.unioncat.error.InvalidRequestException;
import org.unioncat.error.NotFoundException;
import org.unioncat.ingest.store.LibraryStore;

/**
 * The rules for users and API keys, shared by the admin API and the operator's command line:
 * names, passwords, which libraries each role needs, how keys are made, and the audit entry each
 * change leaves.
 */
public class UserService {
  /** Keys start with this so that a leaked one is recognisable (e.g. by secret scanners). */
  static final String KEY_PREFIX = "uc_";

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,63}");
  private static final int MIN_PASSWORD = 10;
  private final UserStore users;
  private final LibraryStore libraries;
  private final PasswordEncoder passwords;
  private final AuditTrail audit;
  private final SecureRandom random = new SecureRandom();

  public UserService(UserStore users, LibraryStore libraries, PasswordEncoder passwords, AuditTrail audit) {
    this.users = users;
    this.libraries = libraries;
    this.passwords = passwords;
    this.audit = audit;
  }

  /** A new API key: the token is shown once and only its hash is kept. */
  public record IssuedKey(UserStore.ApiKey key, String token) {}

  public List<UserAccount> list() {
    return users.findAll();
  }

  public UserAccount require(String name) {
    return users
        .find(name)
        .map(UserStore.Credentials::account)
        .orElseThrow(
            () -> new NotFoundException("There is no user named " + name + ".", "没有名为 " + name + " 的用户。"));
  }

  /**
   * Adds a user. A password may be null for a user who will only use API keys.
   *
   * @param libraryCodes one library for a cataloger, at least one for a vendor, none otherwise
   */
  public UserAccount create(String actor, String name, Role role, List<String> libraryCodes, String password) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new InvalidRequestException(
          "A user name is 2-64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit.",
          "用户名应为 2-64 位字母、数字、“.”“_”“@”或“-”，以字母或数字开头。");
    }
    if (role == null) {
      throw new InvalidRequestException(
          "A role is required: CATALOGER, VENDOR, CENTER or ADMIN.", "必须指定角色：CATALOGER、VENDOR、CENTER 或 ADMIN。");
    }
    Set<String> codes = checkLibraries(role, libraryCodes);
    String hash = password == null ? null : passwords.encode(checkPassword(password));
    if (users.find(name).isPresent()) {
      throw new UserAlreadyExistsException(name);
    }
    UserAccount created = users.create(name, role, codes, hash);
    audit.record(
        new AuditEvent(actor, "USER_CREATE", "user:" + name, single(codes), describe(created)));
    return created;
  }

  /** Changes a user's role, libraries, enabled flag and (when not null) password. */
  public UserAccount update(
      String actor, String name, Role role, List<String> libraryCodes, Boolean enabled, String password) {
    UserAccount before = require(name);
    Role newRole = role == null ? before.role() : role;
    Set<String> codes =
        libraryCodes == null && newRole == before.role()
            ? before.libraries()
            : checkLibraries(newRole, libraryCodes);
    boolean newEnabled = enabled == null ? before.enabled() : enabled;
    String hash = password == null ? null : passwords.encode(checkPassword(password));
    users.update(before.id(), newRole, codes, newEnabled, hash);
    UserAccount after = UserAccount.of(before.id(), name, newRole, codes, newEnabled);
    audit.record(
        new AuditEvent(
            actor,
            "USER_CHANGE",
            "user:" + name,
            single(codes),
            "{\"before\":" + describe(before) + ",\"after\":" + describe(after)
                + ",\"passwordChanged\":" + (password != null) + "}"));
    return after;
  }

  /** Makes a new API key for the user; the returned token is the only copy. */
  public IssuedKey issueKey(String actor, String name, String label) {
    UserAccount user = require(name);
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String token = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    String keyLabel = label == null || label.isBlank() ? "key" : label.strip();
    if (keyLabel.length() > 100) {
      keyLabel = keyLabel.substring(0, 100);
    }
    UserStore.ApiKey key = users.addKey(user.id(), name, keyLabel, token.substring(0, 10), sha256(token));
    audit.record(
        new AuditEvent(
            actor, "KEY_CREATE", "user:" + name, null,
            "{\"key\":" + key.id() + ",\"label\":" + Json.quote(keyLabel) + ",\"prefix\":"
                + Json.quote(key.prefix()) + "}"));
    return new IssuedKey(key, token);
  }

  public List<UserStore.ApiKey> keys(String name) {
    UserAccount user = require(name);
    return users.keys(user.id(), name);
  }

  public void revokeKey(String actor, String name, long keyId) {
    UserAccount user = require(name);
    if (!users.revokeKey(user.id(), keyId)) {
      throw new NotFoundException(
          "User " + name + " has no API key " + keyId + ".", "用户 " + name + " 没有编号为 " + keyId + " 的 API 密钥。");
    }
    audit.record(new AuditEvent(actor, "KEY_REVOKE", "user:" + name, null, "{\"key\":" + keyId + "}"));
  }

  /** Whether any user exists (the first administrator is made only on an empty table). */
  public boolean anyUser() {
    return users.count() > 0;
  }

  static String sha256(String token) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private Set<String> checkLibraries(Role role, List<String> libraryCodes) {
    Set<String> codes = new TreeSet<>();
    for (String raw : libraryCodes == null ? List.<String>of() : libraryCodes) {
      LibraryCode code;
      try {
        code = LibraryCode.of(raw);
      } catch (IllegalArgumentException e) {
        throw new InvalidRequestException(e.getMessage(), "馆代码“" + raw + "”无效。", e);
      }
      libraries.require(code);
      codes.add(code.value());
    }
    switch (role) {
      case CATALOGER -> {
        if (codes.size() != 1) {
          throw new InvalidRequestException(
              "A cataloger works for exactly one library; name it.", "编目员只属于一个馆；请指定该馆。");
        }
      }
      case VENDOR -> {
        if (codes.isEmpty()) {
          throw new InvalidRequestException(
              "A vendor works for one or more libraries; name them.", "供应商须为一个或多个馆服务；请指定这些馆。");
        }
      }
      default -> {
        if (!codes.isEmpty()) {
          throw new InvalidRequestException(
              "The center and administrators act for every library; do not name libraries for them.",
              "中心和管理员对所有馆有效；不要为其指定馆。");
        }
      }
    }
    return codes;
  }

  private static String checkPassword(String password) {
    if (password.length() < MIN_PASSWORD) {
      throw new InvalidRequestException(
          "A password needs at least " + MIN_PASSWORD + " characters.", "密码至少需要 " + MIN_PASSWORD + " 个字符。");
    }
    return password;
  }

  private static String single(Set<String> codes) {
    return codes.size() == 1 ? codes.iterator().next() : null;
  }

  private static String describe(UserAccount u) {
    StringBuilder libs = new StringBuilder("[");
    for (String code : u.libraries()) {
      libs.append(libs.length() == 1 ? "" : ",").append(Json.quote(code));
    }
    return "{\"name\":" + Json.quote(u.name()) + ",\"role\":\"" + u.role() + "\",\"libraries\":" + libs
        + "],\"enabled\":" + u.enabled() + "}";
  }
}
