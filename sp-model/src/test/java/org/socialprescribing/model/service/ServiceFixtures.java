package org.socialprescribing.model.service;

/** A complete service for tests in any package. */
public final class ServiceFixtures {

    private ServiceFixtures() {}

    public static Service gardening() {
        return ServiceTest.gardening()
                .description("Weekly gardening group")
                .eligibility(Eligibility.builder()
                        .minimumAge(18)
                        .description("Adults")
                        .build())
                .capacity(Capacity.builder()
                        .acceptingReferrals(true)
                        .availablePlaces(4)
                        .build())
                .addContact(ServiceContact.builder()
                        .name("Reception")
                        .addTelephone("01234 000000")
                        .build())
                .addLanguage("en")
                .addServiceArea("Lambeth")
                .build();
    }
}
