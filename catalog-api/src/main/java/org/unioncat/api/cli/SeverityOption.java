package org.unioncat.api.cli;

import java.util.Locale;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.Severity;
import picocli.CommandLine.Option;

/**
 * {@code --min-severity error|warning|info}: which findings are listed one by one (summaries
 * always count them all). A large batch has an info line for most records; a cataloger fixing
 * errors first asks for {@code error}.
 */
final class SeverityOption {
  @Option(
      names = "--min-severity",
      paramLabel = "LEVEL",
      defaultValue = "info",
      description = "List findings of this severity and above: error, warning or info (default).")
  String level;

  boolean shows(Finding f) {
    return f.severity().ordinal() <= threshold().ordinal();
  }

  /** Corrections are suggestions: listed unless only errors are asked for. */
  boolean showsCorrections() {
    return threshold() != Severity.ERROR;
  }

  Severity threshold() {
    try {
      return Severity.valueOf(level.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown --min-severity '" + level + "'; use error, warning or info", e);
    }
  }
}
