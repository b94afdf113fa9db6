package se.bokvar.rules.household;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import se.bokvar.rules.routing.PostalCode;

/**
 * Keyed hashes of a building and of a tenancy (a flat), used as Kafka partition keys and household identifiers:
 * every notice about the same flat gets the same key, and the key reveals nothing about the address to anyone
 * without the secret.
 *
 * <p>Keys are lowercase hex HMAC-SHA256 (64 characters) of the UTF-8 bytes of
 * <ul>
 *   <li>building: {@code "building|" + postalCode.value() + "|" + normalize(street)}</li>
 *   <li>person: {@code "person|" + canonical personnummer}</li>
 *   <li>tenancy: {@code "tenancy|" + postalCode.value() + "|" + normalize(street) + "|" + flat}, where {@code flat}
 *       is {@code normalize(flatNumber)}, or {@link #FLAT_UNKNOWN} when the flat number is null or normalises
 *       to nothing (a Kronofogden notice often has none)</li>
 * </ul>
 * with {@link AddressNormalizer#normalize}. Normalised text has no {@code |} or {@code ?}, so fields cannot run into
 * each other and the marker cannot collide with a real flat number. Changing the secret changes every key.
 */
public final class TenancyKeys {

    /** The minimum secret length in bytes (128 bits). */
    public static final int MIN_SECRET_BYTES = 16;

    /** Stands in for the flat number when it is unknown, so the tenancy key is still deterministic. */
    public static final String FLAT_UNKNOWN = "?";

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    /**
     * @param secret the HMAC secret, at least {@value #MIN_SECRET_BYTES} bytes (copied)
     * @throws IllegalArgumentException if the secret is shorter than {@value #MIN_SECRET_BYTES} bytes
     */
    public TenancyKeys(byte[] secret) {
        Objects.requireNonNull(secret, "secret must not be null");
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("secret must be at least " + MIN_SECRET_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /**
     * The key of a building: postal code and street address (street name and number).
     *
     * @throws IllegalArgumentException if the street normalises to nothing
     */
    public String buildingKey(PostalCode postalCode, String street) {
        Objects.requireNonNull(postalCode, "postalCode must not be null");
        return hmac("building|" + postalCode.value() + "|" + street(street));
    }

    /**
     * The key of a tenancy: postal code, street address and flat number (lägenhetsnummer). A null or blank flat
     * number gives the key of "flat unknown" at that address.
     *
     * @throws IllegalArgumentException if the street normalises to nothing
     */
    public String tenancyKey(PostalCode postalCode, String street, String flatNumber) {
        Objects.requireNonNull(postalCode, "postalCode must not be null");
        String flat = flatNumber == null ? "" : AddressNormalizer.normalize(flatNumber);
        return hmac("tenancy|" + postalCode.value() + "|" + street(street) + "|"
                + (flat.isEmpty() ? FLAT_UNKNOWN : flat));
    }

    /**
     * The key of a person: {@code "person|" + canonical personnummer}. Lets services and the audit trail name a
     * person without the personnummer in clear (consent projections, audit records, event payloads).
     */
    public String personKey(se.bokvar.rules.identity.PersonalIdentityNumber person) {
        Objects.requireNonNull(person, "person must not be null");
        return hmac("person|" + person.canonical());
    }

    private static String street(String street) {
        String normalized = AddressNormalizer.normalize(Objects.requireNonNull(street, "street must not be null"));
        if (normalized.isEmpty()) {
            throw new IllegalArgumentException("street must not be blank");
        }
        return normalized;
    }

    private String hmac(String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Never reveals the secret. */
    @Override
    public String toString() {
        return "TenancyKeys[HmacSHA256]";
    }
}
