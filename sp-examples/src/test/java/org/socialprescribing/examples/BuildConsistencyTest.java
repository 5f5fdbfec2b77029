package org.socialprescribing.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Guards the build itself: sp-bom must list exactly the published modules of the reactor, at the reactor's version,
 * and nothing else (Google JLBP-15); and every test class of every module must have run.
 */
class BuildConsistencyTest {

    /** Built and tested here but never published. */
    private static final Set<String> UNPUBLISHED = Set.of("sp-bom", "sp-examples", "sp-bench");

    private static final Path REPOSITORY = Path.of("..");

    @Test
    void bom_listsEveryPublishedModuleAndNothingElse() throws Exception {
        Document parent = parse(REPOSITORY.resolve("pom.xml"));
        Document bom = parse(REPOSITORY.resolve("sp-bom/pom.xml"));

        List<String> published = new ArrayList<>();
        for (Element module : elements(parent.getDocumentElement(), "modules", "module")) {
            if (!UNPUBLISHED.contains(module.getTextContent().trim())) {
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
        for (Element module :
                elements(parse(REPOSITORY.resolve("pom.xml")).getDocumentElement(), "modules", "module")) {
            Path root = REPOSITORY.resolve(module.getTextContent().trim());
            Path sources = root.resolve("src/test/java");
            Path reports = root.resolve("target/surefire-reports");
            if (root.equals(REPOSITORY.resolve("sp-examples"))
                    || !Files.isDirectory(sources)
                    || !Files.isDirectory(reports)) {
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
                        unrun.add(module.getTextContent().trim() + ": " + name);
                    }
                }
            }
        }
        assertThat(unrun)
                .as("test classes with no Surefire report (of %d checked)", checked)
                .isEmpty();
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
