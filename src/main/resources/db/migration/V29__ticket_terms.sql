-- The tickets' search index, built like the knowledge base's (kb_term): the terms the Java
-- analyser (servicedesk.domain.kb.FrenchAnalyzer) gives for the title and description, the public
-- follow-ups (public_text) and the private notes (not public: a requester's search never matches
-- them). A search for words is "id in (select ticket_id … where term = ?)" per word: an index
-- lookup, where a LIKE on the titles and follow-ups read every open ticket of the centre.
create table desk_ticket_term (
    ticket_id   bigint      not null references desk_ticket (id) on delete cascade,
    term        varchar(40) not null,
    public_text boolean     not null,
    primary key (ticket_id, term, public_text)
);

create index desk_ticket_term_term on desk_ticket_term (term, public_text, ticket_id);

-- Tickets written before this index (or by hand): TicketTerms indexes them in the background.
alter table desk_ticket add column terms_indexed boolean default false not null;

create index desk_ticket_unindexed on desk_ticket (terms_indexed, id);
