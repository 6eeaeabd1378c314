-- An award is entered by one of the staff at a time: the version read must still be the stored one.
alter table procurement_offer add column version integer not null default 0;
