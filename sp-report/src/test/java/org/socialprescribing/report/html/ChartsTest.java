package org.socialprescribing.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Golden structure of the SVG the reports inline: named, described, unique ids, the palette, no raster images. */
class ChartsTest {

    private static Map<String, Map<String, Number>> series() {
        Map<String, Map<String, Number>> series = new LinkedHashMap<>();
        series.put("Baseline", new LinkedHashMap<>(Map.of("low", 3)));
        series.put("Latest reading", new LinkedHashMap<>(Map.of("low", 1)));
        series.get("Baseline").put("high", 2);
        series.get("Latest reading").put("high", 4);
        return series;
    }

    @Test
    void a_bar_chart_is_an_accessible_svg_with_its_own_ids() {
        String svg = Charts.svg(Charts.bars(series(), "people"), "c7", "Title <b>", "What it shows", 600, 300);

        assertThat(svg).startsWith("<svg").doesNotContain("<?xml").doesNotContain("<!DOCTYPE");
        assertThat(svg)
                .contains("role=\"img\"")
                .contains("aria-labelledby=\"c7-title c7-desc\"")
                .contains("id=\"c7-title\"")
                .contains("Title &lt;b&gt;")
                .contains("id=\"c7-desc\"")
                .contains("viewBox=\"0 0 600 300\"")
                .contains("font-family=\"sans-serif\"");
        assertThat(svg.indexOf("<title")).isLessThan(svg.indexOf("<desc"));
        // Every id the generator made carries the chart's prefix, so many charts can share one page.
        Matcher ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(svg);
        while (ids.find()) {
            assertThat(ids.group(1)).startsWith("c7");
        }
        // Okabe-Ito blue and orange for the two series; no raster image.
        assertThat(svg).contains("rgb(0,114,178)").contains("rgb(230,159,0)").doesNotContain("<image");
        // Category labels and the legend are text, not outlines.
        assertThat(svg)
                .contains(">low<")
                .contains(">high<")
                .contains(">Baseline<")
                .contains(">Latest reading<");
    }

    @Test
    void a_radar_draws_the_first_reading_dashed() {
        Map<String, Map<String, Number>> readings = new LinkedHashMap<>();
        readings.put("First reading", new LinkedHashMap<>(Map.of("Area A", 2, "Area B", 3, "Area C", 4)));
        readings.put("Latest reading", new LinkedHashMap<>(Map.of("Area A", 5, "Area B", 6, "Area C", 7)));

        String svg = Charts.svg(Charts.radar(readings, 10), "r1", "Star", "Radar", 500, 400);

        assertThat(svg)
                .contains("stroke-dasharray=\"6,4\"")
                .contains(">Area A<")
                .contains(">First reading<");
    }

    @Test
    void intervals_are_drawn_as_error_bars() {
        Map<String, double[]> means = new LinkedHashMap<>();
        means.put("life_satisfaction", new double[] {1.5, 0.8});

        String svg = Charts.svg(Charts.meansWithIntervals(means, "mean change"), "m1", "Change", "CI", 600, 150);

        assertThat(svg).contains(">life_satisfaction<").contains(">mean change<");
    }
}
