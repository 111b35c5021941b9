package org.unioncat.api.security;

import java.net.URI;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unioncat.error.InvalidRequestException;

/**
 * Users and their API keys, for administrators ({@code /api/users/**} is ADMIN-only in
 * {@link SecurityConfiguration}). Every change is written to the audit log.
 */
@RestController
@RequestMapping("/api/users")
class UsersController {
  private final UserService users;

  UsersController(UserService users) {
    this.users = users;
  }

  /** A user to create or change; on change, absent fields stay as they are. */
  record UserRequest(String name, String role, List<String> libraries, String password, Boolean enabled) {}

  record KeyRequest(String label) {}

  @GetMapping
  List<UserAccount> list() {
    return users.list();
  }

  @GetMapping("/{name}")
  UserAccount show(@PathVariable String name) {
    return users.require(name);
  }

  @PostMapping
  ResponseEntity<UserAccount> create(@RequestBody UserRequest request, Principal principal) {
    if (request == null) {
      throw new InvalidRequestException("A user is required.", "必须提供用户信息。");
    }
    UserAccount created =
        users.create(
            AccessPolicy.actor(principal), request.name(), role(request.role(), true), request.libraries(),
            request.password());
    return ResponseEntity.created(URI.create("/api/users/" + created.name())).body(created);
  }

  @PutMapping("/{name}")
  UserAccount update(@PathVariable String name, @RequestBody UserRequest request, Principal principal) {
    if (request == null) {
      throw new InvalidRequestException("Nothing to change.", "没有要修改的内容。");
    }
    return users.update(
        AccessPolicy.actor(principal), name, role(request.role(), false), request.libraries(),
        request.enabled(), request.password());
  }

  @GetMapping("/{name}/keys")
  List<UserStore.ApiKey> keys(@PathVariable String name) {
    return users.keys(name);
  }

  /** A new API key; the token in the answer is the only copy (only its hash is stored). */
  @PostMapping("/{name}/keys")
  ResponseEntity<Map<String, Object>> issueKey(
      @PathVariable String name, @RequestBody(required = false) KeyRequest request, Principal principal) {
    UserService.IssuedKey issued =
        users.issueKey(AccessPolicy.actor(principal), name, request == null ? null : request.label());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", issued.key().id());
    body.put("user", name);
    body.put("label", issued.key().label());
    body.put("token", issued.token());
    body.put(
        "note",
        "Keep this key now: it is shown only once. Send it as 'Authorization: Bearer <key>'."
            + " / 请立即保存此密钥：仅显示一次。");
    return ResponseEntity.status(HttpStatus.CREATED).body(body);
  }

  @DeleteMapping("/{name}/keys/{id}")
  ResponseEntity<Void> revokeKey(@PathVariable String name, @PathVariable long id, Principal principal) {
    users.revokeKey(AccessPolicy.actor(principal), name, id);
    return ResponseEntity.noContent().build();
  }

  private static Role role(String text, boolean required) {
    if (text == null && !required) {
      return null;
    }
    return Role.parse(text)
        .orElseThrow(
            () ->
                new InvalidRequestException(
                    "Unknown role '" + text + "'; use CATALOGER, VENDOR, CENTER or ADMIN.",
                    "未知角色“" + text + "”；请使用 CATALOGER、VENDOR、CENTER 或 ADMIN。"));
  }
}
