package org.socialprescribing.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README honest: every Java block in README.md that follows a {@code <!-- snippet: NAME -->} marker
 * must equal the region {@code // START SNIPPET: NAME} ... {@code // END SNIPPET} of an example in this module,
 * which is compiled and run by the build. So the README's code always compiles and works.
 */
class ReadmeSnippetsTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path EXAMPLES = Path.of("src", "main", "java");
    private static final Pattern REGION =
            Pattern.compile("// START SNIPPET: ([\\w-]+)\\R(.*?)\\R[ \\t]*// END SNIPPET", Pattern.DOTALL);
    // A block ends at a bare closing fence: "```java" opens the next block, it never closes one.
    private static final Pattern README_BLOCK = Pattern.compile(
            "<!-- snippet: ([\\w-]+) -->\\R```java\\R(.*?)\\R```[ \\t]*$", Pattern.DOTALL | Pattern.MULTILINE);

    private static final Pattern MARKER = Pattern.compile("<!-- snippet: ([\\w-]+) -->");

    /**
     * Every fence opens and closes in turn, and a block closes with a bare fence: once, the referral block closed
     * with a fence that opened a Java block, so the scoring section rendered inside it and went unchecked.
     */
    @Test
    void everyFenceOfTheReadme_closesItsBlock() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        boolean inside = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("```")) {
                continue;
            }
            if (inside) {
                assertThat(line)
                        .as("README.md line %d closes a block with a bare fence", i + 1)
                        .isEqualTo("```");
            }
            inside = !inside;
        }
        assertThat(inside).as("README.md's last code block is closed").isFalse();
    }

    /** No Java block escapes the check: each has its marker, each marker its block. */
    @Test
    void everyJavaBlockOfTheReadme_isASnippet() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        long javaBlocks =
                readme.lines().filter(line -> line.strip().equals("```java")).count();
        long markers = MARKER.matcher(readme).results().count();
        assertThat(find(README_BLOCK, readme)).as("snippets found").hasSize((int) markers);
        assertThat(javaBlocks)
                .as("Java blocks in README.md, each after a snippet marker")
                .isEqualTo(markers);
    }

    @Test
    void everyReadmeSnippet_isCodeFromACompiledExample() throws IOException {
        Map<String, String> regions = regions();
        Map<String, String> blocks = find(README_BLOCK, Files.readString(README, StandardCharsets.UTF_8));
        assertThat(blocks).as("README.md shows code from the examples").isNotEmpty();
        for (Map.Entry<String, String> block : blocks.entrySet()) {
            assertThat(regions)
                    .as("snippet '%s' exists in sp-examples", block.getKey())
                    .containsKey(block.getKey());
            assertThat(block.getValue())
                    .as("README snippet '%s' matches its example", block.getKey())
                    .isEqualTo(regions.get(block.getKey()));
        }
    }

    private static Map<String, String> regions() throws IOException {
        Map<String, String> regions = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
                regions.putAll(find(REGION, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return regions;
    }

    private static Map<String, String> find(Pattern pattern, String text) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.put(matcher.group(1), dedent(matcher.group(2)));
        }
        return found;
    }

    /** Removes the common indentation so a region inside a method compares equal to a README block. */
    static String dedent(String code) {
        List<String> lines = code.lines().collect(Collectors.toList());
        int indent = lines.stream()
                .filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length())
                .min()
                .orElse(0);
        return lines.stream()
                .map(line -> line.isBlank() ? "" : line.substring(indent))
                .collect(Collectors.joining("\n"));
    }
}
