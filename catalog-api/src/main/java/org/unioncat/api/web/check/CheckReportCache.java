package org.unioncat.api.web.check;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.unioncat.api.check.CheckReport;

/**
 * The latest check reports, by an unguessable token, at most {@value #MAX_REPORTS} (the oldest
 * goes first): enough for the vendors checking at one time, bounded in memory. A report is
 * gone after a restart; checking the file again recreates it.
 */
@Component
public class CheckReportCache {
  static final int MAX_REPORTS = 50;
  private final SecureRandom random = new SecureRandom();

  /** A checked file's report, with the file's name. */
  public record Entry(String fileName, CheckReport report) {}

  private final Map<String, Entry> reports =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
          return size() > MAX_REPORTS;
        }
      };

  public synchronized String put(String fileName, CheckReport report) {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    String token = HexFormat.of().formatHex(bytes);
    reports.put(token, new Entry(fileName, report));
    return token;
  }

  public synchronized Optional<Entry> get(String token) {
    return Optional.ofNullable(reports.get(token));
  }
}
