package se.bokvar.intake.store;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The first answer to an {@code Idempotency-Key} of a landlord, kept to be replayed. Written once, never changed. */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {

    @Id
    @Column(name = "landlord_id")
    public String landlordId;

    @Id
    @Column(name = "idempotency_key")
    public String idempotencyKey;

    /** The fingerprint of the request that used the key first. */
    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    /** The HTTP status of the answer. */
    @Column(nullable = false)
    public int status;

    /** The answer's Location, if any. */
    @Column
    public String location;

    /** The answer's body (JSON). */
    @Column(nullable = false)
    public String response;

    /** The primary key: a key is scoped per landlord. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public String landlordId;
        public String idempotencyKey;

        public Key() {
        }

        public Key(String landlordId, String idempotencyKey) {
            this.landlordId = landlordId;
            this.idempotencyKey = idempotencyKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(landlordId, k.landlordId) && Objects.equals(idempotencyKey, k.idempotencyKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(landlordId, idempotencyKey);
        }
    }
}
