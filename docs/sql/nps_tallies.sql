-- NPS tallies by segment and calendar period: counts of promoters (9-10), passives (7-8), detractors (0-6) and
-- perfect 10s. Tallies merge by adding their counts, so partial results from partitions add up to the whole; the
-- library's NpsTally.FromCounts takes a row back. Periods start on the response's date (day), the Monday of its
-- week, the first day of its month, quarter or year; a response without a date is tallied in a row with a NULL
-- period_start. Periods without responses have no row (the library's trend fills them in as empty).
--
-- Input: survey_responses(segment, responded_on DATE, score INTEGER 0-10); other scores and NULL scores are ignored.
-- Parameter: :nps_period ('day', 'week', 'month', 'quarter' or 'year').
-- Output: segment, period_start, promoters, passives, detractors, perfect_scores, responses.
WITH periods AS (
  SELECT
    segment,
    score,
    CASE :nps_period
      WHEN 'day' THEN responded_on
      -- 0001-01-01 was a Monday.
      WHEN 'week' THEN responded_on - CAST(MOD(responded_on - DATE '0001-01-01', 7) AS INTEGER)
      WHEN 'month' THEN responded_on - CAST(EXTRACT(DAY FROM responded_on) - 1 AS INTEGER)
      WHEN 'quarter' THEN CAST(
        (responded_on - CAST(EXTRACT(DAY FROM responded_on) - 1 AS INTEGER))
        - CAST(MOD(CAST(EXTRACT(MONTH FROM responded_on) AS INTEGER) - 1, 3) AS INTEGER) * INTERVAL '1' MONTH AS DATE)
      ELSE responded_on - CAST(EXTRACT(DOY FROM responded_on) - 1 AS INTEGER)
    END AS period_start
  FROM survey_responses
  WHERE score BETWEEN 0 AND 10
)
SELECT
  segment,
  period_start,
  CAST(SUM(CASE WHEN score >= 9 THEN 1 ELSE 0 END) AS BIGINT) AS promoters,
  CAST(SUM(CASE WHEN score IN (7, 8) THEN 1 ELSE 0 END) AS BIGINT) AS passives,
  CAST(SUM(CASE WHEN score <= 6 THEN 1 ELSE 0 END) AS BIGINT) AS detractors,
  CAST(SUM(CASE WHEN score = 10 THEN 1 ELSE 0 END) AS BIGINT) AS perfect_scores,
  COUNT(*) AS responses
FROM periods
GROUP BY segment, period_start
ORDER BY segment, period_start
