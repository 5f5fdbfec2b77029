package org.socialprescribing.fhir.internal;

/** The two FHIR encodings the SDK reads. */
public enum Encoding {
    /** FHIR JSON: the input starts with '&#123;'. */
    JSON,
    /** FHIR XML: the input starts with '&lt;'. */
    XML
}
