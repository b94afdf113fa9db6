package se.bokvar.consent.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.bokvar.consent.app.AppFixtures.TODAY;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.bokvar.consent.store.CaseAccessRow;
import se.bokvar.consent.store.ConsentRow;
import se.bokvar.consent.store.ConsentVersionRow;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.rules.consent.ChangeKind;
import se.bokvar.rules.consent.LegalGround;

class RenderConsentFormTest {

    private static LoadedConsent loaded(LegalGround ground, ChangeKind latest) {
        ConsentRow consent = new ConsentRow();
        consent.id = UUID.randomUUID();
        consent.caseId = UUID.randomUUID();
        consent.personKey = "pk";
        consent.legalGround = ground;
        consent.createdAt = OffsetDateTime.of(2026, 11, 20, 10, 0, 0, 0, java.time.ZoneOffset.ofHours(1));
        ConsentVersionRow first = AppFixtures.written(TODAY.minusDays(2));
        ConsentVersionRow second = AppFixtures.written(TODAY);
        second.version = 2;
        second.change = latest;
        return new LoadedConsent(consent, new CaseAccessRow(), List.of(first, second));
    }

    private static int status(ProblemException e) {
        return e.problem().status();
    }

    @Test
    void theCurrentVersionUnlessOneIsNamed() {
        assertThat(RenderConsentForm.printable(loaded(LegalGround.CONSENT, ChangeKind.CHANGED), null).version).isEqualTo(2);
        assertThat(RenderConsentForm.printable(loaded(LegalGround.CONSENT, ChangeKind.WITHDRAWN), 1).version).isEqualTo(1);
    }

    @Test
    void noSuchVersionIsNotFound() {
        assertThatThrownBy(() -> RenderConsentForm.printable(loaded(LegalGround.CONSENT, ChangeKind.CHANGED), 3))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(status(e)).isEqualTo(404));
    }

    @Test
    void nothingToSignForAnotherGroundOrAWholeWithdrawal() {
        assertThatThrownBy(() -> RenderConsentForm.printable(loaded(LegalGround.OSL_26_9C, ChangeKind.CHANGED), null))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(status(e)).isEqualTo(409));
        assertThatThrownBy(() -> RenderConsentForm.printable(loaded(LegalGround.CONSENT, ChangeKind.WITHDRAWN), null))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(status(e)).isEqualTo(409));
    }
}
