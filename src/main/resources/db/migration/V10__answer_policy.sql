-- Who of a territory's members sees the others' answers (docs/confidentiality.md).
-- CONFIDENTIAL (the default): a correspondent sees their own collectivité's answers and the
-- territory's figures under the statistical secret; SHARED: members see each other's answers, as
-- the 2012 study's detail table did. Correspondents of another territory see nothing either way.
alter table territory add column answer_policy varchar(12) default 'CONFIDENTIAL' not null;
alter table territory add constraint ck_territory_answer_policy check (answer_policy in ('CONFIDENTIAL', 'SHARED'));
