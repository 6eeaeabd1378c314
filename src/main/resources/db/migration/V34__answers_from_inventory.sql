-- Census from inventory (issue 15): an answer a campaign took from the inventory keeps what the
-- inventory counted, when (the snapshot at the census date) and from how many devices. The answer
-- itself stays in `answer`: while it equals `inventoried_value` it is « inventorié »; a
-- correspondent who corrects it makes it « déclaré », and says why (answer_history.reason).
create table answer_source (
    response_id bigint not null references response (id) on delete cascade,
    question_code varchar(60) not null,
    inventoried_value numeric(19, 4) not null,
    snapshot_at timestamp not null,
    devices integer not null,
    primary key (response_id, question_code)
);

-- Why an answer changed: a correction of an inventoried value, or the inventory taken.
alter table answer_history add column reason varchar(1000);
