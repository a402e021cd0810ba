package org.juesuan.extractor.read.ocr;

import org.juesuan.extractor.model.OcrPage;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides per page whether its text layer can be used or the page must be read by OCR: a page with (almost) no
 * text, or whose text fails the garbled-text check. A PDF whose fonts have no Unicode map gives either nothing
 * (composite fonts) or the font's raw codes as characters (simple fonts): control characters, Latin-1 letters,
 * private-use code points, ASCII letters and punctuation where a Chinese report prints Chinese. So a page is
 * garbled when too many of its characters lie outside what such a report prints (GB2312, which holds the 6,763
 * common hanzi, ASCII and the CJK and full-width punctuation, plus the radical look-alikes that real PDFs carry),
 * or when it has almost no Chinese but mostly Latin letters.
 */
public final class TextLayerCheck {
    /** A page with fewer printed characters than this is taken for a page without a text layer. */
    static final int MIN_CHARACTERS = 10;
    /** Share of characters outside the usual set above which a page is garbled. */
    static final double MAX_UNUSUAL_SHARE = 0.10;
    /** A page with less than this share of hanzi … */
    static final double MIN_HAN_SHARE = 0.05;
    /** … and at least this share of Latin letters reads as codes, not as a Chinese report. */
    static final double LATIN_SHARE = 0.30;

    private static final Charset GB2312 = Charset.forName("GB2312");

    /** Why the page must be read by OCR: reason and the figures behind it. */
    public record Verdict(String reason, String detail) {
    }

    private TextLayerCheck() {
    }

    /** Empty when the page's text layer can be used as it is. */
    public static Optional<Verdict> check(String pageText) {
        CharsetEncoder usual = GB2312.newEncoder();
        int total = 0;
        int han = 0;
        int latin = 0;
        int unusual = 0;
        for (int i = 0; i < pageText.length(); ) {
            int c = pageText.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            total++;
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            }
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                latin++;
            }
            if (!usual(c, usual)) {
                unusual++;
            }
        }
        if (total < MIN_CHARACTERS) {
            return Optional.of(new Verdict(OcrPage.NO_TEXT_LAYER,
                    total == 0 ? "no text" : total + " characters of text"));
        }
        double unusualShare = (double) unusual / total;
        double hanShare = (double) han / total;
        double latinShare = (double) latin / total;
        if (unusualShare > MAX_UNUSUAL_SHARE || (hanShare < MIN_HAN_SHARE && latinShare >= LATIN_SHARE)) {
            return Optional.of(new Verdict(OcrPage.GARBLED_TEXT_LAYER, String.format(Locale.ROOT,
                    "%d characters: %.0f%% outside the usual set, %.0f%% Chinese, %.0f%% Latin letters",
                    total, 100 * unusualShare, 100 * hanShare, 100 * latinShare)));
        }
        return Optional.empty();
    }

    private static boolean usual(int c, CharsetEncoder gb2312) {
        if (c >= 0x20 && c < 0x7F) {
            return true;
        }
        if ((c >= 0x2E80 && c <= 0x2FDF) || (c >= 0xFF01 && c <= 0xFF5E)) {
            return true; // radical look-alikes (the normalizer folds them), full-width ASCII
        }
        return Character.isBmpCodePoint(c) && !Character.isISOControl(c) && gb2312.canEncode((char) c);
    }
}
