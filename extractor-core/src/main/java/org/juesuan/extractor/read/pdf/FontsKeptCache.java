package org.juesuan.extractor.read.pdf;

import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A document's resource cache that keeps each parsed font until the document is closed. PDFBox 3's text stripper
 * drops a page's resources from the cache after the page, and its default cache only stops dropping a font after
 * the fourth page that uses it; so a font shared by most pages is parsed four times. The embedded CJK fonts of these
 * reports are large (a subset of FangSong is 110 KB, a whole Noto Sans KR 3.4 MB), and parsing them again was about
 * 40% of the warm reading time of a 25-page report (docs/tuning.md). Fonts stay softly referenced, as in PDFBox's
 * cache, so the collector may still free them when the heap runs short; other resources (images) are dropped as
 * before.
 */
public final class FontsKeptCache extends DefaultResourceCache {
    private FontsKeptCache() {
    }

    /** Gives {@code document} this cache; before its pages are read, since each page takes the cache it finds. */
    public static void install(PDDocument document) {
        document.setResourceCache(new FontsKeptCache());
    }

    @Override
    public PDFont removeFont(COSObject indirect) {
        return null;
    }
}
