package org.juesuan.extractor.read.ocr;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.IOException;
import java.util.OptionalInt;

/**
 * Whether a page draws an image (directly or inside a form), and at what resolution a page that is a scan was
 * scanned. A page without text and without an image is blank or only ruled (a table's empty continuation): there is
 * nothing for OCR to read on it.
 */
final class PageImages {
    private static final int MAX_DEPTH = 5;

    private PageImages() {
    }

    /**
     * The resolution of the largest image drawn directly on the page, taken as covering the page (a scanned sheet),
     * or empty when the page has no such image.
     */
    static OptionalInt scanDpi(PDPage page) {
        try {
            PDResources resources = page.getResources();
            int largest = 0;
            if (resources != null) {
                for (COSName name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof PDImageXObject image) {
                        largest = Math.max(largest, Math.max(image.getWidth(), image.getHeight()));
                    }
                }
            }
            float longSide = Math.max(page.getCropBox().getWidth(), page.getCropBox().getHeight()) / 72f;
            return largest == 0 || longSide <= 0 ? OptionalInt.empty()
                    : OptionalInt.of(Math.round(largest / longSide));
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    static boolean hasImage(PDPage page) {
        try {
            return hasImage(page.getResources(), 0);
        } catch (IOException | RuntimeException e) {
            return true; // unreadable resources: let OCR look at the rendered page
        }
    }

    private static boolean hasImage(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > MAX_DEPTH) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject) {
                return true;
            }
            if (object instanceof PDFormXObject form && hasImage(form.getResources(), depth + 1)) {
                return true;
            }
        }
        return false;
    }
}
