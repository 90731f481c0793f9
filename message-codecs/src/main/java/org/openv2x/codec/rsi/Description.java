package org.openv2x.codec.rsi;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Optional;
import org.openv2x.codec.common.Check;
import org.openv2x.codec.common.OctetString;

/**
 * Description (RSI): a text describing a traffic event or sign. A CHOICE of 2 alternatives, not
 * extensible: {@link TextString} (ASCII) or {@link TextGb2312} (Chinese text in GB 2312-80).
 */
public sealed interface Description permits Description.TextString, Description.TextGb2312 {

  /** The name of the CHOICE alternative, {@code textString} or {@code textGB2312}. */
  String asnName();

  /**
   * textString: IA5String (SIZE(1..512)), ASCII text.
   *
   * @param text 1..512 characters, each U+0000..U+007F
   */
  record TextString(String text) implements Description {
    public static final String ASN_NAME = "textString";
    public static final int MIN_LENGTH = 1;
    public static final int MAX_LENGTH = 512;

    public TextString {
      Check.ia5(text, MIN_LENGTH, MAX_LENGTH, ASN_NAME);
    }

    @Override
    public String asnName() {
      return ASN_NAME;
    }
  }

  /**
   * textGB2312: OCTET STRING (SIZE(2..512)), text in the Chinese character encoding GB 2312-80
   * (EUC-CN bytes: two octets per Chinese character, one per ASCII character). The standard
   * constrains only the number of octets; the octets are kept as they are.
   *
   * @param bytes 2..512 octets
   */
  record TextGb2312(OctetString bytes) implements Description {
    public static final String ASN_NAME = "textGB2312";
    public static final int MIN_OCTETS = 2;
    public static final int MAX_OCTETS = 512;

    /** The JDK's name of the character set. */
    public static final String CHARSET_NAME = "GB2312";

    public TextGb2312 {
      Check.size(bytes, MIN_OCTETS, MAX_OCTETS, ASN_NAME);
    }

    @Override
    public String asnName() {
      return ASN_NAME;
    }

    /** The GB2312 character set, if this JDK has it (module {@code jdk.charsets}). */
    public static Optional<Charset> charset() {
      return Charset.isSupported(CHARSET_NAME)
          ? Optional.of(Charset.forName(CHARSET_NAME))
          : Optional.empty();
    }

    /**
     * The octets decoded as GB2312 text; empty if this JDK has no GB2312 character set or the
     * octets are not valid GB2312.
     */
    public Optional<String> decodeText() {
      Optional<Charset> charset = charset();
      if (charset.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(
            charset
                .get()
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes.toByteArray()))
                .toString());
      } catch (CharacterCodingException e) {
        return Optional.empty();
      }
    }

    /**
     * {@code text} encoded in GB2312.
     *
     * @throws IllegalArgumentException if this JDK has no GB2312 character set, a character has no
     *     GB2312 code or the result is not 2..512 octets long
     */
    public static TextGb2312 encodeText(String text) {
      Charset charset =
          charset()
              .orElseThrow(() -> new IllegalArgumentException("this JDK has no GB2312 charset"));
      ByteBuffer encoded;
      try {
        encoded =
            charset
                .newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(CharBuffer.wrap(text));
      } catch (CharacterCodingException e) {
        throw new IllegalArgumentException("text has a character without a GB2312 code", e);
      }
      byte[] octets = new byte[encoded.remaining()];
      encoded.get(octets);
      return new TextGb2312(OctetString.wrap(octets));
    }
  }
}
