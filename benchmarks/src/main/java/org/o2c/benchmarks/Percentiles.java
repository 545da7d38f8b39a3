package org.o2c.benchmarks;

import org.HdrHistogram.Histogram;

/**
 * The summary of a histogram of durations recorded in microseconds, in milliseconds. Empty histograms give NaN,
 * printed as "-" and written as null.
 */
record Percentiles(long count, double p50, double p95, double p99, double max) {

    static Histogram histogram() {
        // 1 µs to 10 min at 3 significant digits
        return new Histogram(1, 600_000_000L, 3);
    }

    static void recordMicros(Histogram histogram, long micros) {
        histogram.recordValue(Math.max(1, Math.min(micros, histogram.getHighestTrackableValue())));
    }

    static Percentiles of(Histogram histogram) {
        if (histogram.getTotalCount() == 0) {
            return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Percentiles(histogram.getTotalCount(), ms(histogram.getValueAtPercentile(50)),
                ms(histogram.getValueAtPercentile(95)), ms(histogram.getValueAtPercentile(99)),
                ms(histogram.getMaxValue()));
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }
}
