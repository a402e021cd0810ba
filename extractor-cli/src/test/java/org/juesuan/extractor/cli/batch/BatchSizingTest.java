package org.juesuan.extractor.cli.batch;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchSizingTest {
    @Test
    void oneFileUsesOneThreadAndAWorkerWithTheQuickCompiler() {
        BatchSizing one = BatchSizing.of(4, 1, true);
        assertEquals(1, one.threads(), "never more threads than inputs");
        assertTrue(one.quickCompiler());
    }

    @Test
    void oneJvmKeepsItsCompiler() {
        BatchSizing inProcess = BatchSizing.of(2, 5, false);
        assertEquals(2, inProcess.threads());
        assertFalse(inProcess.quickCompiler(), "one JVM cannot change its compiler: only workers start with the quick one");
    }

    @Test
    void workersWithManyFilesEachKeepTheOptimizingCompiler() {
        int limit = BatchSizing.QUICK_COMPILER_MAX_FILES_PER_WORKER;
        assertTrue(BatchSizing.of(2, 2 * limit, true).quickCompiler());
        assertFalse(BatchSizing.of(2, 2 * limit + 1, true).quickCompiler());
    }
}
