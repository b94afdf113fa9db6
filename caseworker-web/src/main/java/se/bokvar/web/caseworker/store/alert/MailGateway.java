package se.bokvar.web.caseworker.store.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;

/** Sends e-mail over SMTP (quarkus-mailer; {@code BOKVAR_SMTP_*}). */
@ApplicationScoped
public class MailGateway {

    /** One message: plain text with an optional HTML alternative and a fixed Message-ID. */
    public record OutgoingMail(String to, String subject, String text, String html, String messageId) {
    }

    private final ReactiveMailer mailer;

    @Inject
    public MailGateway(ReactiveMailer mailer) {
        this.mailer = mailer;
    }

    /** Completes when the mail server accepted the message; fails otherwise. */
    public Uni<Void> send(OutgoingMail mail) {
        Mail m = Mail.withText(mail.to(), mail.subject(), mail.text()).addHeader("Message-ID", mail.messageId())
                .addHeader("Auto-Submitted", "auto-generated");
        if (mail.html() != null) {
            m.setHtml(mail.html());
        }
        return mailer.send(m);
    }
}
