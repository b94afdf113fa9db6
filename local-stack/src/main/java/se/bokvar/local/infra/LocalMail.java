package se.bokvar.local.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * The local stack's mail server: GreenMail (a real SMTP server in Java) in the launcher's JVM on the loopback
 * address, accepting every message without a login, and a read-only page that lists what it received (newest first,
 * as plain text), so a person can read the desk's alert e-mails. Only for development: nothing leaves the machine.
 */
public final class LocalMail implements AutoCloseable {

    static {
        // GreenMail logs every recipient address at INFO; the launcher's console stays free of addresses.
        System.setProperty("org.slf4j.simpleLogger.log.com.icegreen", "warn");
    }

    /** One received message, decoded. */
    public record Received(String to, String subject, String date, String messageId, String text) {
    }

    private final GreenMail smtp;
    private final HttpServer page;
    private final int smtpPort;

    private LocalMail(GreenMail smtp, HttpServer page, int smtpPort) {
        this.smtp = smtp;
        this.page = page;
        this.smtpPort = smtpPort;
    }

    /** What the desk reads to send here: no login, no TLS. */
    public java.util.Map<String, String> environment() {
        return java.util.Map.of("BOKVAR_SMTP_HOST", "127.0.0.1", "BOKVAR_SMTP_PORT", Integer.toString(smtpPort),
                "BOKVAR_SMTP_STARTTLS", "DISABLED", "BOKVAR_MAIL_FROM", "bokvar@localhost");
    }

    /** Starts SMTP on {@code smtpPort} and the read-only page on {@code pagePort}, both on 127.0.0.1. */
    public static LocalMail start(int smtpPort, int pagePort) throws IOException {
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        HttpServer page;
        try {
            page = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), pagePort), 0);
        } catch (IOException e) {
            smtp.stop();
            throw e;
        }
        LocalMail mail = new LocalMail(smtp, page, smtpPort);
        page.createContext("/", mail::serve);
        page.start();
        return mail;
    }

    /** Everything received so far, newest first. */
    public List<Received> received() {
        List<Received> out = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                Object[] to = m.getRecipients(Message.RecipientType.TO);
                out.add(new Received(to == null || to.length == 0 ? "" : to[0].toString(), m.getSubject(),
                        m.getHeader("Date", ", "), m.getMessageID(), text(m)));
            } catch (Exception e) {
                out.add(new Received("", "(could not be read: " + e.getClass().getSimpleName() + ")", "", "", ""));
            }
        }
        Collections.reverse(out);
        return out;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) || !"/".equals(exchange.getRequestURI().getPath())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = html(received()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static String html(List<Received> mails) {
        StringBuilder s = new StringBuilder("<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\">"
                + "<title>bokvar: lokal e-post</title></head><body><h1>Lokal e-post (" + mails.size() + ")</h1>"
                + "<p>Den lokala stackens SMTP-server tar emot allt och skickar inget vidare. Nyaste först.</p>");
        for (Received m : mails) {
            s.append("<article><h2>").append(escape(m.subject())).append("</h2><p>Till: ").append(escape(m.to()))
                    .append("<br>Datum: ").append(escape(m.date())).append("<br>Message-ID: ").append(escape(m.messageId()))
                    .append("</p><pre>").append(escape(m.text())).append("</pre></article><hr>");
        }
        return s.append("</body></html>").toString();
    }

    private static String text(Part p) throws Exception {
        if (p.isMimeType("text/plain")) {
            return p.getContent().toString();
        }
        if (p.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                String found = text(mp.getBodyPart(i));
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() {
        page.stop(0);
        smtp.stop();
    }
}
