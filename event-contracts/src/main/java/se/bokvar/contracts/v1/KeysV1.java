package se.bokvar.contracts.v1;

/**
 * Keyed hashes (HMAC-SHA256, hex) that identify a building and a tenancy without personal data. The producer
 * computes them with the platform's shared tenancy-key secret; consumers compare them and never see the secret.
 *
 * @param buildingKey postal code + street; the Kafka partition key, so every event about one address keeps its order
 * @param tenancyKey  postal code + street + flat number (a fixed marker when the flat number is unknown)
 */
public record KeysV1(String buildingKey, String tenancyKey) {
}
