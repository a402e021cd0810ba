package org.juesuan.extractor.read.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Reads a PDF's pages ({@link PdfContentStripper}) in contiguous ranges on up to {@code threads} threads and joins
 * their items in page order, for when cores would otherwise stand idle: a batch of one file, or fewer workers than
 * cores. Each extra range is read from its own {@link PDDocument} loaded from the same bytes, because a PDFBox
 * document is not thread-safe; the items are the same as one pass gives (each page is read on its own). With one
 * thread, or a short document, the pages are read in one pass on the caller's thread.
 */
public final class ParallelPageReader {
    /** Fewer pages than this per range are not worth a second document (its fonts are parsed again). */
    static final int MIN_PAGES_PER_RANGE = 4;

    private final int threads;

    /** @param threads at most this many threads read one document's pages (1: one pass on the caller's thread) */
    public ParallelPageReader(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
    }

    /** The items of all {@code pages} pages of {@code document}, which was loaded from {@code content}. */
    public List<PdfItem> read(byte[] content, PDDocument document, int pages) throws IOException {
        int ranges = Math.max(1, Math.min(threads, pages / MIN_PAGES_PER_RANGE));
        if (ranges == 1) {
            return PdfContentStripper.read(document);
        }
        int per = (pages + ranges - 1) / ranges;
        List<CompletableFuture<List<PdfItem>>> others = new ArrayList<>();
        for (int r = 1; r < ranges; r++) {
            int first = r * per + 1;
            int last = r == ranges - 1 ? Integer.MAX_VALUE : (r + 1) * per;
            others.add(CompletableFuture.supplyAsync(() -> readCopy(content, first, last), Pool.EXECUTOR));
        }
        List<PdfItem> items = new ArrayList<>(PdfContentStripper.read(document, 1, per));
        try {
            for (CompletableFuture<List<PdfItem>> range : others) {
                items.addAll(range.join());
            }
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
        return items;
    }

    private static List<PdfItem> readCopy(byte[] content, int first, int last) {
        try (PDDocument copy = Loader.loadPDF(content)) {
            return PdfContentStripper.read(copy, first, last);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Threads made on first use and kept; daemons, so that they never hold a JVM open. */
    private static final class Pool {
        static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "pdf-pages");
            thread.setDaemon(true);
            return thread;
        });
    }
}
