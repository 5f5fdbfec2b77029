package org.socialprescribing.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Guards against BOM drift: sp-bom must list exactly the published modules of the reactor, at the reactor's
 * version, and nothing else (Google JLBP-15).
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
