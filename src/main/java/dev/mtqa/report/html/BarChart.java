package dev.mtqa.report.html;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart, laid out for an inline SVG: the template only prints the numbers
 * computed here. Bars are scaled to the largest value; labels sit left of the bars, values right.
 */
record BarChart(String id, String title, String caption, int width, int height, int labelWidth,
                List<Bar> bars, String note) {
    static final int BAR = 18;
    static final int GAP = 6;
    static final int VALUE_ROOM = 64;

    /** One bar; {@code style} is a CSS class that colours it. */
    record Bar(String label, String value, int y, int textY, String barWidth, String valueX, String style, String tooltip) {
    }

    /** Input of one bar. */
    record Entry(String label, long value, String style, String tooltip) {
    }

    static BarChart of(String id, String title, String caption, int width, int labelWidth, List<Entry> entries,
                       String note) {
        long max = entries.stream().mapToLong(Entry::value).max().orElse(0);
        int room = width - labelWidth - VALUE_ROOM;
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (Entry e : entries) {
            double w = max == 0 ? 0 : Math.max(e.value() > 0 ? 2 : 0, room * (double) e.value() / max);
            bars.add(new Bar(e.label(), Labels.number(e.value()), y, y + BAR - 5, Labels.decimal(w),
                    Labels.decimal(labelWidth + w + 6), e.style(), e.tooltip()));
            y += BAR + GAP;
        }
        return new BarChart(id, title, caption, width, Math.max(y, BAR), labelWidth, bars, note);
    }
}
