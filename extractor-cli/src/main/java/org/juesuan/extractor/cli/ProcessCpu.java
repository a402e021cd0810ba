package org.juesuan.extractor.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time used so far by this process and by its child processes that have ended (worker JVMs), in seconds. On
 * Linux from {@code /proc/self/stat} (utime, stime, cutime, cstime); elsewhere only this JVM's own CPU time.
 */
final class ProcessCpu {
    /** Clock ticks per second of {@code /proc}'s times: 100 on every Linux the JVM runs on (USER_HZ). */
    private static final double TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    static double seconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // the command name (field 2) is in parentheses and may hold spaces: count fields after its ')'
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = 0;
            for (int field = 14; field <= 17; field++) { // utime, stime, cutime, cstime
                ticks += Long.parseLong(fields[field - 3]);
            }
            return ticks / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime() / 1e9;
        }
    }
}
