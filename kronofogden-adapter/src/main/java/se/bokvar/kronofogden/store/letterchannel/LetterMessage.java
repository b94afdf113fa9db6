package se.bokvar.kronofogden.store.letterchannel;

import java.util.UUID;

/** One letter to one person through the letter channel. Contract: docs/kronofogden/schemas/letter.schema.json. */
public record LetterMessage(UUID letterId, Recipient recipient, String subject, String contentType, String content) {

    public static final String HTML = "text/html; charset=utf-8";

    /** The recipient: personnummer for the digital mailbox, address for print-and-post. */
    public record Recipient(String name, String personalIdentityNumber, Address address) {
    }

    /** A postal address. */
    public record Address(String street, String postalCode, String city, String flatNumber) {
    }
}
