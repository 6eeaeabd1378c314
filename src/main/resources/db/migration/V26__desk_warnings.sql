-- Warnings before a breach: when a running resolution clock will have consumed the centre's
-- warning share of its target (null while paused, stopped or without target), and when its agents
-- were warned (cleared when the instant moves later: a new priority, a reopening).
alter table desk_ticket add column resolve_warn_at timestamp;
alter table desk_ticket add column warned_at timestamp;

create index desk_ticket_warn on desk_ticket (resolve_warn_at);
