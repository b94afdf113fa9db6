package se.bokvar.local.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.bokvar.rules.identity.PersonalIdentityNumber;

/**
 * Finds personal identity numbers in captured logs: every run of 10 or 12 digits, with or without {@code -}/{@code +},
 * that is a valid personnummer or samordningsnummer (date and check digit). The findings are reported masked.
 */
public final class PersonalDataScan {

    static final Pattern CANDIDATE = Pattern.compile("(?<![0-9])(?:[0-9]{2})?[0-9]{6}[-+]?[0-9]{4}(?![0-9])");

    private PersonalDataScan() {
    }

    /** The valid personal identity numbers in {@code text}, masked, in order of appearance. */
    public static List<String> find(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(text);
        Clock clock = Clock.systemUTC();
        while (m.find()) {
            if (PersonalIdentityNumber.isValid(m.group(), clock)) {
                found.add(PersonalIdentityNumber.parse(m.group(), clock).masked());
            }
        }
        return found;
    }

    /** Findings in every existing file, as {@code file: masked number}. */
    public static List<String> scan(List<Path> files) throws IOException {
        List<String> findings = new ArrayList<>();
        for (Path file : files) {
            if (Files.isRegularFile(file)) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                find(text).forEach(n -> findings.add(file.getFileName() + ": " + n));
            }
        }
        return findings;
    }
}
