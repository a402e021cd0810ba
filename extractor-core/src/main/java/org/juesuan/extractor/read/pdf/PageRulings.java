package org.juesuan.extractor.read.pdf;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the table rulings a page draws: stroked horizontal and vertical path segments and rectangle edges,
 * and filled rectangles thin enough to be lines (Word and WPS draw cell borders both ways). Text is skipped:
 * only the graphics matter here.
 */
final class PageRulings extends PDFGraphicsStreamEngine {
    /** A filled rectangle at most this thick (in points) is a drawn line. */
    private static final double THIN = 2.5;
    /** A segment whose ends differ by at most this across its direction counts as straight. */
    private static final double STRAIGHT = 1.0;
    private static final double SHORTEST = 2.0;

    private final double left;
    private final double top;
    private final List<Ruling> rulings = new ArrayList<>();
    private final List<double[]> segments = new ArrayList<>();
    private final List<double[]> rectangles = new ArrayList<>();
    private Point2D.Double current = new Point2D.Double();
    private Point2D.Double subpathStart = new Point2D.Double();

    private PageRulings(PDPage page) {
        super(page);
        PDRectangle crop = page.getCropBox();
        this.left = crop.getLowerLeftX();
        this.top = crop.getUpperRightY();
    }

    /** The rulings of the page, in top-left page coordinates. */
    static List<Ruling> of(PDPage page) throws IOException {
        PageRulings engine = new PageRulings(page);
        engine.processPage(page);
        return engine.rulings;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        double minX = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        double maxX = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        double minY = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        double maxY = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        rectangles.add(new double[]{minX, minY, maxX, maxY});
        segment(p0.getX(), p0.getY(), p1.getX(), p1.getY());
        segment(p1.getX(), p1.getY(), p2.getX(), p2.getY());
        segment(p2.getX(), p2.getY(), p3.getX(), p3.getY());
        segment(p3.getX(), p3.getY(), p0.getX(), p0.getY());
        current = new Point2D.Double(p0.getX(), p0.getY());
        subpathStart = current;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Double(x, y);
        subpathStart = current;
    }

    @Override
    public void lineTo(float x, float y) {
        segment(current.x, current.y, x, y);
        current = new Point2D.Double(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Double(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        segment(current.x, current.y, subpathStart.x, subpathStart.y);
        current = subpathStart;
    }

    @Override
    public void endPath() {
        clearPath();
    }

    @Override
    public void strokePath() {
        for (double[] s : segments) {
            addStraight(s[0], s[1], s[2], s[3]);
        }
        clearPath();
    }

    @Override
    public void fillPath(int windingRule) {
        addThinRectangles();
        clearPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        for (double[] s : segments) {
            addStraight(s[0], s[1], s[2], s[3]);
        }
        addThinRectangles();
        clearPath();
    }

    @Override
    public void clip(int windingRule) {
        // the path is ended by the endPath that follows a clip
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    @Override
    public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
    }

    @Override
    public void showTextString(byte[] string) {
        // text is read by the text stripper; skipping it here saves decoding every glyph twice
    }

    @Override
    public void showTextStrings(COSArray array) {
    }

    private void segment(double x1, double y1, double x2, double y2) {
        segments.add(new double[]{x1, y1, x2, y2});
    }

    private void clearPath() {
        segments.clear();
        rectangles.clear();
    }

    private void addThinRectangles() {
        for (double[] r : rectangles) {
            double width = r[2] - r[0];
            double height = r[3] - r[1];
            if (height <= THIN && width > 2 * height) {
                add(true, (r[1] + r[3]) / 2, r[0], r[2]);
            } else if (width <= THIN && height > 2 * width) {
                add(false, (r[0] + r[2]) / 2, r[1], r[3]);
            }
        }
    }

    private void addStraight(double x1, double y1, double x2, double y2) {
        if (Math.abs(y1 - y2) <= STRAIGHT) {
            add(true, (y1 + y2) / 2, Math.min(x1, x2), Math.max(x1, x2));
        } else if (Math.abs(x1 - x2) <= STRAIGHT) {
            add(false, (x1 + x2) / 2, Math.min(y1, y2), Math.max(y1, y2));
        }
    }

    /** Adds a ruling given in PDF user space (origin bottom left), turned into top-left page coordinates. */
    private void add(boolean horizontal, double position, double from, double to) {
        if (to - from < SHORTEST) {
            return;
        }
        if (horizontal) {
            rulings.add(new Ruling(true, top - position, from - left, to - left));
        } else {
            rulings.add(new Ruling(false, position - left, top - to, top - from));
        }
    }
}
