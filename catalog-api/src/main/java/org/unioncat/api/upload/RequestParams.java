package org.unioncat.api.upload;

import java.util.Locale;
import org.unioncat.config.LibraryCode;
import org.unioncat.error.InvalidRequestException;
import org.unioncat.ingest.marc.MarcEncoding;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.read.ContainerFormat;
import org.unioncat.ingest.read.ReadOptions;

/**
 * Request parameters shared by the endpoints that read MARC files (upload, check): a library code
 * and the optional format/encoding/flavour overrides, each refused with a clear 400.
 */
public final class RequestParams {
  private RequestParams() {}

  public static LibraryCode libraryCode(String code) {
    try {
      return LibraryCode.of(code);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          e.getMessage(), "馆代码“" + code + "”无效：应为 2-20 位字母、数字、“-”或“_”。", e);
    }
  }

  public static ReadOptions readOptions(String format, String encoding, String flavour) {
    ReadOptions o = ReadOptions.detect();
    if (format != null && !format.isBlank()) {
      o = o.withFormat(ContainerFormat.parse(format).orElseThrow(() -> bad("format", format)));
    }
    if (encoding != null && !encoding.isBlank()) {
      o = o.withEncoding(MarcEncoding.parse(encoding).orElseThrow(() -> bad("encoding", encoding)));
    }
    if (flavour != null && !flavour.isBlank()) {
      MarcFlavour f;
      try {
        f = MarcFlavour.valueOf(flavour.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw bad("flavour", flavour);
      }
      o = o.withFlavour(f);
    }
    return o;
  }

  private static InvalidRequestException bad(String what, String value) {
    return new InvalidRequestException(
        "Unknown " + what + " '" + value + "'.", "未知的" + what + "“" + value + "”。");
  }
}
