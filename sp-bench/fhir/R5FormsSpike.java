import ca.uhn.fhir.context.FhirContext;
import ca.uhn.hapi.converters.canonical.VersionCanonicalizer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r5.model.Base;
import org.hl7.fhir.r5.model.Property;
import org.hl7.fhir.r5.model.StructureDefinition;

/**
 * Spike (issue 12, cold sp fhir validate): CPU time to have R4 core's StructureDefinitions in R5 form, three ways:
 * (a) HAPI's R4 JSON parser + VersionCanonicalizer (the runtime path of 9932dc9), (b) the FHIR core library's R5 JSON
 * parser over R5 JSON written beforehand, (c) Java deserialisation of the R5 objects. One thread, in a fresh JVM per
 * mode (sp-bench/fhir/r5-forms-spike.sh runs it). Modes: prepare DIR (writes the R5 forms and checks them),
 * a|r4|b|b2|b3|c DIR (times one way; r4 = (a)'s R4 parse alone, b2 = b over Gson's own tree, b3 = R5 XML). Needs sp.jar on the class path (R4 core's files as the build writes them).
 */
public class R5FormsSpike {
    private static final String FOLDER = "org/socialprescribing/fhir/validation/r4core/";

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        FhirContext r4 = FhirContext.forR4Cached();
        // The CLI has the R4 context and a parse behind it before R4 core is read: not counted.
        r4.newJsonParser().parseResource("{\"resourceType\":\"Patient\",\"id\":\"x\"}");
        List<String> files = files();
        int passes = args[0].equals("prepare") ? 1 : Integer.getInteger("passes", 1);
        List<StructureDefinition> result = null;
        for (int pass = 1; pass <= passes; pass++) {
        long cpu0 = cpu();
        long wall0 = System.nanoTime();
        switch (args[0]) {
            case "prepare":
            case "a":
                result = viaR4(r4, files);
                break;
            case "r4":
                result = new ArrayList<>();
                for (String file : files) {
                    try (InputStream in = R5FormsSpike.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
                        r4.newJsonParser().parseResource(org.hl7.fhir.r4.model.StructureDefinition.class, in);
                        result.add(null);
                    }
                }
                break;
            case "b":
                result = new ArrayList<>();
                org.hl7.fhir.r5.formats.JsonParser parser = new org.hl7.fhir.r5.formats.JsonParser();
                for (int i = 0; i < files.size(); i++) {
                    result.add((StructureDefinition) parser.parse(Files.readAllBytes(dir.resolve(i + ".json"))));
                }
                break;
            case "b2":
                result = new ArrayList<>();
                org.hl7.fhir.r5.formats.JsonParser r5 = new org.hl7.fhir.r5.formats.JsonParser();
                for (int i = 0; i < files.size(); i++) {
                    try (java.io.Reader reader = Files.newBufferedReader(dir.resolve(i + ".json"))) {
                        result.add((StructureDefinition) r5.parse(
                                com.google.gson.JsonParser.parseReader(reader).getAsJsonObject()));
                    }
                }
                break;
            case "b3":
                result = new ArrayList<>();
                org.hl7.fhir.r5.formats.XmlParser xml = new org.hl7.fhir.r5.formats.XmlParser();
                for (int i = 0; i < files.size(); i++) {
                    result.add((StructureDefinition) xml.parse(Files.readAllBytes(dir.resolve(i + ".xml"))));
                }
                break;
            case "c":
                try (ObjectInputStream in = new ObjectInputStream(
                        new ByteArrayInputStream(Files.readAllBytes(dir.resolve("all.ser"))))) {
                    @SuppressWarnings("unchecked")
                    List<StructureDefinition> read = (List<StructureDefinition>) in.readObject();
                    result = read;
                }
                break;
            default:
                throw new IllegalArgumentException(args[0]);
        }
        long cpu = cpu() - cpu0;
        long wall = System.nanoTime() - wall0;
        System.out.printf("mode %s pass %d: %d StructureDefinitions, %.0f ms CPU, %.0f ms wall (this phase)%n",
                args[0], pass, result.size(), cpu / 1e6, wall / 1e6);
        }
        if (args[0].equals("prepare")) {
            Files.createDirectories(dir);
            org.hl7.fhir.r5.formats.JsonParser parser = new org.hl7.fhir.r5.formats.JsonParser();
            long bytes = 0;
            int userData = 0;
            for (int i = 0; i < result.size(); i++) {
                byte[] json = parser.composeBytes(result.get(i));
                bytes += json.length;
                Files.write(dir.resolve(i + ".json"), json);
                Files.write(dir.resolve(i + ".xml"), new org.hl7.fhir.r5.formats.XmlParser().composeBytes(result.get(i)));
                userData += userData(result.get(i));
            }
            ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(dir.resolve("all.ser")));
            out.writeObject(new ArrayList<>(result));
            out.close();
            System.out.printf("R5 JSON %d bytes, serialised %d bytes; elements with user data after conversion: %d%n",
                    bytes, Files.size(dir.resolve("all.ser")), userData);
        } else if (!args[0].equals("a") && !args[0].equals("r4")) {
            List<StructureDefinition> reference = viaR4(r4, files);
            int unequal = 0;
            for (int i = 0; i < reference.size(); i++) {
                if (!reference.get(i).equalsDeep(result.get(i))) {
                    if (unequal < 3) {
                        difference(reference.get(i), result.get(i), reference.get(i).getUrl());
                    }
                    unequal++;
                }
            }
            System.out.printf("mode %s: %d of %d not equalsDeep to (a)%n", args[0], unequal, reference.size());
        }
    }

    private static List<StructureDefinition> viaR4(FhirContext r4, List<String> files) throws Exception {
        VersionCanonicalizer canonicalizer = new VersionCanonicalizer(r4);
        List<StructureDefinition> result = new ArrayList<>();
        for (String file : files) {
            try (InputStream in = R5FormsSpike.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
                org.hl7.fhir.r4.model.StructureDefinition sd = r4.newJsonParser()
                        .parseResource(org.hl7.fhir.r4.model.StructureDefinition.class, in);
                result.add((StructureDefinition) canonicalizer.resourceToValidatorCanonical(sd));
            }
        }
        return result;
    }

    private static List<String> files() throws Exception {
        List<String> files = new ArrayList<>();
        try (InputStream in = R5FormsSpike.class.getClassLoader().getResourceAsStream(FOLDER + "index.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("StructureDefinition\t")) {
                    files.add(line.split("\t")[1]);
                }
            }
        }
        return files;
    }

    /** Elements in the tree that carry user data (lost by either serialised form). */
    private static int userData(Base base) throws Exception {
        Field field = Base.class.getDeclaredField("userData");
        field.setAccessible(true);
        Object map = field.get(base);
        int count = map != null && !((Map<?, ?>) map).isEmpty() ? 1 : 0;
        if (count == 1) {
            System.out.println("user data on " + base.fhirType() + ": " + ((Map<?, ?>) map).keySet());
        }
        for (Property property : base.children()) {
            for (Base child : property.getValues()) {
                count += userData(child);
            }
        }
        return count;
    }

    /** Prints the first path where two trees differ. */
    private static boolean difference(Base a, Base b, String path) {
        if (a.isPrimitive() && !a.equalsDeep(b)) {
            System.out.println("differs at " + path + ": " + a.primitiveValue() + " / " + b.primitiveValue() + " " + a.getClass() + "/" + b.getClass() + " " + ((org.hl7.fhir.r5.model.PrimitiveType<?>) a).getValue() + "/" + ((org.hl7.fhir.r5.model.PrimitiveType<?>) b).getValue() + " ext " + ((org.hl7.fhir.r5.model.Element) a).getExtension().size() + "/" + ((org.hl7.fhir.r5.model.Element) b).getExtension().size() + " id " + ((org.hl7.fhir.r5.model.Element) a).getId() + "/" + ((org.hl7.fhir.r5.model.Element) b).getId());
            return true;
        }
        List<Property> pa = a.children();
        List<Property> pb = b.children();
        for (int i = 0; i < pa.size(); i++) {
            List<Base> va = pa.get(i).getValues();
            List<Base> vb = pb.get(i).getValues();
            if (va.size() != vb.size()) {
                System.out.println("differs at " + path + "." + pa.get(i).getName() + ": " + va.size() + " / " + vb.size() + " values");
                return true;
            }
            for (int j = 0; j < va.size(); j++) {
                if (!va.get(j).equalsDeep(vb.get(j)) && difference(va.get(j), vb.get(j), path + "." + pa.get(i).getName() + "[" + j + "]")) {
                    return true;
                }
            }
        }
        System.out.println("differs at " + path + " (" + a.fhirType() + "), not in its children");
        return true;
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
