-- consent-service: the register extract (docs/register-extract.md) finds every consent of one person, on any case.
create index consent_person_key on consent (person_key);
create index consent_personal_identity_number on consent (personal_identity_number);
