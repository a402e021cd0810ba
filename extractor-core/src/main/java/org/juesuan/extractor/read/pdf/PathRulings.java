package org.juesuan.extractor.read.pdf;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collects the table rulings a page draws, in the same pass that reads its text: the path operators (m, l, re,
 * S, f, …) are added to the text stripper, so the content stream is parsed once. A ruling is a stroked
 * horizontal or vertical segment or rectangle edge, or a filled rectangle thin enough to be a line (Word and
 * WPS draw cell borders both ways). Curves, clips and images are passed over.
 */
final class PathRulings {
    /** A filled rectangle at most this thick (in points) is a drawn line. */
    private static final double THIN = 2.5;
    /** A segment whose ends differ by at most this across its direction counts as straight. */
    private static final double STRAIGHT = 1.0;
    private static final double SHORTEST = 2.0;

    /** Straight segments x1, y1, x2, y2 in user space with the crop box's lower left corner as origin. */
    private final List<double[]> lines = new ArrayList<>();
    private final List<double[]> segments = new ArrayList<>();
    private final List<double[]> rectangles = new ArrayList<>();
    private Point2D current = new Point2D.Double();
    private Point2D subpathStart = new Point2D.Double();
    private double left;
    private double bottom;
    private double width;
    private double height;

    /** Adds the path operators to {@code engine}; their points are taken through its current transformation. */
    void register(PDFStreamEngine engine) {
        engine.addOperator(operator(engine, "m", 2, v -> moveTo(point(engine, v[0], v[1]))));
        engine.addOperator(operator(engine, "l", 2, v -> lineTo(point(engine, v[0], v[1]))));
        engine.addOperator(operator(engine, "c", 6, v -> current = point(engine, v[4], v[5])));
        engine.addOperator(operator(engine, "v", 4, v -> current = point(engine, v[2], v[3])));
        engine.addOperator(operator(engine, "y", 4, v -> current = point(engine, v[2], v[3])));
        engine.addOperator(operator(engine, "h", 0, v -> closePath()));
        engine.addOperator(operator(engine, "re", 4, v -> rectangle(point(engine, v[0], v[1]),
                point(engine, v[0] + v[2], v[1]), point(engine, v[0] + v[2], v[1] + v[3]),
                point(engine, v[0], v[1] + v[3]))));
        engine.addOperator(operator(engine, "S", 0, v -> stroke()));
        engine.addOperator(operator(engine, "s", 0, v -> {
            closePath();
            stroke();
        }));
        for (String fill : new String[]{"f", "F", "f*"}) {
            engine.addOperator(operator(engine, fill, 0, v -> fill()));
        }
        for (String both : new String[]{"B", "B*"}) {
            engine.addOperator(operator(engine, both, 0, v -> fillAndStroke()));
        }
        for (String both : new String[]{"b", "b*"}) {
            engine.addOperator(operator(engine, both, 0, v -> {
                closePath();
                fillAndStroke();
            }));
        }
        engine.addOperator(operator(engine, "n", 0, v -> clearPath()));
    }

    /** Starts a page: forgets the last page's rulings and takes this page's crop box as the frame. */
    void startPage(PDPage page) {
        PDRectangle crop = page.getCropBox();
        left = crop.getLowerLeftX();
        bottom = crop.getLowerLeftY();
        width = crop.getWidth();
        height = crop.getHeight();
        lines.clear();
        clearPath();
    }

    /**
     * The rulings of the page so far, in the frame PDFBox gives the positions of text running in direction
     * {@code dir} (0, 90, 180, 270; TextPosition's "DirAdj" coordinates, origin top left of the text as read):
     * text drawn turned on a page (a landscape table on a portrait page) is read upright, and so are its lines.
     */
    List<Ruling> rulings(int dir) {
        List<Ruling> rulings = new ArrayList<>();
        for (double[] l : lines) {
            double[] a = frame(dir, l[0], l[1]);
            double[] b = frame(dir, l[2], l[3]);
            if (Math.abs(a[1] - b[1]) < Math.abs(a[0] - b[0])) {
                rulings.add(new Ruling(true, (a[1] + b[1]) / 2, Math.min(a[0], b[0]), Math.max(a[0], b[0])));
            } else {
                rulings.add(new Ruling(false, (a[0] + b[0]) / 2, Math.min(a[1], b[1]), Math.max(a[1], b[1])));
            }
        }
        return rulings;
    }

    /** A point of the page (crop origin, y up) in the frame of text in direction {@code dir}, as PDFBox computes it. */
    private double[] frame(int dir, double x, double y) {
        return switch (dir) {
            case 90 -> new double[]{y, x};
            case 180 -> new double[]{width - x, y};
            case 270 -> new double[]{height - y, width - x};
            default -> new double[]{x, height - y};
        };
    }

    private static OperatorProcessor operator(PDFStreamEngine engine, String name, int operands,
                                              Consumer<float[]> action) {
        return new OperatorProcessor(engine) {
            @Override
            public void process(Operator operator, List<COSBase> arguments) {
                if (arguments.size() < operands) {
                    return;
                }
                float[] values = new float[operands];
                for (int i = 0; i < operands; i++) {
                    if (!(arguments.get(i) instanceof COSNumber number)) {
                        return; // a malformed operator draws nothing
                    }
                    values[i] = number.floatValue();
                }
                action.accept(values);
            }

            @Override
            public String getName() {
                return name;
            }
        };
    }

    private static Point2D point(PDFStreamEngine engine, float x, float y) {
        Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix();
        return ctm.transformPoint(x, y);
    }

    private void moveTo(Point2D p) {
        current = p;
        subpathStart = p;
    }

    private void lineTo(Point2D p) {
        segments.add(new double[]{current.getX(), current.getY(), p.getX(), p.getY()});
        current = p;
    }

    private void closePath() {
        segments.add(new double[]{current.getX(), current.getY(), subpathStart.getX(), subpathStart.getY()});
        current = subpathStart;
    }

    private void rectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        rectangles.add(new double[]{
                Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX())),
                Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY())),
                Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX())),
                Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()))});
        moveTo(p0);
        lineTo(p1);
        lineTo(p2);
        lineTo(p3);
        closePath();
    }

    private void stroke() {
        for (double[] s : segments) {
            addStraight(s[0], s[1], s[2], s[3]);
        }
        clearPath();
    }

    private void fill() {
        for (double[] r : rectangles) {
            double width = r[2] - r[0];
            double height = r[3] - r[1];
            if (height <= THIN && width > 2 * height) {
                add(true, (r[1] + r[3]) / 2, r[0], r[2]);
            } else if (width <= THIN && height > 2 * width) {
                add(false, (r[0] + r[2]) / 2, r[1], r[3]);
            }
        }
        clearPath();
    }

    private void fillAndStroke() {
        for (double[] s : segments) {
            addStraight(s[0], s[1], s[2], s[3]);
        }
        fill();
    }

    private void clearPath() {
        segments.clear();
        rectangles.clear();
    }

    private void addStraight(double x1, double y1, double x2, double y2) {
        if (Math.abs(y1 - y2) <= STRAIGHT) {
            add(true, (y1 + y2) / 2, Math.min(x1, x2), Math.max(x1, x2));
        } else if (Math.abs(x1 - x2) <= STRAIGHT) {
            add(false, (x1 + x2) / 2, Math.min(y1, y2), Math.max(y1, y2));
        }
    }

    /** Keeps a straight segment, in user space moved to the crop box's origin. */
    private void add(boolean horizontal, double position, double from, double to) {
        if (to - from < SHORTEST) {
            return;
        }
        if (horizontal) {
            lines.add(new double[]{from - left, position - bottom, to - left, position - bottom});
        } else {
            lines.add(new double[]{position - left, from - bottom, position - left, to - bottom});
        }
    }
}
