package org.unioncat.api.cli;

import java.util.Locale;
import org.unioncat.ingest.marc.MarcEncoding;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.read.ContainerFormat;
import org.unioncat.ingest.read.ReadOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options that override what the readers detect: --format, --encoding, --flavour. */
final class ReadOptionsMixin {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Container: iso2709, marcxml or json (default: detected from the content).")
  String format;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description =
          "Character set of every record: marc8, utf8, gbk/gb18030, cp1251"
              + " (default: detected per record).")
  String encoding;

  @Option(
      names = "--flavour",
      paramLabel = "FLAVOUR",
      description = "MARC flavour of every record: marc21, unimarc or cnmarc (default: detected).")
  String flavour;

  ReadOptions toReadOptions() {
    ReadOptions options = ReadOptions.detect();
    if (format != null) {
      options =
          options.withFormat(
              ContainerFormat.parse(format)
                  .orElseThrow(() -> usage("unknown --format '" + format + "'; use iso2709, marcxml or json")));
    }
    if (encoding != null) {
      options =
          options.withEncoding(
              MarcEncoding.parse(encoding)
                  .orElseThrow(
                      () -> usage("unknown --encoding '" + encoding + "'; use marc8, utf8, gbk, gb18030 or cp1251")));
    }
    if (flavour != null) {
      options = options.withFlavour(parseFlavour(flavour));
    }
    return options;
  }

  private MarcFlavour parseFlavour(String name) {
    switch (name.toLowerCase(Locale.ROOT).replace("-", "")) {
      case "marc21":
      case "usmarc":
        return MarcFlavour.MARC21;
      case "unimarc":
        return MarcFlavour.UNIMARC;
      case "cnmarc":
        return MarcFlavour.CNMARC;
      default:
        throw usage("unknown --flavour '" + name + "'; use marc21, unimarc or cnmarc");
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
