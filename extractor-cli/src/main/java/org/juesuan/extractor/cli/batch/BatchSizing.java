package org.juesuan.extractor.cli.batch;

/**
 * How a batch uses the machine, chosen when it knows its inputs: {@code threads} inputs worked on at once;
 * {@code pdfPageThreads} threads that may read one PDF's pages, so that cores the batch's threads leave idle are used
 * (a batch of one file; one worker on two cores); and whether worker JVMs compile with the quick compiler only
 * ({@code -XX:TieredStopAtLevel=1}). The optimizing compiler costs many CPU-seconds before its faster code pays for
 * them: one JVM going through the 29 sample files (corpora/, fixtures/seeds/) again and again spent 15.7 CPU-s with
 * both compilers and 6.7 with the quick one only for 29 files, 67 against 46 for 232, 111 against 102 for 580; only
 * after some 800 files would both compilers cost less (docs/tuning.md). So a worker with at most
 * {@value #QUICK_COMPILER_MAX_FILES_PER_WORKER} files to do starts with the quick compiler only.
 */
record BatchSizing(int threads, int pdfPageThreads, boolean quickCompiler) {
    /** Workers with at most this many files each compile with the quick compiler only. */
    static final int QUICK_COMPILER_MAX_FILES_PER_WORKER = 300;

    BatchSizing {
        if (threads < 1 || pdfPageThreads < 1) {
            throw new IllegalArgumentException("threads and pdfPageThreads must be at least 1");
        }
    }

    /** For a batch of {@code inputs} files asking for {@code requestedThreads} at once, on {@code cores} cores. */
    static BatchSizing of(int requestedThreads, int inputs, int cores, boolean isolated) {
        int threads = Math.max(1, Math.min(requestedThreads, inputs));
        int filesPerWorker = (inputs + threads - 1) / threads;
        return new BatchSizing(threads, Math.max(1, cores / threads),
                isolated && filesPerWorker <= QUICK_COMPILER_MAX_FILES_PER_WORKER);
    }

    /** For this machine. */
    static BatchSizing of(int requestedThreads, int inputs, boolean isolated) {
        return of(requestedThreads, inputs, Runtime.getRuntime().availableProcessors(), isolated);
    }
}
