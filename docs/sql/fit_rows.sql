-- The weighted rows in the layout the lifecycle tool's "clv fit" and "clv predict" read, with a row key in
-- customer_id so that the predictions join back exactly (a key, unlike a floating-point recency, survives any CSV
-- round trip).
--
-- Input: weighted_rows, the result of weighted_rows.sql (a table or view).
-- Output: customer_id (the row key), frequency, recency, T, weight, monetary_value.
SELECT
  ROW_NUMBER() OVER (ORDER BY frequency, recency, age) AS customer_id,
  frequency,
  recency,
  age AS "T",
  weight,
  monetary_value
FROM weighted_rows
ORDER BY frequency, recency, age
