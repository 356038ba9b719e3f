-- Funnel counts of one period (AARRR in one after-sales network's order): customers who visited (acquisition),
-- whose earliest first-visit survey response is a promoter score (activation), who visited twice or more
-- (retention), who bought value-added services (revenue) and who referred someone (referral). A customer counts at
-- a stage only after reaching every stage before it, so the counts never increase down the stages, and counts of
-- disjoint sets of customers add up. The library's FunnelTally.FromEvents computes the same from events.
--
-- Input: service_visits(customer_id, started_at TIMESTAMP); survey_responses(customer_id, responded_at TIMESTAMP or
-- NULL, score INTEGER, is_first_visit BOOLEAN); value_added_buyers(customer_id); referrers(customer_id) - the last two
-- already limited to the period.
-- Parameters: :period_start (inclusive), :period_end (exclusive), :population (owners in the area, visitors or not).
-- Ties: of two first-visit responses at the same time the lower score is taken (the library keeps the first it reads).
-- Output: population, acquisition, activation, retention, revenue, referral.
WITH visitors AS (
  SELECT customer_id, COUNT(*) AS visits
  FROM service_visits
  WHERE started_at >= :period_start AND started_at < :period_end
  GROUP BY customer_id
),
first_responses AS (
  SELECT
    customer_id,
    score,
    ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY responded_at NULLS FIRST, score) AS response_order
  FROM survey_responses
  WHERE is_first_visit AND customer_id IS NOT NULL
),
journeys AS (
  SELECT
    CASE WHEN f.score >= 9 THEN 1 ELSE 0 END AS activated,
    CASE WHEN v.visits >= 2 THEN 1 ELSE 0 END AS retained,
    CASE WHEN EXISTS (SELECT 1 FROM value_added_buyers AS b WHERE b.customer_id = v.customer_id) THEN 1 ELSE 0 END AS bought,
    CASE WHEN EXISTS (SELECT 1 FROM referrers AS r WHERE r.customer_id = v.customer_id) THEN 1 ELSE 0 END AS referred
  FROM visitors AS v
  LEFT JOIN first_responses AS f ON f.customer_id = v.customer_id AND f.response_order = 1
)
SELECT
  CAST(:population AS BIGINT) AS population,
  COUNT(*) AS acquisition,
  CAST(COALESCE(SUM(activated), 0) AS BIGINT) AS activation,
  CAST(COALESCE(SUM(activated * retained), 0) AS BIGINT) AS retention,
  CAST(COALESCE(SUM(activated * retained * bought), 0) AS BIGINT) AS revenue,
  CAST(COALESCE(SUM(activated * retained * bought * referred), 0) AS BIGINT) AS referral
FROM journeys
