-- Questionnaire versions written by an administrator, on top of the built-in catalogue of the
-- classpath (census/questionnaires.csv): a draft is edited freely, then published and frozen, so
-- that a published version never changes under the answers already given. Stored versions are
-- numbered above the theme's highest built-in version. Portable SQL (H2 2.x and PostgreSQL 15).
create table questionnaire_version (
    theme        varchar(40)  not null,
    version      integer      not null,
    title_fr     varchar(200) not null,
    title_en     varchar(200) not null,
    created_by   varchar(100) not null,
    created_at   timestamp    not null,
    published_at timestamp,
    primary key (theme, version)
);

create table questionnaire_question (
    theme          varchar(40)   not null,
    version        integer       not null,
    position       integer       not null,
    code           varchar(100)  not null,
    indicator_code varchar(100)  not null,
    label_fr       varchar(500)  not null,
    label_en       varchar(500)  not null,
    help_fr        varchar(2000) not null,
    required       boolean       not null,
    allows_nc      boolean       not null,
    min            numeric(20, 6),
    max            numeric(20, 6),
    primary key (theme, version, code),
    constraint fk_questionnaire_question_version foreign key (theme, version)
        references questionnaire_version (theme, version)
);
