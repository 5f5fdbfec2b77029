package org.socialprescribing.openreferral.mapping;

import java.util.Optional;
import org.socialprescribing.openreferral.ImmutablePhone;
import org.socialprescribing.openreferral.Phone;

/** An ORUK {@code phone} as the SDK holds one: its number. */
final class PhoneLens {

    private PhoneLens() {}

    static Phone put(String number, Optional<Phone> original, Writing writing) {
        return original.map(phone -> (Phone) ImmutablePhone.copyOf(phone).withNumber(number))
                .orElseGet(
                        () -> Phone.builder().id(writing.newId()).number(number).build());
    }
}
