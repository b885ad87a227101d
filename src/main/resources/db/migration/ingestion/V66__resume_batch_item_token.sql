-- A reviewed file finds its batch item by the token its staged file is kept under.
create index resume_batch_item_token_idx on resume_batch_item (staged_token);
