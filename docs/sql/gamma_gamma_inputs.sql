-- The inputs of a Gamma-Gamma spend fit: repeat buyers (x > 0) with a positive mean repeat value, as weighted
-- unique (x, mean value) rows. Repeat buyers without one (unknown or zero) are what the library lists as excluded
-- (monetary_value.not_positive); they are counted here in excluded_repeat_buyers, on every row.
--
-- Input: customer_summary, the result of customer_summary.sql (a table or view).
-- Output: frequency, monetary_value, weight, excluded_repeat_buyers; ordered by frequency, monetary_value.
WITH excluded AS (
  SELECT COUNT(*) AS excluded_repeat_buyers
  FROM customer_summary
  WHERE frequency > 0 AND (monetary_value IS NULL OR monetary_value <= 0)
)
SELECT
  s.frequency,
  s.monetary_value,
  COUNT(*) AS weight,
  MAX(e.excluded_repeat_buyers) AS excluded_repeat_buyers
FROM customer_summary AS s
CROSS JOIN excluded AS e
WHERE s.frequency > 0 AND s.monetary_value > 0
GROUP BY s.frequency, s.monetary_value
ORDER BY s.frequency, s.monetary_value
