-- Links from tickets to the knowledge base's articles: an agent points a ticket to the article
-- that answers it (the requester reads it if the article is visible to correspondents).
create table desk_ticket_article (
    ticket_id      bigint       not null references desk_ticket (id) on delete cascade,
    article_id     bigint       not null references kb_article (id) on delete cascade,
    linked_by_name varchar(200) not null,
    linked_at      timestamp    not null,
    primary key (ticket_id, article_id)
);

create index desk_ticket_article_article on desk_ticket_article (article_id, ticket_id);
