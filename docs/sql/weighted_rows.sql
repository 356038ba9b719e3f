-- The weighted unique (x, t_x, T) rows a model fit needs: a few thousand rows for millions of customers. The same
-- merge as the library's CustomerSummaries.Compress: identical (frequency, recency, age) rows become one row whose
-- weight is the number of customers, with the mean of their mean repeat values (NULL if any of them is unknown).
--
-- Input: customer_summary, the result of customer_summary.sql (a table or view).
-- Output: frequency, recency, age, weight, monetary_value; ordered by frequency, recency, age.
SELECT
  frequency,
  recency,
  age,
  COUNT(*) AS weight,
  CASE WHEN COUNT(monetary_value) = COUNT(*) THEN AVG(monetary_value) END AS monetary_value
FROM customer_summary
GROUP BY frequency, recency, age
ORDER BY frequency, recency, age
