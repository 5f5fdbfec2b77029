package org.socialprescribing.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sp-model and sp-openreferral are named modules: a vendor on the module path reaches their API packages and nothing
 * else. Checked twice: the descriptors in the built jars export every package but {@code internal} ones, and a tiny
 * vendor module compiled against sp-model's jar on the module path (with javac, as {@code ConsumerProjectTest}
 * builds its project with Maven) can use the API but neither an {@code internal} class nor a generated {@code
 * Immutable*} class. The module path holds sp-model's runtime dependencies only: Immutables' annotation jar (a
 * {@code requires static} dependency) is absent, as it is for a vendor. Needs the jars, so a run without them
 * (tests of sp-examples alone, before {@code package}) skips.
 */
class ModulePathConsumerTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    /** sp-model's runtime dependencies, found by file name on this test's class path. */
    private static final List<String> MODEL_DEPENDENCIES = List.of(
            "jackson-databind-",
            "jackson-core-",
            "jackson-annotations-",
            "jackson-datatype-jdk8-",
            "jackson-datatype-jsr310-",
            "jakarta.validation-api-",
            "hibernate-validator-",
            "jboss-logging-",
            "classmate-",
            "jspecify-");

    private static String version;

    @BeforeAll
    static void version() {
        version = System.getProperty("sp.version", "");
        assumeTrue(!version.isEmpty() && !version.startsWith("${"), "system property sp.version is set by Maven");
    }

    @Test
    void theModelAndOpenReferralJars_exportEveryPackageButInternal() {
        for (String module : List.of("sp-model", "sp-openreferral")) {
            ModuleDescriptor descriptor = descriptor(jar(module));
            Set<String> exported = descriptor.exports().stream()
                    .filter(export -> !export.isQualified())
                    .map(ModuleDescriptor.Exports::source)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> hidden = new TreeSet<>(descriptor.packages());
            hidden.removeAll(exported);
            assertThat(descriptor.isAutomatic())
                    .as("%s has a module-info", module)
                    .isFalse();
            assertThat(exported).as("packages %s exports", module).noneMatch(name -> name.contains(".internal"));
            assertThat(hidden)
                    .as("packages %s keeps to itself", module)
                    .allMatch(name -> name.endsWith(".internal") || name.contains(".internal."));
            assertThat(descriptor.opens())
                    .as("%s opens packages only to Jackson and Hibernate Validator, or for resources", module)
                    .allMatch(open -> !open.isQualified()
                            ? open.source().equals("org.socialprescribing.model.json")
                            : open.targets().equals(Set.of("com.fasterxml.jackson.databind", "org.hibernate.validator"))
                                    || open.targets().equals(Set.of("com.fasterxml.jackson.databind")));
        }
        assertThat(descriptor(jar("sp-model")).packages()).contains("org.socialprescribing.model.internal");
    }

    @Test
    void aModulePathConsumer_usesTheApi(@TempDir Path work) throws IOException {
        String errors = compile(
                work,
                "Uses",
                "import org.socialprescribing.model.person.Person;\n"
                        + "import org.socialprescribing.model.person.PersonName;\n"
                        + "public class Uses {\n"
                        + "  public static Person person() {\n"
                        + "    Person.Builder builder = Person.builder().name(PersonName.of(\"Smith\", \"Jo\"));\n"
                        + "    return builder.build().withPreferredLanguage(\"cy\");\n"
                        + "  }\n"
                        + "}\n");
        assertThat(errors).as("javac's errors").isEmpty();
    }

    @Test
    void aModulePathConsumer_cannotReachAnInternalPackage(@TempDir Path work) throws IOException {
        String errors = compile(
                work,
                "UsesInternal",
                "import org.socialprescribing.model.internal.EnumCodes;\n"
                        + "public class UsesInternal {\n"
                        + "  public static Class<?> internal() {\n"
                        + "    return EnumCodes.class;\n"
                        + "  }\n"
                        + "}\n");
        assertThat(errors)
                .contains("package org.socialprescribing.model.internal is not visible")
                .contains("does not export it");
    }

    @Test
    void aModulePathConsumer_cannotNameAGeneratedClass(@TempDir Path work) throws IOException {
        String errors = compile(
                work,
                "UsesGenerated",
                "import org.socialprescribing.model.person.ImmutablePerson;\n"
                        + "public class UsesGenerated {\n"
                        + "  public static Class<?> generated() {\n"
                        + "    return ImmutablePerson.class;\n"
                        + "  }\n"
                        + "}\n");
        assertThat(errors).contains("ImmutablePerson is not public");
    }

    /** Compiles module {@code vendor.app} with one class; returns javac's output (empty when it compiled). */
    private static String compile(Path work, String className, String body) throws IOException {
        Path sources = work.resolve("src/vendor.app");
        Files.createDirectories(sources.resolve("vendor/app"));
        Files.writeString(
                sources.resolve("module-info.java"),
                "module vendor.app {\n  requires org.socialprescribing.model;\n}\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                sources.resolve("vendor/app/" + className + ".java"),
                "package vendor.app;\n" + body,
                StandardCharsets.UTF_8);
        List<String> modulePath = new ArrayList<>(List.of(jar("sp-model").toString()));
        modulePath.addAll(dependencies());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter output = new StringWriter();
        List<String> arguments = List.of(
                "-d",
                work.resolve("classes").toString(),
                "--module-path",
                String.join(File.pathSeparator, modulePath),
                "--module-source-path",
                work.resolve("src").toString(),
                "--module",
                "vendor.app");
        javac.getTask(output, null, null, arguments, null, null).call();
        return output.toString();
    }

    private static List<String> dependencies() {
        List<String> found = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar"))
                .filter(entry -> MODEL_DEPENDENCIES.stream()
                        .anyMatch(prefix ->
                                Path.of(entry).getFileName().toString().startsWith(prefix)))
                .collect(Collectors.toList());
        assertThat(found)
                .as("sp-model's runtime dependencies on the class path")
                .hasSize(MODEL_DEPENDENCIES.size());
        return found;
    }

    private static ModuleDescriptor descriptor(Path jar) {
        List<ModuleReference> modules = new ArrayList<>(ModuleFinder.of(jar).findAll());
        assertThat(modules).as("modules in %s", jar).hasSize(1);
        return modules.get(0).descriptor();
    }

    private static Path jar(String module) {
        Path jar = REPOSITORY.resolve(module).resolve("target").resolve(module + "-" + version + ".jar");
        assumeTrue(Files.exists(jar), "no " + jar + " yet (run ./mvnw verify)");
        return jar;
    }
}
