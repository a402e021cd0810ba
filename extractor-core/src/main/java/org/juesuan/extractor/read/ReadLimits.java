package org.juesuan.extractor.read;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The readers' safety limits against hostile inputs, in one place. Office files are zip archives: POI refuses an
 * entry that expands more than {@link #MIN_INFLATE_RATIO} allows (ratio of compressed to expanded size, once the
 * entry is past POI's grace size) or beyond {@link #MAX_ENTRY_BYTES}; real 决算 documents are far below both
 * (a document.xml of a few MB, compressed 5–20×), a zip bomb is not. An error naming the limit becomes a
 * {@code too-large} record.
 */
public final class ReadLimits {
    /** POI's own default: an entry may expand at most 100× (ratio 0.01). */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /** No part of an office file expands beyond this (POI's default, 4 GB, is more than a worker heap can parse). */
    public static final long MAX_ENTRY_BYTES = 256L << 20;
    /** Tables inside tables deeper than this are not followed (real reports nest at most 2–3). */
    public static final int MAX_TABLE_NESTING = 64;
    public static final String NESTING_MESSAGE = "the document's structure is nested too deeply to read "
            + "(e.g. tables inside tables, thousands of levels deep)";

    private ReadLimits() {
    }

    /**
     * Sets the limits before a reader opens a file. Set on every call, not once: building Tika's parsers (done
     * lazily, on the first file that needs them) sets POI's zip limits to Tika's own values.
     */
    static void apply() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    /** A {@code too-large} exception when POI's zip-bomb check is what failed, naming the limit; else null. */
    static ReadException zipBomb(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message == null || !message.contains("Zip bomb detected")) {
                continue;
            }
            String limit = message.contains("max. ratio")
                    ? "a part of the file would expand more than " + Math.round(1 / MIN_INFLATE_RATIO)
                    + "× its compressed size (zip-bomb limit: minimum inflate ratio " + MIN_INFLATE_RATIO + ")"
                    : "a part of the file would expand beyond " + (MAX_ENTRY_BYTES >> 20)
                    + " MB (zip-bomb limit: maximum entry size)";
            return new ReadException(org.juesuan.extractor.model.ErrorType.TOO_LARGE,
                    "refused as a zip bomb: " + limit, failure);
        }
        return null;
    }
}
