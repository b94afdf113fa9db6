package se.bokvar.web.caseworker.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.vertx.core.http.HttpServerResponse;

/**
 * A document another service rendered (consent-service's printable consent form, the tenant letter as dispatched),
 * shown as it is. Both carry their own inline {@code <style>} for printing, which the desk's policy forbids; so this
 * one answer replaces the desk's Content-Security-Policy with a sandbox: the document runs in an opaque origin (no
 * cookies, no same-origin access), no script of any kind may run ({@code default-src 'none'} and no
 * {@code allow-scripts}), nothing is loaded from anywhere, no form can be sent and nothing may frame it; only its own
 * inline styles apply. The other security headers stay as the desk sets them.
 */
final class SandboxedDocument {

    static final String POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
            + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private SandboxedDocument() {
    }

    /**
     * The document with the sandbox policy in place of the desk's ({@code http}: this answer, whose headers the desk's
     * filter has set already; a second policy header would be enforced as well and block the document's styles).
     */
    static Response of(HttpServerResponse http, String html) {
        http.headers().set("Content-Security-Policy", POLICY);
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store").build();
    }
}
