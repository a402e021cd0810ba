package org.juesuan.extractor.cli.batch;

/**
 * How a batch uses the machine, chosen when it knows its inputs: {@code threads} inputs worked on at once, and
 * whether worker JVMs compile with the quick compiler only ({@code -XX:TieredStopAtLevel=1}). The optimizing
 * compiler costs many CPU-seconds before its faster code pays for them: one JVM going through the 29 sample files
 * (corpora/, fixtures/seeds/) again and again spent 15.7 CPU-s with both compilers and 6.7 with the quick one only
 * for 29 files, 67 against 46 for 232, 111 against 102 for 580; only after some 800 files would both compilers cost
 * less (docs/tuning.md). So a worker with at most {@value #QUICK_COMPILER_MAX_FILES_PER_WORKER} files to do starts
 * with the quick compiler only.
 */
record BatchSizing(int threads, boolean quickCompiler) {
    /** Workers with at most this many files each compile with the quick compiler only. */
    static final int QUICK_COMPILER_MAX_FILES_PER_WORKER = 300;

    BatchSizing {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    /** For a batch of {@code inputs} files asking for {@code requestedThreads} at once. */
    static BatchSizing of(int requestedThreads, int inputs, boolean isolated) {
        int threads = Math.max(1, Math.min(requestedThreads, inputs));
        int filesPerWorker = (inputs + threads - 1) / threads;
        return new BatchSizing(threads, isolated && filesPerWorker <= QUICK_COMPILER_MAX_FILES_PER_WORKER);
    }
}
