package se.bokvar.consent.app;

import java.time.LocalDate;
import java.util.List;

import se.bokvar.rules.consent.Category;
import se.bokvar.rules.consent.ConsentForm;
import se.bokvar.rules.consent.Purpose;

/**
 * A withdrawal: everything ({@code whole}), or the parties, purposes and categories named ({@link WithdrawConsent}).
 *
 * @param basedOnVersion the version the withdrawal was prepared from, or null
 */
public record ConsentWithdrawal(boolean whole, List<PartyInput> parties, List<Purpose> purposes,
        List<Category> categories, LocalDate withdrawnOn, ConsentForm form, String note, Integer basedOnVersion) {

    public ConsentWithdrawal {
        parties = parties == null ? List.of() : parties;
        purposes = purposes == null ? List.of() : purposes;
        categories = categories == null ? List.of() : categories;
    }
}
