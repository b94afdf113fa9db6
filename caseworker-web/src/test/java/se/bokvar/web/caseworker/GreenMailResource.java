package se.bokvar.web.caseworker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import se.bokvar.local.process.Ports;

/**
 * A real SMTP server (GreenMail) on a free loopback port for the desk's alert e-mails. A test reaches it through a
 * field marked {@link InjectSmtp}.
 */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    /** One received mail, decoded. */
    public record Received(String to, String messageId, String subject, String text, String html, String raw) {
    }

    private final List<Received> archived = new ArrayList<>();
    private GreenMail server;
    private int port;

    @Override
    public Map<String, String> start() {
        port = Ports.freePort();
        startServer();
        return Map.of("BOKVAR_SMTP_HOST", "127.0.0.1", "BOKVAR_SMTP_PORT", Integer.toString(port),
                "BOKVAR_SMTP_STARTTLS", "DISABLED", "BOKVAR_MAIL_FROM", "bokvar-test@desk.test.invalid");
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(this, new TestInjector.AnnotatedAndMatchesType(InjectSmtp.class, GreenMailResource.class));
    }

    @Override
    public synchronized void stop() {
        stopSmtp();
    }

    /** Every mail received so far (also before a restart). */
    public synchronized List<Received> all() {
        List<Received> all = new ArrayList<>(archived);
        all.addAll(current());
        return all;
    }

    /** The mail server goes down (connections refused) until {@link #startSmtp()}. */
    public synchronized void stopSmtp() {
        if (server != null) {
            archived.addAll(current());
            server.stop();
            server = null;
        }
    }

    public void startSmtp() {
        startServer();
    }

    private synchronized void startServer() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            server.start();
        }
    }

    private List<Received> current() {
        List<Received> out = new ArrayList<>();
        if (server == null) {
            return out;
        }
        for (MimeMessage m : server.getReceivedMessages()) {
            try {
                java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
                m.writeTo(raw);
                String to = m.getRecipients(Message.RecipientType.TO)[0].toString();
                out.add(new Received(to, m.getMessageID(), m.getSubject(), part(m, "text/plain"), part(m, "text/html"),
                        raw.toString(java.nio.charset.StandardCharsets.UTF_8)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    private static String part(Part p, String type) throws Exception {
        if (p.isMimeType(type)) {
            return p.getContent().toString();
        }
        if (p.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                String found = part(mp.getBodyPart(i), type);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }
}
