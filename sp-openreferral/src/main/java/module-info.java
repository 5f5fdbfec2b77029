/**
 * Open Referral UK records, their JSON, the feed reader and the mapping to the SDK's services. Exports its three API
 * packages; the generated {@code Immutable*} classes in them are package-private.
 */
// Immutables' annotation jar has no module-info, only an Automatic-Module-Name: requiring it transitively warns.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.socialprescribing.openreferral {
    requires transitive org.socialprescribing.model;
    requires transitive java.net.http;
    // Compile time only, transitive for the annotations on exported types: see sp-model's module-info.
    requires static transitive org.immutables.value.annotations;
    requires static transitive org.jspecify;

    exports org.socialprescribing.openreferral;
    exports org.socialprescribing.openreferral.feed;
    exports org.socialprescribing.openreferral.mapping;

    // Jackson reads and writes the ORUK records through their package-private generated classes.
    opens org.socialprescribing.openreferral to
            com.fasterxml.jackson.databind;
}
