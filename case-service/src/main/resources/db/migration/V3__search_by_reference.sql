-- Search by a landlord's reference (issue 15): the caseworker is asked about a letter that names it.
create index case_notice_sender_reference on case_notice (sender_reference) where sender_reference is not null;
