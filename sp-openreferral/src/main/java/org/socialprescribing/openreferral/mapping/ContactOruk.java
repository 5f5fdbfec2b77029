package org.socialprescribing.openreferral.mapping;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.socialprescribing.model.service.ServiceContact;
import org.socialprescribing.openreferral.OrukContact;
import org.socialprescribing.openreferral.OrukIssueCode;
import org.socialprescribing.openreferral.OrukPhone;

/**
 * ORUK {@code contact} and SDK {@link ServiceContact}. A UK contact has only a name and a title; its phones
 * (typed) and its {@code email} and {@code department} (extensions) are HSDS 3.0 core properties. An SDK contact
 * needs an e-mail address or a phone number, so a contact with neither stays only in ORUK form.
 */
final class ContactOruk {

    private static final String EMAIL = "email";
    private static final String DEPARTMENT = "department";

    private ContactOruk() {}

    static Optional<ServiceContact> get(OrukContact contact, Issues issues) {
        Optional<String> email = Values.text(contact.extensions(), EMAIL);
        List<String> telephones = telephones(contact);
        if (email.isEmpty() && telephones.isEmpty()) {
            issues.add(OrukIssueCode.CONTACT_UNREACHABLE, "has no e-mail address or phone number: kept as it is");
            return Optional.empty();
        }
        return Optional.of(ServiceContact.builder()
                .name(contact.name())
                .title(contact.title())
                .department(Values.text(contact.extensions(), DEPARTMENT))
                .email(email)
                .addAllTelephones(telephones)
                .build());
    }

    static OrukContact put(ServiceContact value, Optional<OrukContact> original, Writing writing) {
        OrukContact out = original.orElseGet(
                () -> OrukContact.builder().id(writing.newId()).build());
        if (!value.name().equals(out.name())) {
            out = clear(out, "name").withName(value.name());
        }
        if (!value.title().equals(out.title())) {
            out = clear(out, "title").withTitle(value.title());
        }
        if (!value.department().equals(Values.text(out.extensions(), DEPARTMENT))) {
            out = Records.withText(out, DEPARTMENT, value.department(), OrukContact::withExtensions);
        }
        if (!value.email().equals(Values.text(out.extensions(), EMAIL))) {
            out = Records.withText(out, EMAIL, value.email(), OrukContact::withExtensions);
        }
        if (!value.telephones().equals(telephones(out))) {
            List<OrukPhone> phones = Lists.put(
                    value.telephones(),
                    out.phones(),
                    phone -> Optional.of(phone.number()),
                    (index, number, phone) -> PhoneOruk.put(number, phone, writing.at("telephones", index)));
            out = clear(out, "phones").withPhones(phones);
        }
        return out;
    }

    private static List<String> telephones(OrukContact contact) {
        return contact.phones().stream().map(OrukPhone::number).collect(Collectors.toList());
    }

    private static OrukContact clear(OrukContact contact, String property) {
        return Records.clear(contact, property, OrukContact::withExtensions);
    }
}
