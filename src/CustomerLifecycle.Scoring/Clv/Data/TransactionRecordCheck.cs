using System.Globalization;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;
using NodaTime;

namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>The rules a text row of a transaction log must meet to be a purchase (codes listed on <see cref="TransactionSummarizer"/>).</summary>
internal static class TransactionRecordCheck
{
    /// <summary>
    /// Reads a row: null when it is a purchase with a known value; a rejection with <see cref="RejectedRow.Column"/> "amount"
    /// when it is a purchase of unknown value; any other rejection when it is no purchase.
    /// </summary>
    public static RejectedRow? Check(TransactionRecord r, DateTimeZone zone, out CustomerId customer, out int day, out decimal? amount)
    {
        customer = default;
        day = 0;
        amount = null;
        if (r.Rejection is { } decided)
        {
            return decided.Column is null ? decided : decided with { Column = null };
        }

        if (string.IsNullOrWhiteSpace(r.CustomerId))
        {
            return new RejectedRow(r.Line, "customer_id.missing", "customer_id is missing");
        }

        if (!CustomerId.TryFrom(r.CustomerId, out customer))
        {
            return new RejectedRow(r.Line, "customer_id.invalid", $"customer_id is longer than {CustomerId.MaxLength} characters");
        }

        if (string.IsNullOrWhiteSpace(r.Date))
        {
            return new RejectedRow(r.Line, "date.missing", "date is missing");
        }

        if (!IsoTime.TryParse(r.Date, zone, out var at, out var problem))
        {
            return new RejectedRow(r.Line, "date.invalid", $"date {problem}");
        }

        day = at.InZone(zone).Date.ToDateOnly().DayNumber;
        if (r.Amount is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(r.Amount))
        {
            return new RejectedRow(r.Line, "amount.missing", "amount is missing: counted as a purchase of unknown value") { Column = "amount" };
        }

        if (!CustomerSummaryRecordValidator.TryParseMoney(r.Amount, out var value))
        {
            return new RejectedRow(r.Line, "amount.not_a_number", $"amount \"{r.Amount.Trim()}\" is not a number: counted as a purchase of unknown value") { Column = "amount" };
        }

        if (value < 0m)
        {
            return new RejectedRow(r.Line, "amount.negative", $"amount {r.Amount.Trim()} is negative (net refunds out before summarising)");
        }

        amount = value;
        return null;
    }

    /// <summary>The rejection of a purchase dated after the observation end.</summary>
    public static RejectedRow AfterEnd(int line, int day, LocalDate observationEnd) => new(
        line,
        "date.after_observation_end",
        string.Create(CultureInfo.InvariantCulture, $"date {PeriodMath.FromDayNumber(day):uuuu-MM-dd} is after the observation end {observationEnd:uuuu-MM-dd}"));
}
