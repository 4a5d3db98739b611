-- Every change of one of our asks is kept with the rule that made it (the reason column says only
-- which kind of change it was), so an operator can tell why a price moved.
ALTER TABLE {{sales.pricing_history}} ADD COLUMN rule_detail VARCHAR(500);;
