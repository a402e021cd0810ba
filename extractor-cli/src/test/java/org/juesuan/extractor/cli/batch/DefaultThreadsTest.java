package org.juesuan.extractor.cli.batch;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DefaultThreadsTest {
    private static final long GB = 1L << 30;
    private static final long HEAP_768M = 768L << 20;

    @Test
    void workersLeaveOneCoreToTheBatch() {
        assertEquals(1, DefaultThreads.of(true, 2, 24 * GB, HEAP_768M, 2 * GB));
        assertEquals(7, DefaultThreads.of(true, 8, 24 * GB, HEAP_768M, 2 * GB));
        assertEquals(1, DefaultThreads.of(true, 1, 24 * GB, HEAP_768M, 2 * GB));
    }

    @Test
    void workersTogetherTakeAtMostHalfTheMemory() {
        // 4 GB: 2 GB for workers of 768 MB heap + 256 MB each → 2
        assertEquals(2, DefaultThreads.of(true, 8, 4 * GB, HEAP_768M, 2 * GB));
        assertEquals(1, DefaultThreads.of(true, 8, GB, HEAP_768M, 2 * GB), "never fewer than one");
    }

    @Test
    void inOneJvmTheThreadsShareItsHeap() {
        assertEquals(2, DefaultThreads.of(false, 2, 24 * GB, HEAP_768M, 2 * GB));
        assertEquals(2, DefaultThreads.of(false, 8, 24 * GB, HEAP_768M, 512L << 20));
    }
}
