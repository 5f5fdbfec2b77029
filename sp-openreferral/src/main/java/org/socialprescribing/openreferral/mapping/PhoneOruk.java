package org.socialprescribing.openreferral.mapping;

import java.util.Optional;
import org.socialprescribing.openreferral.OrukPhone;

/** An ORUK {@code phone} as the SDK holds one: its number. */
final class PhoneOruk {

    private PhoneOruk() {}

    static OrukPhone put(String number, Optional<OrukPhone> original, Writing writing) {
        return original.map(phone -> phone.withNumber(number))
                .orElseGet(() ->
                        OrukPhone.builder().id(writing.newId()).number(number).build());
    }
}
