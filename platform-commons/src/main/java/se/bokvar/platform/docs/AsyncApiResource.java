package se.bokvar.platform.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Serves the platform's AsyncAPI document (every topic, event type and payload schema; generated from the
 * event-contracts module) at {@code /asyncapi.json}, next to the service's OpenAPI at {@code /q/openapi}. Public,
 * like the OpenAPI document; not part of the service's own API description.
 */
@Path("/asyncapi.json")
@PermitAll
public class AsyncApiResource {

    static final String RESOURCE = "se/bokvar/contracts/asyncapi.json";

    private static volatile byte[] document;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public byte[] asyncApi() {
        byte[] doc = document;
        if (doc == null) {
            try (InputStream in = AsyncApiResource.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the classpath");
                }
                doc = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            document = doc;
        }
        return doc;
    }
}
