package org.unioncat.api.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A tiny HTTP client for integration tests against the running service on localhost. It signs in
 * as the test administrator (see src/test/resources/application.properties) unless made with
 * {@link #as}, {@link #bearer} or {@link #anonymous}.
 */
public final class Http {
  /** The administrator every test service starts with. */
  public static final String ADMIN_USER = "admin";

  public static final String ADMIN_PASSWORD = "admin-test-password";

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private final HttpClient client = CLIENT;
  private final String base;
  private final String authorization;

  public Http(int port) {
    this(port, basic(ADMIN_USER, ADMIN_PASSWORD));
  }

  private Http(int port, String authorization) {
    this.base = "http://127.0.0.1:" + port;
    this.authorization = authorization;
  }

  /** A client signing in with this user's password (HTTP Basic). */
  public Http as(String user, String password) {
    return new Http(port(), basic(user, password));
  }

  /** A client sending this API key ({@code Authorization: Bearer}). */
  public Http bearer(String token) {
    return new Http(port(), "Bearer " + token);
  }

  /** A client sending no credentials. */
  public Http anonymous() {
    return new Http(port(), null);
  }

  private int port() {
    return URI.create(base).getPort();
  }

  private static String basic(String user, String password) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** A request of any method with an optional JSON body. */
  public HttpResponse<String> send(String method, String path, String json, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }
    return send(request, headers);
  }

  public HttpResponse<String> get(String path, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
  }

  public HttpResponse<String> postJson(String path, String json, String... headers) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)),
        headers);
  }

  public HttpResponse<String> putJson(String path, String json, String... headers) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)),
        headers);
  }

  /** A multipart/form-data POST with text fields and one file part named "file". */
  public HttpResponse<String> postFile(
      String path, String fileName, byte[] content, String... fields) {
    String boundary = "----unioncat" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    try {
      for (int i = 0; i + 1 < fields.length; i += 2) {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i]
            + "\"\r\n\r\n" + fields[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
      }
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
          + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      body.write(content);
      body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** GET returning bytes. */
  public HttpResponse<byte[]> getBytes(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
