package org.openv2x.loadtest.report;

/** Escaping for text and attribute values of markup that is both HTML and well-formed XML. */
final class Xml {

  private static final char REPLACEMENT = '\uFFFD';

  private Xml() {}

  /**
   * {@code text} safe for element content and quoted attribute values: {@code & < > " '} become
   * references, and characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage
   * return, unpaired surrogates, U+FFFE and U+FFFF) become U+FFFD. A null reads as empty.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < length
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c)
              || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
              || c == '\uFFFE'
              || c == '\uFFFF') {
            out.append(REPLACEMENT);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
