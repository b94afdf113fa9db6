package se.bokvar.consent.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

import se.bokvar.consent.app.PartyInput;
import se.bokvar.rules.consent.PartyKind;

/** A party that may be contacted or told. */
@Schema(name = "Party", description = "Who may be contacted or told. Identity is kind + id; the name is for people to read.")
public record PartyDto(
        @Schema(description = "LANDLORD, OTHER_ADMINISTRATION, BUDGET_DEBT_COUNSELLING, KRONOFOGDEN or NAMED_PARTY", example = "LANDLORD")
        @NotNull PartyKind kind,
        @Schema(description = "LANDLORD: its landlord_id; OTHER_ADMINISTRATION: elderly-care, disability-support,"
                + " addiction-care, psychiatry, school or other; BUDGET_DEBT_COUNSELLING and KRONOFOGDEN: may be left out;"
                + " NAMED_PARTY: an id of your choice", example = "hemma-bostader")
        @Size(max = 64) String id,
        @Schema(description = "Display name, printed on the consent form. Required for NAMED_PARTY and for"
                + " OTHER_ADMINISTRATION 'other'.", example = "Hemma Bostäder AB")
        @Size(max = 200) String name) {

    PartyInput toInput() {
        return new PartyInput(kind, id, name);
    }

    /** The parties as the app takes them; null stays null. */
    static List<PartyInput> inputs(List<PartyDto> parties) {
        return parties == null ? null : parties.stream().map(PartyDto::toInput).toList();
    }
}
