package se.bokvar.cases.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import se.bokvar.rules.routing.PostalCode;
import se.bokvar.rules.routing.RoutingTable;

/**
 * Which social-services board covers a postal code, from the routing table kept as data
 * ({@code BOKVAR_ROUTING_TABLE}, a CSV file; by default the bundled Göteborg SAMPLE table).
 */
@ApplicationScoped
public class Routing {

    private static final Logger LOG = Logger.getLogger(Routing.class);

    private final RoutingTable table;

    @Inject
    public Routing(@ConfigProperty(name = "bokvar.routing.table") String location) {
        if ("classpath".equals(location)) {
            this.table = RoutingTable.goteborgSample();
            LOG.warn("Routing with the bundled SAMPLE table for Göteborg (not the real district boundaries);"
                    + " set BOKVAR_ROUTING_TABLE to the municipality's table before production");
        } else {
            try (Reader reader = Files.newBufferedReader(Path.of(location), StandardCharsets.UTF_8)) {
                this.table = RoutingTable.fromCsv(reader);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the routing table " + location, e);
            }
        }
    }

    /** The board covering the postal code, or empty: the case goes to the unrouted queue. */
    public Optional<String> boardFor(String postalCode) {
        return PostalCode.isValid(postalCode) ? table.boardFor(PostalCode.parse(postalCode)) : Optional.empty();
    }

    public RoutingTable table() {
        return table;
    }
}
