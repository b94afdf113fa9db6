package se.bokvar.rules.consent;

import java.util.List;
import java.util.Objects;

/**
 * What the person withdraws: everything ({@code whole}), or some parties, purposes and categories. A partial
 * withdrawal removes each named item from the consent; the rest still holds (handbook 5.4: "återkalla sitt
 * samtycke, hela eller delar av").
 */
public record Withdrawal(boolean whole, List<Party> parties, List<Purpose> purposes, List<Category> categories) {

    public Withdrawal {
        parties = List.copyOf(Objects.requireNonNull(parties, "parties must not be null"));
        purposes = List.copyOf(Objects.requireNonNull(purposes, "purposes must not be null"));
        categories = List.copyOf(Objects.requireNonNull(categories, "categories must not be null"));
    }

    /** The whole consent. */
    public static Withdrawal wholly() {
        return new Withdrawal(true, List.of(), List.of(), List.of());
    }

    /** One party: nothing more may be told to or asked of it. */
    public static Withdrawal party(Party party) {
        return new Withdrawal(false, List.of(party), List.of(), List.of());
    }

    /** One purpose, towards every party. */
    public static Withdrawal purpose(Purpose purpose) {
        return new Withdrawal(false, List.of(), List.of(purpose), List.of());
    }

    /** One category of information, towards every party. */
    public static Withdrawal category(Category category) {
        return new Withdrawal(false, List.of(), List.of(), List.of(category));
    }

    boolean namesNothing() {
        return parties.isEmpty() && purposes.isEmpty() && categories.isEmpty();
    }
}
