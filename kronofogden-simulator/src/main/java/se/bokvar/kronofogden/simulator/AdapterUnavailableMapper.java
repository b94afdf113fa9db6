package se.bokvar.kronofogden.simulator;

import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** When the adapter or Keycloak cannot be reached: 502 saying which. */
public class AdapterUnavailableMapper {

    @ServerExceptionMapper
    public Response unavailable(AdapterClient.Unavailable e) {
        return Response.status(502).entity(Map.of("title", "Could not reach the adapter", "detail", e.getMessage())).build();
    }
}
