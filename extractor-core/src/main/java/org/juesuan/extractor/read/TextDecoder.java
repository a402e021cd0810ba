package org.juesuan.extractor.read;

import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.txt.UniversalEncodingDetector;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Decodes a text file whose encoding nobody declared: a byte-order mark wins; then strict UTF-8;
 * then Tika's detector where it names a charset that can hold Chinese (UTF-16 without BOM, Big5);
 * and GB18030 (a superset of GBK and GB2312) for everything else, since these reports are Chinese.
 */
final class TextDecoder {
    record Decoded(String text, Charset charset) {
    }

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Set<String> TRUSTED_DETECTIONS = Set.of("UTF-16LE", "UTF-16BE", "Big5", "GB18030", "UTF-32LE",
            "UTF-32BE");

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8);
        }
        Charset detected = detect(bytes);
        if (detected != null && TRUSTED_DETECTIONS.contains(detected.name())) {
            String text = strict(bytes, detected);
            if (text != null) {
                return new Decoded(text, detected);
            }
        }
        return new Decoded(new String(bytes, GB18030), GB18030);
    }

    private static Charset detect(byte[] bytes) {
        EncodingDetector detector = new UniversalEncodingDetector();
        try {
            return detector.detect(new ByteArrayInputStream(bytes), new Metadata());
        } catch (IOException e) {
            return null;
        }
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
