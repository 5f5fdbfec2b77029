package org.socialprescribing.report.html;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Draws the reports' charts with JFreeChart and writes them as inline SVG with Batik's SVG generator. Every chart
 * is an {@code <svg role="img">} named by its own {@code <title>} and {@code <desc>}; the report puts the table of
 * its figures beside it. Colours are the Okabe-Ito palette (Okabe and Ito 2008, "Color Universal Design"), chosen
 * to be told apart with the common colour-vision deficiencies; series also differ in line style, so that a
 * black-and-white print keeps them apart.
 */
final class Charts {

    /** Okabe-Ito blue: the first series (baseline). */
    static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    /** Okabe-Ito orange: the second series (follow-up, latest). */
    static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
    /** Okabe-Ito bluish green. */
    static final Color GREEN = new Color(0x00, 0x9E, 0x73);
    /** Okabe-Ito vermillion. */
    static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);

    private static final List<Color> SERIES = List.of(BLUE, ORANGE, GREEN, VERMILLION);
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);

    private Charts() {}

    /**
     * Grouped bars: one group per category, one bar per series.
     *
     * @param values series -> category -> value, in order
     * @param axis the value axis label
     * @return the chart
     */
    static JFreeChart bars(Map<String, Map<String, Number>> values, String axis) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        values.forEach((series, byCategory) -> byCategory.forEach((category, v) -> data.addValue(v, series, category)));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), new NumberAxis(axis), new BarRenderer());
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        for (int s = 0; s < data.getRowCount(); s++) {
            renderer.setSeriesPaint(s, SERIES.get(s % SERIES.size()));
            renderer.setSeriesOutlinePaint(s, Color.BLACK);
        }
        return style(new JFreeChart(null, TEXT, plot, data.getRowCount() > 1));
    }

    /**
     * Means with 95% confidence intervals, one bar per category with its interval as an error bar.
     *
     * @param means category -> {mean, half-width of the interval}
     * @param axis the value axis label
     * @return the chart
     */
    static JFreeChart meansWithIntervals(Map<String, double[]> means, String axis) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        means.forEach((category, v) -> data.add(v[0], v[1], "Mean change", category));
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BLUE);
        renderer.setErrorIndicatorPaint(Color.BLACK);
        renderer.setErrorIndicatorStroke(new BasicStroke(1.5f));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), new NumberAxis(axis), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeZeroBaselineVisible(true);
        return style(new JFreeChart(null, TEXT, plot, false));
    }

    /**
     * A radar (spider web) chart of a star reading: one spoke per area, one line per reading.
     *
     * @param readings reading label -> area name -> value, in order (baseline first)
     * @param scaleMax the end of the scale, the radius of the web
     * @return the chart
     */
    static JFreeChart radar(Map<String, Map<String, Number>> readings, int scaleMax) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        readings.forEach((series, byArea) -> byArea.forEach((area, v) -> data.addValue(v, series, area)));
        SpiderWebPlot plot = new SpiderWebPlot(data);
        plot.setMaxValue(scaleMax);
        plot.setLabelFont(TEXT);
        plot.setWebFilled(false);
        for (int s = 0; s < data.getRowCount(); s++) {
            plot.setSeriesPaint(s, SERIES.get(s % SERIES.size()));
            plot.setSeriesOutlinePaint(s, SERIES.get(s % SERIES.size()));
            plot.setSeriesOutlineStroke(
                    s,
                    s == 0
                            ? new BasicStroke(
                                    2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)
                            : new BasicStroke(2.5f));
        }
        return style(new JFreeChart(null, TEXT, plot, true));
    }

    private static JFreeChart style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        if (chart.getPlot() instanceof CategoryPlot plot) {
            plot.setRangeGridlinePaint(new Color(0x99, 0x99, 0x99));
            plot.getDomainAxis().setTickLabelFont(TEXT);
            plot.getRangeAxis().setTickLabelFont(TEXT);
            plot.getRangeAxis().setLabelFont(TEXT);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(TEXT);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(TITLE);
        }
        return chart;
    }

    /**
     * Writes a chart as an inline SVG element that names itself for assistive technology.
     *
     * @param chart the chart
     * @param id the element id, unique in the page
     * @param title the chart's title (its accessible name)
     * @param description what the chart shows, in words (its accessible description)
     * @param width the width in CSS pixels
     * @param height the height in CSS pixels
     * @return the {@code <svg>} element as text, without an XML prolog
     */
    static String svg(JFreeChart chart, String id, String title, String description, int width, int height) {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            document = factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        // Ids (clip paths) must be unique in the page, which holds many charts: prefix them with the chart's id.
        context.setIDGenerator(new SVGIDGenerator() {
            @Override
            public String generateID(String prefix) {
                return super.generateID(id + "-" + prefix);
            }
        });
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        chart.draw(g, new Rectangle(0, 0, width, height));
        Element root = g.getRoot();
        root.setAttribute("id", id);
        root.setAttribute("class", "chart");
        root.setAttribute("font-family", "sans-serif"); // Java's logical font 'Dialog' means nothing to a browser
        root.setAttribute("role", "img");
        root.setAttribute("viewBox", "0 0 " + width + " " + height);
        root.setAttribute("width", Integer.toString(width));
        root.setAttribute("height", Integer.toString(height));
        root.setAttribute("aria-labelledby", id + "-title " + id + "-desc");
        Element desc = document.createElementNS(SVG_NS, "desc");
        desc.setAttribute("id", id + "-desc");
        desc.setTextContent(description);
        root.insertBefore(desc, root.getFirstChild());
        Element titleElement = document.createElementNS(SVG_NS, "title");
        titleElement.setAttribute("id", id + "-title");
        titleElement.setTextContent(title);
        root.insertBefore(titleElement, root.getFirstChild());
        StringWriter out = new StringWriter();
        try {
            g.stream(root, out, false, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Batik names its empty shared definitions "genericDefs" in every chart: make the id unique in the page too.
        String text = out.toString().replace("id=\"genericDefs\"", "id=\"" + id + "-genericDefs\"");
        int start = text.indexOf("<svg");
        return start < 0 ? text : text.substring(start);
    }
}
