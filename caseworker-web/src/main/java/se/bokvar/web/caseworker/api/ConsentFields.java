package se.bokvar.web.caseworker.api;

import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import se.bokvar.web.caseworker.app.ConsentActions;

/** The Samtycke page's form fields (record and change share the scope and terms). */
public class ConsentFields {

    @RestForm
    public String person;
    @RestForm
    public String ground;
    @RestForm
    public List<String> parties;
    @RestForm
    public String landlordId;
    @RestForm
    public String namedId;
    @RestForm
    public String namedName;
    @RestForm
    public List<String> purposes;
    @RestForm
    public List<String> categories;
    @RestForm
    public String otherPurpose;
    @RestForm
    public String otherCategory;
    @RestForm
    public String form;
    @RestForm
    public String givenOn;
    @RestForm
    public String validUntil;
    @RestForm
    public String signedFormReference;
    @RestForm
    public String note;
    @RestForm
    public String basedOnVersion;
    @RestForm
    public String whole;
    @RestForm
    public String withdrawnOn;

    ConsentActions.ScopeForm scope() {
        return new ConsentActions.ScopeForm(parties, landlordId, namedId, namedName, purposes, categories, otherPurpose,
                otherCategory);
    }

    ConsentActions.TermsForm terms() {
        return new ConsentActions.TermsForm(form, givenOn, validUntil, signedFormReference, note);
    }
}
