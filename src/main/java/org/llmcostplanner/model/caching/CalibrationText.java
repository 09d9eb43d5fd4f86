package org.llmcostplanner.model.caching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.llmcostplanner.model.format.Money;

/** A calibrated curve as aligned text lines, for the command line and the window's confirmation. */
public final class CalibrationText {
    private CalibrationText() {
    }

    /** A header line, then one line per threshold: hit rate and false-hit rate, each with its interval. */
    public static List<String> lines(List<CalibratedPoint> points, double confidence) {
        String level = Money.plain(confidence * 100) + "%";
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%9s  %8s  %-17s  %10s  %s", "threshold", "hit rate", level + " interval",
                "false hits", level + " interval"));
        for (CalibratedPoint p : points) {
            lines.add(String.format(Locale.ROOT, "%9s  %8s  %-17s  %10s  %s", Money.plain(p.threshold()),
                    Money.percent(p.hitRate()), Money.percent(p.hitRateLow()) + " - " + Money.percent(p.hitRateHigh()),
                    Money.percent(p.falseHitRate()),
                    Money.percent(p.falseHitRateLow()) + " - " + Money.percent(p.falseHitRateHigh())));
        }
        return lines;
    }
}
