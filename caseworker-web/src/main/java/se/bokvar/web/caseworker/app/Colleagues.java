package se.bokvar.web.caseworker.app;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.bokvar.rules.directory.CaseworkerDirectory;
import se.bokvar.web.caseworker.app.alert.AlertSettings;

/**
 * The colleagues a case can be assigned to, for the form's suggestions: the caseworkers of a board's adult unit in
 * the caseworker directory the desk reads for its alert e-mails ({@code BOKVAR_CASEWORKER_DIRECTORY}, the same file
 * case-service checks an assignment against). Only the login and the name as the directory holds them; never an
 * e-mail address or a phone number. case-service still decides.
 */
@ApplicationScoped
public class Colleagues {

    /** One colleague: the login the form sends, and the name it shows. */
    public record Colleague(String login, String name) {
    }

    private final CaseworkerDirectory directory;

    @Inject
    public Colleagues(AlertSettings settings) {
        this("classpath".equals(settings.caseworkerDirectory()) ? CaseworkerDirectory.SAMPLE
                : settings.caseworkerDirectory());
    }

    /** Reads the directory at {@code location} ({@code classpath:/path} or a file); a bad file stops the desk. */
    Colleagues(String location) {
        this.directory = CaseworkerDirectory.load(location); // a bad line fails naming its number
    }

    /** The caseworkers of {@code board}'s adult unit but {@code me}, by name; none for no board. */
    public List<Colleague> ofAdultUnit(String board, String me) {
        if (board == null) {
            return List.of();
        }
        return directory.adultUnitOf(board).stream()
                .filter(e -> !Objects.equals(e.userId(), me))
                .map(e -> new Colleague(e.userId(), e.name()))
                .sorted(Comparator.comparing(Colleague::name).thenComparing(Colleague::login))
                .toList();
    }
}
