/**
 * The social prescribing domain model, its JSON form and its validation. Exports every package but {@code internal};
 * the generated {@code Immutable*} classes in them are package-private.
 */
// Immutables' annotation jar has only an Automatic-Module-Name, so requiring it warns. Its annotations on exported
// types also trip javac's [exports] lint; the POM silences that lint for this module's main code and says why.
@SuppressWarnings("requires-automatic")
module org.socialprescribing.model {
    requires transitive com.fasterxml.jackson.databind;
    requires transitive jakarta.validation;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.hibernate.validator;
    requires static transitive org.jspecify;
    // Compile time only: the jar is "provided", and consumers need it neither to compile nor to run.
    requires static org.immutables.value.annotations;

    exports org.socialprescribing.model;
    exports org.socialprescribing.model.coding;
    exports org.socialprescribing.model.episode;
    exports org.socialprescribing.model.id;
    exports org.socialprescribing.model.input;
    exports org.socialprescribing.model.json;
    exports org.socialprescribing.model.measure;
    exports org.socialprescribing.model.org;
    exports org.socialprescribing.model.person;
    exports org.socialprescribing.model.service;
    exports org.socialprescribing.model.validation;
    exports org.socialprescribing.model.workforce;

    // Jackson reads and writes the value types through their package-private generated classes and the types'
    // creators; Hibernate Validator reads the accessors and creates the SDK's constraint validators. Both reflect,
    // so the packages they touch are opened to them, and to no one else.
    opens org.socialprescribing.model.coding to
            com.fasterxml.jackson.databind,
            org.hibernate.validator;
    opens org.socialprescribing.model.episode to
            com.fasterxml.jackson.databind,
            org.hibernate.validator;
    opens org.socialprescribing.model.id to
            com.fasterxml.jackson.databind,
            org.hibernate.validator;
    opens org.socialprescribing.model.input to
            com.fasterxml.jackson.databind,
            org.hibernate.validator;
    opens org.socialprescribing.model.measure to
            com.fasterxml.jackson.databind,
            org.hibernate.validator;
    opens org.socialprescribing.model.org to
            com.fasterxml.jackson.databind,
            org.hibernate.validator;
    opens org.socialprescribing.model.person to
            com.fasterxml.jackson.databind,
            org.hibernate.validator;
    opens org.socialprescribing.model.service to
            com.fasterxml.jackson.databind,
            org.hibernate.validator;
    opens org.socialprescribing.model.validation to
            com.fasterxml.jackson.databind,
            org.hibernate.validator;
    opens org.socialprescribing.model.workforce to
            com.fasterxml.jackson.databind,
            org.hibernate.validator;

    // Open to everyone: it holds the published episode JSON Schema (SpJson.EPISODE_SCHEMA_RESOURCE), which callers
    // read with ClassLoader.getResourceAsStream; a resource in a named module's package is found only if it is open.
    opens org.socialprescribing.model.json;

    // SpValidator checks stored scores with the Rescorer that sp-measures registers.
    uses org.socialprescribing.model.measure.Rescorer;
}
