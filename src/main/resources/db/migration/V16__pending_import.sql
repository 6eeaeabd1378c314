-- An uploaded answers file between its preview and the analyst's confirmation: the confirmation
-- writes exactly the file that was previewed, on any instance (the rows are shared, unlike a
-- local temporary file). Rows are removed once confirmed, and after an hour in any case.
-- bytea: PostgreSQL's byte string, an alias of varbinary on H2.
create table pending_import (
    token        varchar(64)  not null,
    campaign_id  bigint       not null,
    username     varchar(255) not null,
    file_name    varchar(255) not null,
    content      bytea        not null,
    fingerprint  varchar(64)  not null,
    created_at   timestamp    not null,
    constraint pending_import_pk primary key (token)
);

create index pending_import_ix1 on pending_import (username, created_at);
