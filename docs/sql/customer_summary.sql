-- Per-customer summary of a transaction log: frequency x (repeat purchase periods), recency t_x, age T, the mean
-- repeat value, and the activity after the calibration end (the holdout). The same rules as the library's
-- TransactionSummarizer:
--   * purchases of one customer in one grouping period (the same date, ISO week or calendar month) are one purchase,
--     dated by the earliest, with the summed amount; a period that straddles the calibration end is cut there;
--   * x counts the purchase periods after the first up to the calibration end; t_x runs from the first to the last
--     of them; T from the first to the calibration end; a customer whose first purchase is on or after the
--     calibration end is left out (T would not be positive);
--   * lengths in weeks are days / 7; in months, whole calendar months from the first purchase (a month added to
--     31 January is the last day of February) plus the remaining days over the length of the next such month;
--   * a purchase with an unknown (NULL) amount still counts in x and t_x, but makes the mean value of its side
--     unknown; a negative amount (a refund) is no purchase; purchases after the observation end are ignored.
--
-- Input: a table or view transactions(customer_id, purchase_date DATE, amount DECIMAL, NULL when unknown), dates
-- already local dates in the business's calendar.
-- Parameters: :observation_end (DATE), :calibration_end (DATE; the observation end itself for no holdout),
--             :period_unit and :purchase_grouping ('day', 'week' or 'month').
-- Output: one row per customer; repeat_amount and holdout_amount are the exact sums behind the two means (NULL
-- when unknown), so partial results can be re-divided without rounding.
WITH purchases AS (
  SELECT
    customer_id,
    purchase_date,
    amount,
    CASE WHEN purchase_date <= :calibration_end THEN 1 ELSE 0 END AS in_calibration,
    CASE :purchase_grouping
      WHEN 'day' THEN purchase_date - DATE '0001-01-01'
      -- 0001-01-01 was a Monday: whole weeks since then are ISO weeks.
      WHEN 'week' THEN FLOOR((purchase_date - DATE '0001-01-01') / 7)
      ELSE EXTRACT(YEAR FROM purchase_date) * 12 + EXTRACT(MONTH FROM purchase_date)
    END AS grouping_period
  FROM transactions
  WHERE customer_id IS NOT NULL
    AND purchase_date IS NOT NULL
    AND purchase_date <= :observation_end
    AND (amount IS NULL OR amount >= 0)
),
periods AS (
  SELECT
    customer_id,
    in_calibration,
    MIN(purchase_date) AS period_date,
    SUM(amount) AS amount,
    COUNT(*) - COUNT(amount) AS unknown_amounts
  FROM purchases
  GROUP BY customer_id, in_calibration, grouping_period
),
dated AS (
  SELECT
    customer_id,
    in_calibration,
    period_date,
    amount,
    unknown_amounts,
    MIN(period_date) OVER (PARTITION BY customer_id) AS first_date
  FROM periods
),
customers AS (
  SELECT
    customer_id,
    first_date,
    CAST(SUM(in_calibration) - 1 AS BIGINT) AS frequency,
    MAX(CASE WHEN in_calibration = 1 THEN period_date END) AS last_date,
    SUM(CASE WHEN in_calibration = 1 AND period_date > first_date THEN amount END) AS repeat_amount,
    SUM(CASE WHEN in_calibration = 1 AND period_date > first_date THEN unknown_amounts ELSE 0 END) AS repeat_unknown,
    CAST(SUM(1 - in_calibration) AS BIGINT) AS holdout_frequency,
    SUM(CASE WHEN in_calibration = 0 THEN amount END) AS holdout_amount,
    SUM(CASE WHEN in_calibration = 0 THEN unknown_amounts ELSE 0 END) AS holdout_unknown
  FROM dated
  GROUP BY customer_id, first_date
  HAVING first_date < :calibration_end
),
spans AS (
  SELECT customer_id, 'recency' AS span, first_date AS from_date, last_date AS to_date FROM customers
  UNION ALL
  SELECT customer_id, 'age' AS span, first_date AS from_date, :calibration_end AS to_date FROM customers
),
month_steps AS (
  SELECT
    customer_id,
    span,
    from_date,
    to_date,
    CAST((EXTRACT(YEAR FROM to_date) - EXTRACT(YEAR FROM from_date)) * 12
      + EXTRACT(MONTH FROM to_date) - EXTRACT(MONTH FROM from_date) AS INTEGER) AS month_difference
  FROM spans
),
whole_months AS (
  SELECT
    customer_id,
    span,
    from_date,
    to_date,
    CASE
      WHEN CAST(from_date + month_difference * INTERVAL '1' MONTH AS DATE) > to_date THEN month_difference - 1
      ELSE month_difference
    END AS months
  FROM month_steps
),
lengths AS (
  SELECT
    customer_id,
    span,
    CASE :period_unit
      WHEN 'day' THEN CAST(to_date - from_date AS DOUBLE PRECISION)
      WHEN 'week' THEN CAST(to_date - from_date AS DOUBLE PRECISION) / 7
      ELSE months
        + CAST(to_date - CAST(from_date + months * INTERVAL '1' MONTH AS DATE) AS DOUBLE PRECISION)
        / (CAST(from_date + (months + 1) * INTERVAL '1' MONTH AS DATE) - CAST(from_date + months * INTERVAL '1' MONTH AS DATE))
    END AS length
  FROM whole_months
)
SELECT
  c.customer_id,
  c.frequency,
  LEAST(r.length, a.length) AS recency,
  a.length AS age,
  CASE WHEN c.frequency > 0 AND c.repeat_unknown = 0 THEN c.repeat_amount / c.frequency END AS monetary_value,
  c.holdout_frequency,
  CASE WHEN c.holdout_frequency > 0 AND c.holdout_unknown = 0 THEN c.holdout_amount / c.holdout_frequency END AS holdout_monetary_value,
  CASE WHEN c.repeat_unknown = 0 THEN COALESCE(c.repeat_amount, 0) END AS repeat_amount,
  CASE WHEN c.holdout_unknown = 0 THEN COALESCE(c.holdout_amount, 0) END AS holdout_amount
FROM customers AS c
JOIN lengths AS r ON r.customer_id = c.customer_id AND r.span = 'recency'
JOIN lengths AS a ON a.customer_id = c.customer_id AND a.span = 'age'
ORDER BY c.customer_id
