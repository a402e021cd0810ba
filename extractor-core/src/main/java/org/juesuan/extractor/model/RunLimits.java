package org.juesuan.extractor.model;

/**
 * The limits a batch ran an input under: {@code isolation} ({@code process} or {@code none}), and for
 * {@code process} the time limit in milliseconds and the worker heap as given ({@code 768m}).
 */
public record RunLimits(String isolation, Long timeoutMillis, String workerHeap) {
}
