package org.juesuan.extractor.read.ocr;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/** Turns a rendered page by a multiple of 90 degrees, clockwise. */
final class PageRotation {
    private PageRotation() {
    }

    static BufferedImage rotate(BufferedImage page, int degrees) {
        int quarter = Math.floorMod(degrees / 90, 4);
        if (quarter == 0) {
            return page;
        }
        int w = page.getWidth();
        int h = page.getHeight();
        boolean swap = quarter % 2 == 1;
        BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_BYTE_GRAY);
        AffineTransform transform = new AffineTransform();
        switch (quarter) {
            case 1 -> transform.translate(h, 0);
            case 2 -> transform.translate(w, h);
            default -> transform.translate(0, w);
        }
        transform.rotate(Math.toRadians(90.0 * quarter));
        Graphics2D g = turned.createGraphics();
        g.drawImage(page, transform, null);
        g.dispose();
        return turned;
    }
}
