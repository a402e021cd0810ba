package org.juesuan.extractor.pipeline;

import java.time.Duration;
import java.util.Locale;

/** Reads durations as people write them: {@code 90s}, {@code 5m}, {@code 1h}, {@code 500ms}, or ISO {@code PT5M}. */
public final class Durations {
    private Durations() {
    }

    /** @throws IllegalArgumentException when {@code value} is not such a duration */
    public static Duration parse(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        try {
            if (v.startsWith("pt")) {
                return Duration.parse(v.toUpperCase(Locale.ROOT));
            }
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            long amount = Long.parseLong(v.replaceAll("[smh]$", ""));
            return switch (v.charAt(v.length() - 1)) {
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> Duration.ofSeconds(amount);
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + value + "' is not a duration (e.g. 90s, 5m, 500ms)", e);
        }
    }
}
