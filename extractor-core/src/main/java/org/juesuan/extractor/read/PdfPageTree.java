package org.juesuan.extractor.read;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.juesuan.extractor.model.ErrorType;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Checks a PDF's page tree before its pages are read: the pages actually in the tree are counted (the tree's
 * {@code /Count} is whatever the producer wrote), and a tree that contains itself is refused as corrupt
 * instead of being walked with PDFBox's error lines on stderr.
 */
final class PdfPageTree {
    private PdfPageTree() {
    }

    static int countPages(PDDocument document) throws ReadException {
        COSBase root = document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.PAGES);
        if (!(root instanceof COSDictionary rootNode)) {
            return 0;
        }
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSDictionary> pending = new ArrayDeque<>();
        pending.push(rootNode);
        int pages = 0;
        while (!pending.isEmpty()) {
            COSDictionary node = pending.pop();
            if (!seen.add(node)) {
                throw new ReadException(ErrorType.CORRUPT,
                        "the PDF's page tree is circular (a list of pages contains itself or an ancestor)");
            }
            COSBase kids = node.getDictionaryObject(COSName.KIDS);
            if (kids instanceof COSArray array && !COSName.PAGE.equals(node.getCOSName(COSName.TYPE))) {
                for (int i = array.size() - 1; i >= 0; i--) {
                    COSBase kid = array.get(i) instanceof COSObject reference ? reference.getObject() : array.get(i);
                    if (kid instanceof COSDictionary child) {
                        pending.push(child);
                    }
                }
            } else {
                pages++;
            }
        }
        return pages;
    }
}
