package org.unioncat.ingest.read;

/**
 * Tells the container from the first bytes of an (uncompressed) input: after a UTF-8 or UTF-16
 * byte-order mark, white space and NUL filler, {@code <} is MARCXML, {@code {} or {@code [} is
 * MARC-in-JSON and five ASCII digits are an ISO 2709 leader.
 *
 * <p>Stateless and thread-safe.
 */
final class ContainerSniffer {
  private ContainerSniffer() {}

  static ContainerFormat detect(byte[] head) {
    int i = 0;
    if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      i = 3;
    } else if (head.length >= 2 && (((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)
        || ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE))) {
      // UTF-16: only XML declares itself that way among our containers.
      return ContainerFormat.MARCXML;
    }
    while (i < head.length
        && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'
            || head[i] == 0)) {
      i++;
    }
    if (i >= head.length) {
      throw head.length == 0
          ? new UnreadableInputException(
              "The file is empty: there are no records to read.", "文件为空：没有可读取的记录。")
          : new UnreadableInputException(
              "The file holds only blank space or filler: there are no records to read.",
              "文件只有空白或填充字节：没有可读取的记录。");
    }
    byte b = head[i];
    if (i + 4 <= head.length && b == 'P' && head[i + 1] == 'K' && head[i + 2] == 3 && head[i + 3] == 4) {
      // Archives could hold anything (and bombs nest in them): only gzip is read.
      throw new UnreadableInputException(
          "The file is a ZIP archive; UnionCat does not unpack archives. Send the MARC file itself,"
              + " or compress it with gzip (.gz).",
          "该文件是 ZIP 压缩包；UnionCat 不解压压缩包。请直接上传 MARC 文件，或用 gzip（.gz）压缩。");
    }
    if (b == '<') {
      return ContainerFormat.MARCXML;
    }
    if (b == '{' || b == '[') {
      return ContainerFormat.MARC_JSON;
    }
    if (i + 5 <= head.length && allDigits(head, i, 5)) {
      return ContainerFormat.ISO2709;
    }
    String start = printable(head, i, 24);
    throw new UnreadableInputException(
        "The file is not MARC: it starts with \""
            + start
            + "\"; expected ISO 2709 (starting with a five-digit record length), MARCXML or"
            + " MARC-in-JSON. Check that the right file was chosen and that it was exported as"
            + " MARC.",
        "该文件不是 MARC 数据：开头为“"
            + start
            + "”；应为 ISO 2709（以五位数字的记录长度开头）、MARCXML 或 MARC-in-JSON。"
            + "请确认选择了正确的文件，并以 MARC 格式导出。");
  }

  private static boolean allDigits(byte[] b, int from, int n) {
    for (int k = from; k < from + n; k++) {
      if (b[k] < '0' || b[k] > '9') {
        return false;
      }
    }
    return true;
  }

  private static String printable(byte[] b, int from, int max) {
    StringBuilder out = new StringBuilder();
    for (int k = from; k < Math.min(b.length, from + max); k++) {
      int c = b[k] & 0xFF;
      if (c >= 0x20 && c < 0x7F) {
        out.append((char) c);
      } else {
        out.append(String.format("\\x%02X", c));
      }
    }
    return out.toString();
  }
}
