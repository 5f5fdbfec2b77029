package org.socialprescribing.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * Every constraint the SDK declares on its own types reports a specific issue code: it is one of the SDK's
 * constraints, each of which names its code, never a bare Jakarta constraint that would be reported as {@code
 * constraint}. Scans every class of sp-model.
 */
class SdkConstraintsTest {

    private static final Set<Class<? extends Annotation>> WITH_CODES = Set.of(
            Recorded.class,
            Rule.class,
            MaxLength.class,
            ValidNhsNumber.class,
            ValidOdsCode.class,
            ValidOdsSiteCode.class,
            ValidPostcode.class,
            ValidCharityNumber.class,
            ValidCompanyNumber.class,
            ValidLsoaCode.class);

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .getterPropertySelectionStrategy(new AccessorPropertySelectionStrategy())
            .buildValidatorFactory()
            .getValidator();

    @Test
    void everyConstraintOnAnSdkType_namesItsIssueCode() throws Exception {
        List<String> bare = new ArrayList<>();
        int constrained = 0;
        for (Class<?> type : modelTypes()) {
            BeanDescriptor bean = VALIDATOR.getConstraintsForClass(type);
            for (PropertyDescriptor property : bean.getConstrainedProperties()) {
                List<ConstraintDescriptor<?>> constraints = new ArrayList<>(property.getConstraintDescriptors());
                for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                    constraints.addAll(element.getConstraintDescriptors());
                }
                for (ConstraintDescriptor<?> constraint : constraints) {
                    constrained++;
                    if (!WITH_CODES.contains(constraint.getAnnotation().annotationType())) {
                        bare.add(type.getSimpleName() + "." + property.getPropertyName() + ": "
                                + constraint.getAnnotation().annotationType().getSimpleName());
                    }
                }
            }
        }
        assertThat(constrained).as("the scan finds the SDK's rules").isGreaterThan(20);
        assertThat(bare).isEmpty();
    }

    /** The value types of sp-model, as compiled: not the generated classes, annotations or enums. */
    private static List<Class<?>> modelTypes() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target", "classes");
        List<String> names;
        try (Stream<Path> files = Files.walk(classes)) {
            names = files.map(classes::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .filter(name -> !name.equals("module-info.class"))
                    .filter(name -> !name.substring(name.lastIndexOf('/') + 1).startsWith("Immutable"))
                    .map(name ->
                            name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .collect(Collectors.toList());
        }
        List<Class<?>> types = new ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName(name);
            if (!type.isAnnotation() && !type.isEnum() && !name.endsWith("package-info")) {
                types.add(type);
            }
        }
        return types;
    }
}
