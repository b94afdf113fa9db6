package se.bokvar.platform.extract;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One service's part of a person's register extract: every record the service holds that names the person, as
 * stored, with the parts that concern other people flagged for a secrecy review ({@link ReviewFlag}) rather than left
 * out. docs/register-extract.md is the contract.
 *
 * @param service                the service, e.g. {@code case-service}
 * @param generatedAt            when the service read its records
 * @param personalIdentityNumber the person, canonical (12 digits)
 * @param records                the records, oldest first
 * @param holds                  what kinds of record the service looked in, so an empty part says "nothing held"
 *                               rather than "not looked"
 */
@Schema(name = "RegisterExtract")
public record ServiceExtract(String service, Instant generatedAt, String personalIdentityNumber, List<ExtractRecord> records,
        List<String> holds) {

    public ServiceExtract {
        records = List.copyOf(records);
        holds = List.copyOf(holds);
    }
}
