package org.socialprescribing.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.socialprescribing.model.PersonalData;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Guards the build itself: sp-bom must list exactly the published modules of the reactor, at the reactor's version,
 * and nothing else (Google JLBP-15); every test class of every module must have run; and neither the test run's
 * output nor the SDK's message templates may show an NHS number in clear.
 */
class BuildConsistencyTest {

    /**
     * Modules sp-bom does not list: the two BOMs themselves (sp-platform holds third-party versions, JLBP-15 keeps
     * them out of sp-bom), and the modules built and tested here but never published.
     */
    private static final Set<String> NOT_IN_BOM = Set.of("sp-bom", "sp-platform", "sp-examples", "sp-bench");

    private static final Path REPOSITORY = Path.of("..");

    private static final String REPORTS = "target/surefire-reports";

    /** A string literal, or the first line of a text block, in Java source. */
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");

    /** The one place a main source may hold a valid NHS number: as the value it parses (examples, demo data). */
    private static final Pattern PARSED_NHS_NUMBER = Pattern.compile("NhsNumber\\.parse\\(\"[0-9 -]*\"\\)");

    @Test
    void bom_listsEveryPublishedModuleAndNothingElse() throws Exception {
        Document parent = parse(REPOSITORY.resolve("pom.xml"));
        Document bom = parse(REPOSITORY.resolve("sp-bom/pom.xml"));

        List<String> published = new ArrayList<>();
        for (Element module : elements(parent.getDocumentElement(), "modules", "module")) {
            if (!NOT_IN_BOM.contains(module.getTextContent().trim())) {
                published.add(module.getTextContent().trim());
            }
        }
        List<String> managed = new ArrayList<>();
        for (Element dependency : elements(bom.getDocumentElement(), "dependencyManagement", "dependencies")) {
            for (Element each : children(dependency, "dependency")) {
                assertThat(text(each, "groupId")).isEqualTo("org.socialprescribing");
                assertThat(text(each, "version")).isEqualTo("${project.version}");
                managed.add(text(each, "artifactId"));
            }
        }
        assertThat(managed).containsExactlyInAnyOrderElementsOf(published);
        assertThat(text(bom.getDocumentElement(), "version"))
                .as("the BOM's version is the reactor's")
                .isEqualTo(text(parent.getDocumentElement(), "version"));
    }

    /**
     * A test class that Surefire never picks up is worse than none: two property classes, one of them the oracle
     * for the batch scorer, once sat unrun because their names missed Surefire's default patterns. The parent POM
     * now includes every class; this proves it by asking, for each module built before this one, that every test
     * source with a test annotation has a Surefire report. sp-examples is the reactor's last module, so the others'
     * reports exist. A filtered run ({@code -Dtest=...}) or a module built without tests proves nothing, so it is
     * skipped.
     */
    @Test
    void everyTestClassOfEveryModuleRan() throws Exception {
        String filter = System.getProperty("sp.test.filter", "");
        assumeTrue(filter.isEmpty() || filter.startsWith("${"), "a filtered run (-Dtest=" + filter + ")");
        Pattern testAnnotation = Pattern.compile(
                "^\\s*@(Test|Property|Example|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\\b",
                Pattern.MULTILINE);
        List<String> unrun = new ArrayList<>();
        int checked = 0;
        for (Path root : modulesTestedBefore()) {
            Path sources = root.resolve("src/test/java");
            Path reports = root.resolve(REPORTS);
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path source :
                        files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
                    if (!testAnnotation.matcher(Files.readString(source)).find()) {
                        continue;
                    }
                    String name = sources.relativize(source)
                            .toString()
                            .replace(".java", "")
                            .replace('/', '.');
                    checked++;
                    if (!Files.exists(reports.resolve("TEST-" + name + ".xml"))) {
                        unrun.add(root.getFileName() + ": " + name);
                    }
                }
            }
        }
        assertThat(unrun)
                .as("test classes with no Surefire report (of %d checked)", checked)
                .isEmpty();
    }

    /**
     * Issue 11: no test may print a valid NHS number in clear, whether in its output, its name (a parameterised
     * test's arguments) or its failure. Surefire sends each class's stdout and stderr to its reports folder
     * ({@code redirectTestOutputToFile}); this reads every file there, in every module tested before this one,
     * with the SDK's own rule ({@link PersonalData#mask(String)}). It reports each finding masked.
     */
    @Test
    void noTestOutputOfAnyModuleShowsAnNhsNumber() throws Exception {
        String filter = System.getProperty("sp.test.filter", "");
        assumeTrue(filter.isEmpty() || filter.startsWith("${"), "a filtered run (-Dtest=" + filter + ")");
        List<String> found = new ArrayList<>();
        int files = 0;
        for (Path root : modulesTestedBefore()) {
            try (Stream<Path> reports = Files.list(root.resolve(REPORTS))) {
                for (Path report : reports.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
                    files++;
                    found.addAll(numbersIn(root.getFileName() + "/" + REPORTS + "/" + report.getFileName(), report));
                }
            }
        }
        assertThat(files).as("Surefire report files read").isPositive();
        assertThat(found)
                .as("test output showing an NHS number in clear (masked here), in %d files", files)
                .isEmpty();
    }

    /**
     * Issue 11: the SDK's own message templates (every string literal of the main sources, and the properties
     * files they ship) hold no valid NHS number, so that no message can print one that the input did not bring.
     * Example and demo data may parse one with {@code NhsNumber.parse("...")}, the value's own field.
     */
    @Test
    void noMessageTemplateHoldsAnNhsNumber() throws Exception {
        List<String> found = new ArrayList<>();
        int files = 0;
        for (Element module :
                elements(parse(REPOSITORY.resolve("pom.xml")).getDocumentElement(), "modules", "module")) {
            Path main = REPOSITORY.resolve(module.getTextContent().trim()).resolve("src/main");
            if (!Files.isDirectory(main)) {
                continue;
            }
            try (Stream<Path> sources = Files.walk(main)) {
                for (Path source : sources.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
                    String name = source.getFileName().toString();
                    if (name.endsWith(".java")) {
                        files++;
                        String code = PARSED_NHS_NUMBER
                                .matcher(Files.readString(source))
                                .replaceAll("");
                        STRING_LITERAL
                                .matcher(code)
                                .results()
                                .map(MatchResult::group)
                                .filter(literal -> !PersonalData.mask(literal).equals(literal))
                                .forEach(literal ->
                                        found.add(REPOSITORY.relativize(source) + ": " + PersonalData.mask(literal)));
                    } else if (name.endsWith(".properties")) {
                        files++;
                        found.addAll(numbersIn(REPOSITORY.relativize(source).toString(), source));
                    }
                }
            }
        }
        assertThat(files).as("main source files read").isPositive();
        assertThat(found)
                .as("string literals holding an NHS number (masked here)")
                .isEmpty();
    }

    /** The modules built and tested before this one, in reactor order, that have Surefire reports. */
    private static List<Path> modulesTestedBefore() throws Exception {
        List<Path> roots = new ArrayList<>();
        for (Element module :
                elements(parse(REPOSITORY.resolve("pom.xml")).getDocumentElement(), "modules", "module")) {
            Path root = REPOSITORY.resolve(module.getTextContent().trim());
            if (!root.equals(REPOSITORY.resolve("sp-examples")) && Files.isDirectory(root.resolve(REPORTS))) {
                roots.add(root);
            }
        }
        return roots;
    }

    /** Each line of a file that holds an NHS number in clear, as {@code file:line: the line masked}. */
    private static List<String> numbersIn(String name, Path file) throws Exception {
        List<String> found = new ArrayList<>();
        // Reports are UTF-8 as Surefire writes them; a stray byte must not stop the scan.
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String masked = PersonalData.mask(lines[i]);
            if (!masked.equals(lines[i])) {
                found.add(name + ":" + (i + 1) + ": " + cut(masked.strip()));
            }
        }
        return found;
    }

    private static String cut(String line) {
        return line.length() <= 200 ? line : line.substring(0, 200) + "...";
    }

    private static Document parse(Path pom) throws Exception {
        assertThat(pom).exists();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (var in = Files.newInputStream(pom)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<Element> elements(Element root, String container, String name) {
        List<Element> found = new ArrayList<>();
        for (Element each : children(root, container)) {
            found.addAll(children(each, name));
        }
        return found;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element && ((Element) node).getTagName().equals(name)) {
                found.add((Element) node);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("<%s> in <%s>", name, parent.getTagName()).hasSize(1);
        return found.get(0).getTextContent().trim();
    }
}
