package se.bokvar.cases.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A case as its caseworker sees it. */
@Schema(name = "Case")
public record CaseView(UUID id, String board, String unit, String status, OffsetDateTime openedAt, String assignedTo,
        Address address, String childrenKnown, List<Person> household, List<Notice> notices, Deadlines deadlines) {

    public record Address(String street, String postalCode, String city, String flatNumber) {
    }

    /** A member of the household; the personnummer is shown to the case's own caseworkers only. */
    public record Person(String personalIdentityNumber, boolean coordinationNumber, String name, String role) {
    }

    public record Notice(UUID id, String kind, String source, String senderId, String senderReference,
            OffsetDateTime receivedAt, LocalDate servedOn, BigDecimal monthlyRent, BigDecimal debtAmount,
            Integer monthsInArrears) {
    }

    /** The legal deadlines. */
    public record Deadlines(RecoveryPeriod recoveryPeriod) {
    }

    /**
     * Återvinningsfrist (JB 12:44 / BRL 7:23).
     *
     * @param countedFrom the later of the date served and social services' receipt
     * @param nominalEnd  three weeks later, before lag (1930:173) moves it
     * @param lastDay     the last day to pay or commit in writing
     * @param provisional true while the served date is unknown (counted from the receipt: the earliest possible end)
     * @param actBy       the caseworker's act-by date: the earliest last day ever computed for this case
     */
    public record RecoveryPeriod(LocalDate countedFrom, LocalDate nominalEnd, LocalDate lastDay, boolean provisional,
            LocalDate actBy) {
    }
}
