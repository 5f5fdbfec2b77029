package org.socialprescribing.model;

/**
 * A stable, machine-readable code for a kind of validation issue. Each module declares its codes in an enum
 * that implements this interface, so codes are listed in one place per module and a test can prove that
 * they are unique. Codes never change meaning once released; new rules get new codes.
 */
public interface IssueCode {

    /**
     * The stable code, lower-case words separated by dots and hyphens, e.g. {@code nhs-number.check-digit}.
     *
     * @return the code, never null or blank
     */
    String code();

    /**
     * The severity that issues with this code have unless the rule that raises them says otherwise.
     *
     * @return the default severity, never null
     */
    Severity defaultSeverity();
}
