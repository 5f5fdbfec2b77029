package org.socialprescribing.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML reports as a person sees them: rendered in headless Chromium (Debian's package) driven by
 * playwright-core, with axe-core checking accessibility, all installed by {@code .ci/browser-setup}. One browser
 * start for both reports. Skips, saying why, where Chromium or the tools are not installed.
 */
class HtmlReportsBrowserTest {

    private static final Path CACHE = Path.of(System.getenv()
            .getOrDefault("SP_BROWSER_CACHE", System.getProperty("user.home") + "/.cache/sp-browser-check"));
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path folder;

    private static JsonNode results;
    private static Map<String, String> pages;

    @BeforeAll
    static void render() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed: run .ci/browser-setup (as root)");
        assumeTrue(
                Files.isDirectory(CACHE.resolve("node_modules/playwright-core"))
                        && Files.isDirectory(CACHE.resolve("node_modules/axe-core")),
                "playwright-core and axe-core are not installed in " + CACHE + ": run .ci/browser-setup");
        pages = ReportSamples.pages();
        List<String> command = new ArrayList<>(List.of(
                "node",
                Path.of("src/test/browser/check-report.mjs").toAbsolutePath().toString(),
                CACHE.toString(),
                CHROMIUM.toString(),
                folder.toString()));
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Path file = folder.resolve(page.getKey());
            Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
            command.add(file.toString());
        }
        Process process = new ProcessBuilder(command)
                .redirectError(folder.resolve("node-stderr.txt").toFile())
                .start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue())
                .as(Files.readString(folder.resolve("node-stderr.txt")))
                .isZero();
        results = new ObjectMapper().readTree(out);
    }

    private static int figures(String html) {
        Matcher m = Pattern.compile("<figure>").matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void every_chart_is_drawn_with_a_size_and_a_title() {
        for (JsonNode page : results) {
            String name = Path.of(page.get("file").asText()).getFileName().toString();
            assertThat(page.get("charts").size())
                    .as(name)
                    .isEqualTo(figures(pages.get(name)))
                    .isPositive();
            for (JsonNode chart : page.get("charts")) {
                assertThat(chart.get("width").asDouble()).as(name).isPositive();
                assertThat(chart.get("height").asDouble()).as(name).isPositive();
                assertThat(chart.get("title").asText()).as(name).isNotBlank();
            }
        }
    }

    @Test
    void no_console_errors_and_no_request_leaves_the_page() {
        for (JsonNode page : results) {
            assertThat(page.get("consoleErrors")).as(page.get("file").asText()).isEmpty();
            assertThat(page.get("requests")).as(page.get("file").asText()).isEmpty();
        }
    }

    @Test
    void axe_finds_no_accessibility_violation() {
        for (JsonNode page : results) {
            assertThat(page.get("violations")).as(page.get("file").asText()).isEmpty();
        }
    }

    @Test
    void the_screenshot_is_not_blank() throws IOException {
        for (JsonNode page : results) {
            BufferedImage image =
                    ImageIO.read(Path.of(page.get("screenshot").asText()).toFile());
            long inked = 0;
            for (int y = 0; y < image.getHeight(); y += 2) {
                for (int x = 0; x < image.getWidth(); x += 2) {
                    if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                        inked++;
                    }
                }
            }
            long sampled = (long) (image.getWidth() / 2) * (image.getHeight() / 2);
            assertThat(inked).as(page.get("file").asText()).isGreaterThan(sampled / 50);
        }
    }
}
