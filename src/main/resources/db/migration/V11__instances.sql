-- Several instances on one database: shared sessions, scheduled work run once, start-up locks.
-- Portable SQL (H2 2.x and PostgreSQL 15). Spring Session's own schema initialisation is off
-- (spring.session.jdbc.initialize-schema=never): these tables are made here, like every other.

-- Spring Session JDBC: one row per HTTP session, found by its id (the SESSION cookie) or by the
-- name of the person signed in (principal_name), so that disabling an account or changing a
-- password ends that person's sessions on every instance.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

-- The session's attributes, serialised (security context, CSRF token, flash messages).
-- bytea: PostgreSQL's byte string, an alias of varbinary on H2.
create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- ShedLock: a scheduled job runs on the instance that holds its row's lock until lock_until.
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null,
    constraint shedlock_pk primary key (name)
);

-- Locks held for a transaction (select … for update), for start-up work that must not run twice
-- at once and that the other instances must wait for rather than skip (InstanceLocks).
create table instance_lock (
    name varchar(64) not null,
    constraint instance_lock_pk primary key (name)
);

insert into instance_lock (name) values ('demo-loader');
insert into instance_lock (name) values ('threshold-seeding');
insert into instance_lock (name) values ('first-administrator');
