package dev.specpoet.benchmarks;

import java.util.Locale;

/** How the table writes durations, ratios and sizes: few digits, always in the same units. */
final class Figures {
    private Figures() {}

    /** Milliseconds with as many decimals as a figure of that size deserves: 0.42, 7.3, 1234. */
    static String millis(long nanos) {
        double millis = nanos / 1e6;
        if (millis < 10) {
            return String.format(Locale.ROOT, "%.2f", millis);
        }
        if (millis < 100) {
            return String.format(Locale.ROOT, "%.1f", millis);
        }
        return String.format(Locale.ROOT, "%,.0f", millis);
    }

    /** A ratio such as {@code 1.37x}. */
    static String times(double ratio) {
        return String.format(Locale.ROOT, ratio < 10 ? "%.2fx" : "%.1fx", ratio);
    }

    /** A share such as {@code 51%}. */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    /** A count with thousands separators: {@code 101,439}. */
    static String count(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /** A size in KB below a megabyte, in MB above. */
    static String bytes(long bytes) {
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1e3);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
