package org.juesuan.extractor.cli.batch;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchSizingTest {
    @Test
    void oneFileUsesOneThreadAndLeavesThePdfPagesTheIdleCores() {
        BatchSizing one = BatchSizing.of(4, 1, 4, true);
        assertEquals(1, one.threads(), "never more threads than inputs");
        assertEquals(4, one.pdfPageThreads());
        assertTrue(one.quickCompiler());
    }

    @Test
    void threadsThatTakeEveryCoreLeaveNoneForPages() {
        BatchSizing full = BatchSizing.of(2, 200, 2, false);
        assertEquals(2, full.threads());
        assertEquals(1, full.pdfPageThreads());
        assertFalse(full.quickCompiler(), "one JVM cannot change its compiler: only workers start with the quick one");
    }

    @Test
    void workersWithManyFilesEachKeepTheOptimizingCompiler() {
        int limit = BatchSizing.QUICK_COMPILER_MAX_FILES_PER_WORKER;
        assertTrue(BatchSizing.of(2, 2 * limit, 8, true).quickCompiler());
        assertFalse(BatchSizing.of(2, 2 * limit + 1, 8, true).quickCompiler());
        assertEquals(4, BatchSizing.of(2, 2 * limit + 1, 8, true).pdfPageThreads());
    }
}
