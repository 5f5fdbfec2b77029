/**
 * Open Referral UK records, their JSON, the feed reader and the mapping to the SDK's services. Exports its three API
 * packages; the generated {@code Immutable*} classes in them are package-private.
 */
// Immutables' annotation jar has only an Automatic-Module-Name, so requiring it warns. Its annotations on exported
// types also trip javac's [exports] lint; the POM silences that lint for this module's main code and says why.
@SuppressWarnings("requires-automatic")
module org.socialprescribing.openreferral {
    requires transitive org.socialprescribing.model;
    requires transitive java.net.http;
    // Compile time only: the jar is "provided", and consumers need it neither to compile nor to run.
    requires static org.immutables.value.annotations;
    requires static transitive org.jspecify;

    exports org.socialprescribing.openreferral;
    exports org.socialprescribing.openreferral.feed;
    exports org.socialprescribing.openreferral.mapping;

    // Jackson reads and writes the ORUK records through their package-private generated classes.
    opens org.socialprescribing.openreferral to
            com.fasterxml.jackson.databind;
}
