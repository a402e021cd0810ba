package org.juesuan.extractor.cli.batch;

import java.io.PrintWriter;

/**
 * Shows how far a batch is: on a terminal one bar redrawn in place (done/total, rate, ETA, failures); otherwise a
 * plain log line every few seconds, so that a log file stays readable. Failures are always printed as they happen.
 */
public final class Progress {
    public enum Mode { BAR, LOG, QUIET, VERBOSE }

    private static final long BAR_INTERVAL_NANOS = 200_000_000L;
    private static final long LOG_INTERVAL_NANOS = 10_000_000_000L;

    private final PrintWriter err;
    private final Mode mode;
    private final long started = System.nanoTime();
    private int total;
    private int done;
    private int failed;
    private long lastPrint;

    public Progress(PrintWriter err, Mode mode) {
        this.err = err;
        this.mode = mode;
    }

    synchronized void start(int totalInputs) {
        total = totalInputs;
    }

    synchronized void completed(String input, String output, String outcome, boolean failure) {
        // a file name may hold a newline or a terminal escape: one line per file, shown safely
        input = printable(input);
        output = printable(output);
        outcome = printable(outcome);
        done++;
        if (failure) {
            failed++;
        }
        long now = System.nanoTime();
        switch (mode) {
            case VERBOSE -> err.printf("[%d/%d] %s -> %s: %s%n", done, total, input, output, outcome);
            case BAR -> {
                if (failure) {
                    err.printf("\r\033[K%s: %s%n", input, outcome);
                }
                if (failure || now - lastPrint >= BAR_INTERVAL_NANOS || done == total) {
                    err.print("\r\033[K" + bar(now));
                    lastPrint = now;
                }
            }
            case LOG -> {
                if (failure) {
                    err.printf("%s: %s%n", input, outcome);
                }
                if (now - lastPrint >= LOG_INTERVAL_NANOS || done == total) {
                    err.println(status(now));
                    lastPrint = now;
                }
            }
            case QUIET -> { }
        }
        err.flush();
    }

    synchronized void summary(String line) {
        err.println(line);
        err.flush();
    }

    synchronized void finish() {
        if (mode == Mode.BAR && total > 0) {
            err.println();
        }
        err.flush();
    }

    private static String printable(String text) {
        return text.replaceAll("\\p{Cntrl}", "?");
    }

    private String bar(long now) {
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) width * done / total);
        return "[" + "=".repeat(filled) + " ".repeat(width - filled) + "] " + status(now);
    }

    private String status(long now) {
        double seconds = Math.max((now - started) / 1e9, 1e-3);
        double rate = done / seconds;
        long eta = rate > 0 ? Math.round((total - done) / rate) : -1;
        return String.format("%d/%d files, %.1f files/s, ETA %s, %d failed", done, total, rate,
                eta < 0 ? "?" : eta / 60 + "m" + String.format("%02d", eta % 60) + "s", failed);
    }
}
