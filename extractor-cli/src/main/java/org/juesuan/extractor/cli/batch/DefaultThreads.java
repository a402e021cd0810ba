package org.juesuan.extractor.cli.batch;

import java.lang.management.ManagementFactory;

/**
 * The number of inputs a batch works on at once when {@code --threads} is not given, from the cores and the
 * memory. With worker JVMs, one core is left to the batch process and to the workers' compilers and collectors:
 * on 2 cores two workers took 1.4× the wall time of one (each compiles the same code, and they compete with the
 * parent), so the default there is one worker. Each worker also needs its heap plus
 * {@value #WORKER_OVERHEAD_MB} MB outside it, and the workers together may take at most half the machine's memory.
 * In one JVM every thread shares its heap: at most one thread per {@value #IN_PROCESS_HEAP_PER_THREAD_MB} MB of it.
 */
public final class DefaultThreads {
    static final long WORKER_OVERHEAD_MB = 256;
    static final long IN_PROCESS_HEAP_PER_THREAD_MB = 256;

    private DefaultThreads() {
    }

    /** For this machine and JVM. */
    public static int of(boolean isolated, long workerHeapBytes) {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return of(isolated, Runtime.getRuntime().availableProcessors(), memory, workerHeapBytes,
                Runtime.getRuntime().maxMemory());
    }

    static int of(boolean isolated, int cores, long memoryBytes, long workerHeapBytes, long ownHeapBytes) {
        if (isolated) {
            long byMemory = memoryBytes / 2 / (workerHeapBytes + (WORKER_OVERHEAD_MB << 20));
            return (int) Math.max(1, Math.min(cores - 1, byMemory));
        }
        long byHeap = ownHeapBytes / (IN_PROCESS_HEAP_PER_THREAD_MB << 20);
        return (int) Math.max(1, Math.min(cores, byHeap));
    }
}
