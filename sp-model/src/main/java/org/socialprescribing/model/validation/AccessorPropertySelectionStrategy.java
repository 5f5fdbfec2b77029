package org.socialprescribing.model.validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Treats record-style accessors ({@code int imdDecile()}) as properties, as well as JavaBeans getters. Jakarta
 * Validation's default sees only {@code getX()} and {@code isX()}, so constraints on the accessors of
 * Immutables types and records would be silently ignored.
 */
final class AccessorPropertySelectionStrategy implements GetterPropertySelectionStrategy {

    // Object's methods and Immutables' conventional check method are accessors in shape only.
    private static final Set<String> NOT_PROPERTIES =
            Set.of("hashCode", "toString", "getClass", "clone", "check", "normalize", "builder");

    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
        String name = executable.getName();
        Class<?> type = executable.getReturnType();
        if (executable.getParameterTypes().length != 0 || type == void.class || NOT_PROPERTIES.contains(name)) {
            return Optional.empty();
        }
        if (isPrefixed(name, "get")) {
            return Optional.of(decapitalise(name.substring(3)));
        }
        if (isPrefixed(name, "is") && (type == boolean.class || type == Boolean.class)) {
            return Optional.of(decapitalise(name.substring(2)));
        }
        return Optional.of(name);
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
        String capitalised = Character.toUpperCase(propertyName.charAt(0)) + propertyName.substring(1);
        return List.of(propertyName, "get" + capitalised, "is" + capitalised);
    }

    private static boolean isPrefixed(String name, String prefix) {
        return name.length() > prefix.length()
                && name.startsWith(prefix)
                && Character.isUpperCase(name.charAt(prefix.length()));
    }

    private static String decapitalise(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
