package org.juesuan.extractor.cli;

import org.juesuan.extractor.pipeline.Durations;
import picocli.CommandLine;

import java.time.Duration;

/** Reads durations as people write them ({@link Durations}): {@code 90s}, {@code 5m}, {@code 500ms}, {@code PT5M}. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        try {
            return Durations.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
