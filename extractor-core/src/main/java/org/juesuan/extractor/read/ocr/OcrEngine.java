package org.juesuan.extractor.read.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Reads the text of one rendered page image as lines, top to bottom. Implementations are thread-safe. */
public interface OcrEngine {
    /** Empty when the engine can run; else what is missing, for people (e.g. the packages to install). */
    Optional<String> unavailable();

    /** The engine's name and language, as recorded in the output. */
    String name();

    String language();

    List<String> lines(BufferedImage page) throws IOException;

    /**
     * The page's lines with each word's box, for rebuilding a table's rows; read upright only. Empty when the
     * engine gives no positions.
     */
    default List<OcrLine> wordLines(BufferedImage page) throws IOException {
        return List.of();
    }
}
