package se.bokvar.cases.store;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A person of the household (a tenant, a co-tenant). */
@Entity
@Table(name = "case_person")
@IdClass(CasePerson.Key.class)
public class CasePerson {

    /** The person's part in the tenancy; stored lower-case (tenant). */
    public enum Role {
        TENANT;

        @Converter
        public static class Column extends LowerCaseColumn<Role> {
            public Column() {
                super(Role.class);
            }
        }
    }

    /** Where the platform learned of the person; stored lower-case (notice). */
    public enum Source {
        NOTICE;

        @Converter
        public static class Column extends LowerCaseColumn<Source> {
            public Column() {
                super(Source.class);
            }
        }
    }

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    /** Personnummer or samordningsnummer, canonical 12 digits. */
    @Id
    @Column(name = "personal_identity_number")
    public String personalIdentityNumber;

    @Column(name = "coordination_number", nullable = false)
    public boolean coordinationNumber;

    @Column(nullable = false)
    public String name;

    @Convert(converter = Role.Column.class)
    @Column(nullable = false)
    public Role role;

    /** Keyed hash of the personnummer ({@code TenancyKeys.personKey}): how events and audit records name the person. */
    @Column(name = "person_key")
    public String personKey;

    @Convert(converter = Source.Column.class)
    @Column(nullable = false)
    public Source source = Source.NOTICE;

    /** The composite key. */
    public static class Key implements Serializable {
        public UUID caseId;
        public String personalIdentityNumber;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(caseId, k.caseId)
                    && Objects.equals(personalIdentityNumber, k.personalIdentityNumber);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caseId, personalIdentityNumber);
        }
    }
}
