package se.bokvar.platform.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class OtherPeopleTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String MARIA = "198503152384";

    static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void aCoTenantIsFlaggedAsAWholeTheSubjectInAnyFormIsNot() throws Exception {
        JsonNode notice = json("""
                {"tenants": [{"personalIdentityNumber": "19850315-2384", "name": "Maria"},
                             {"personalIdentityNumber": "199001011234", "name": "Olle"},
                             {"personalIdentityNumber": "850315-2384", "name": "Maria again"}],
                 "contact": {"who/what": {"personalIdentityNumber": "7001011234"}}}""");
        assertThat(OtherPeople.flag(notice, MARIA)).extracting(ReviewFlag::path, ReviewFlag::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/tenants/1", ReviewFlag.OTHER_PERSON),
                        org.assertj.core.groups.Tuple.tuple("/contact/who~1what", ReviewFlag.OTHER_PERSON));
    }

    @Test
    void aRecordAboutTheSubjectAloneHasNoFlags() throws Exception {
        assertThat(OtherPeople.flag(json("{\"personalIdentityNumber\": \"198503152384\", \"x\": [1, {\"y\": null}]}"), MARIA))
                .isEmpty();
        assertThat(OtherPeople.flag(json("{\"personalIdentityNumber\": \"198503152385\"}"), MARIA))
                .extracting(ReviewFlag::path).containsExactly("");
        assertThat(OtherPeople.flag(json("[{\"personal_identity_number\": \"198503152384\"}, {\"personal_identity_number\": \"199001011234\"}]"), MARIA))
                .extracting(ReviewFlag::path).containsExactly("/1");
        assertThat(OtherPeople.isSubject(null, MARIA)).isFalse();
        assertThat(OtherPeople.isSubject("8503152384", MARIA)).isTrue();
        assertThat(OtherPeople.isSubject("8503", MARIA)).isFalse();
    }
}
