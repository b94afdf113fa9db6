package se.bokvar.local.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import se.bokvar.local.process.Ports;

class LocalMailTest {

    @Test
    void aMailSentToTheLocalServerIsShownOnThePage() throws Exception {
        int smtp = Ports.freePort();
        int page = Ports.freePort();
        try (LocalMail mail = LocalMail.start(smtp, page)) {
            GreenMailUtil.sendTextEmail("kim@work.invalid", "bokvar@work.invalid", "Frist närmar sig: avhysning",
                    "Länk: <https://desk.invalid/arenden/1>", new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            assertThat(mail.received()).singleElement().satisfies(m -> {
                assertThat(m.to()).isEqualTo("kim@work.invalid");
                assertThat(m.subject()).isEqualTo("Frist närmar sig: avhysning");
            });
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + page + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("Lokal e-post (1)").contains("Frist närmar sig: avhysning")
                    .contains("Länk: &lt;https://desk.invalid/arenden/1&gt;").doesNotContain("<https://");
            assertThat(r.headers().firstValue("Content-Security-Policy")).contains("default-src 'none'");
        }
    }
}
