package org.socialprescribing.report.html;

import java.util.List;
import java.util.Optional;
import org.socialprescribing.report.table.Cell;
import org.socialprescribing.report.table.Column;
import org.socialprescribing.report.table.ReportTable;

/**
 * Builds one self-contained HTML page: escaped text, sections, figures with their SVG, and tables. The page loads
 * nothing: its content security policy ({@code default-src 'none'}) tells the browser to refuse any request, and
 * its only style is inline.
 */
final class HtmlPage {

    /** The page's style: readable on screen and on paper, no web fonts. */
    private static final String STYLE = String.join(
            "\n",
            "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#111;background:#fff;"
                    + "margin:0 auto;max-width:72rem;padding:1rem 1.5rem;line-height:1.45}",
            "h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:2px solid #0072B2}"
                    + "h3{font-size:1.1rem;margin-top:1.5rem}",
            "figure{margin:1rem 0;break-inside:avoid;page-break-inside:avoid}figcaption{font-size:.95rem}",
            "svg.chart{max-width:100%;height:auto;display:block}",
            "table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem;break-inside:auto}",
            "caption{text-align:left;font-weight:600;padding:.25rem 0}",
            "th,td{border:1px solid #767676;padding:.2rem .45rem;text-align:left;vertical-align:top}",
            "th{background:#f0f0f0}td.n{text-align:right;font-variant-numeric:tabular-nums}",
            ".note{font-size:.9rem;color:#333}.marker{font-weight:600}",
            ".scroll{overflow-x:auto}",
            "@media print{body{max-width:none;padding:0}h2{break-after:avoid}.scroll{overflow:visible}"
                    + "a{color:#000}}");

    private final StringBuilder html = new StringBuilder();
    private int charts;

    HtmlPage(String title) {
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                        + " style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(escape(title))
                .append("</title>\n<style>\n")
                .append(STYLE)
                .append("\n</style>\n</head>\n<body>\n<main>\n<h1>")
                .append(escape(title))
                .append("</h1>\n");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    HtmlPage heading(int level, String text) {
        html.append("<h")
                .append(level)
                .append('>')
                .append(escape(text))
                .append("</h")
                .append(level)
                .append(">\n");
        return this;
    }

    HtmlPage paragraph(String text) {
        html.append("<p>").append(escape(text)).append("</p>\n");
        return this;
    }

    HtmlPage note(String text) {
        html.append("<p class=\"note\">").append(escape(text)).append("</p>\n");
        return this;
    }

    HtmlPage list(List<String> items) {
        if (!items.isEmpty()) {
            html.append("<ul>\n");
            items.forEach(item -> html.append("<li>").append(escape(item)).append("</li>\n"));
            html.append("</ul>\n");
        }
        return this;
    }

    /** A chart and its caption; the table of its figures follows it in the page. */
    HtmlPage figure(String svg, String caption) {
        charts++;
        html.append("<figure>\n").append(svg).append("\n<figcaption>").append(escape(caption));
        html.append(" The table below gives the figures.</figcaption>\n</figure>\n");
        return this;
    }

    HtmlPage table(ReportTable table, Optional<String> suppressedMeans) {
        // A wide table scrolls; keyboard users must be able to reach it (WCAG 2.1.1), so the region takes focus.
        html.append("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"")
                .append(escape(table.title()))
                .append("\">\n<table>\n<caption>")
                .append(escape(table.title()))
                .append("</caption>\n<thead><tr>");
        for (Column column : table.columns()) {
            html.append("<th scope=\"col\">").append(escape(column.title())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (List<Cell> row : table.rows()) {
            html.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                Cell cell = row.get(c);
                boolean numeric = table.columns().get(c).isAdditive();
                html.append(numeric ? "<td class=\"n\">" : "<td>");
                if (cell.isValue()) {
                    html.append(escape(cell.shown()));
                } else {
                    html.append("<abbr class=\"marker\" title=\"")
                            .append(escape(markerMeaning(cell.status(), suppressedMeans)))
                            .append("\">")
                            .append(cell.shown())
                            .append("</abbr>");
                }
                html.append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</div>\n");
        table.notes().forEach(this::note);
        return this;
    }

    static String markerMeaning(Cell.Status status, Optional<String> suppressedMeans) {
        return switch (status) {
            case SUPPRESSED -> suppressedMeans.orElse("held back to protect small numbers");
            case NOT_AVAILABLE -> "not available";
            case NOT_APPLICABLE -> "not applicable";
            case VALUE -> "";
        };
    }

    HtmlPage raw(String markup) {
        html.append(markup);
        return this;
    }

    int charts() {
        return charts;
    }

    String finish() {
        return html.append("</main>\n</body>\n</html>\n").toString();
    }
}
