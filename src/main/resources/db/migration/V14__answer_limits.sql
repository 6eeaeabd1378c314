-- A text question's own length limit, tighter than the questionnaire's default (1,000
-- characters, the size of answer.text_value); null: the default. Portable SQL (H2 2.x, PostgreSQL).
alter table questionnaire_question add column max_length integer;
