package org.socialprescribing.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads the value of {@code --check}: {@code prsb}, {@code national-dataset}, {@code provider}, {@code message-back}. */
final class CompletenessCheckConverter implements ITypeConverter<CompletenessCheck> {

    @Override
    public CompletenessCheck convert(String value) {
        try {
            return CompletenessCheck.of(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' " + e.getMessage());
        }
    }
}
